package nl.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rapport.account.Reframing;
import nl.rapport.campaign.CampaignGuardrails;
import nl.rapport.engagement.worklist.Birthdays;
import nl.rapport.interaction.ServiceRecovery;
import nl.rapport.platform.CrossFeatureReadModel;
import nl.rapport.security.Caller;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package-by-feature structure honest. docs/architecture.md states exactly these rules. A
 * feature is the first package under {@code nl.rapport} ({@code engagement.worklist} belongs to
 * {@code engagement}).
 */
class ArchitectureTest {

  private static final String BASE = "nl.rapport.";

  private static final JavaClasses RAPPORT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.rapport");

  /** Test-only classes that break the rules on purpose, to show that the rules catch it. */
  private static final JavaClasses VIOLATIONS =
      new ClassFileImporter()
          .importPackages("nl.rapport.brand", "nl.rapport.campaign", "nl.rapport.account");

  @Test
  void featuresDoNotDependOnEachOtherInCycles() {
    featuresFreeOfCycles().check(RAPPORT);
  }

  @Test
  void aCycleBetweenFeaturesIsCaught() {
    AssertionError caught =
        assertThrows(AssertionError.class, () -> featuresFreeOfCycles().check(VIOLATIONS));
    assertTrue(caught.getMessage().contains("CycleFixture"), caught.getMessage());
  }

  private static ArchRule featuresFreeOfCycles() {
    return slices().matching("nl.rapport.(*)..").should().beFreeOfCycles();
  }

  @Test
  void platformKnowsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("nl.rapport.platform..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "are in a feature", c -> c.getPackageName().startsWith(BASE) && !isPlatform(c)))
        .check(RAPPORT);
  }

  @Test
  void securityKnowsNoOtherFeature() {
    noClasses()
        .that()
        .resideInAPackage("nl.rapport.security..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "are in another feature",
                c ->
                    c.getPackageName().startsWith(BASE)
                        && !isPlatform(c)
                        && !feature(c).equals("security")))
        .check(RAPPORT);
  }

  @Test
  void resourcesAndScreenBeansArePrivateToTheirFeature() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Resource")
        .should()
        .onlyHaveDependentClassesThat()
        .haveSimpleNameEndingWith("Resource")
        .check(RAPPORT);
    noClasses()
        .that()
        .areTopLevelClasses()
        .and()
        .areNotAnnotatedWith(jakarta.faces.view.ViewScoped.class)
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(jakarta.faces.view.ViewScoped.class)
        .check(RAPPORT);
  }

  /**
   * The domain rules and the engagement engine are plain Java: no Jakarta EE, Hibernate, PrimeFaces
   * or MicroProfile types, so plain unit tests reach them.
   */
  @Test
  void domainRulesArePlainJava() {
    noClasses()
        .that()
        .belongToAnyOf(
            Reframing.class,
            ServiceRecovery.class,
            Caller.class,
            CampaignGuardrails.class,
            Birthdays.class)
        .or()
        .resideInAPackage("nl.rapport.engagement.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..", "org.hibernate..", "org.primefaces..", "org.eclipse.microprofile..")
        .check(RAPPORT);
  }

  @Test
  void namesSayWhatThingsAre() {
    noClasses()
        .should()
        .haveSimpleNameEndingWith("Manager")
        .orShould()
        .haveSimpleNameEndingWith("Helper")
        .orShould()
        .haveSimpleNameEndingWith("Util")
        .orShould()
        .haveSimpleNameEndingWith("Utils")
        .check(RAPPORT);
  }

  @Test
  void onlyServicesTouchTheEntityManager() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Resource")
        .or()
        .areAnnotatedWith(jakarta.inject.Named.class)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .check(RAPPORT);
  }

  // ---- each feature queries only its own entities

  @Test
  void queriesNameOnlyTheFeaturesOwnEntities() {
    queriesStayInTheirFeature().check(RAPPORT);
  }

  @Test
  void aQueryOfAnotherFeaturesEntityIsCaught() {
    AssertionError caught =
        assertThrows(AssertionError.class, () -> queriesStayInTheirFeature().check(VIOLATIONS));
    assertTrue(caught.getMessage().contains("CrossFeatureQueryFixture"), caught.getMessage());
    assertTrue(caught.getMessage().contains("\"Account\""), "the JPQL string is caught too");
    assertTrue(caught.getMessage().contains("Account.class"), "the typed query is caught too");
  }

  /**
   * A class that builds queries (it uses the EntityManager or the Criteria API) names in them only
   * entities of its own feature: neither as a type ({@code from(Account.class)}) nor in JPQL or SQL
   * text ({@code "select c from Contact c"}, or the table name). Exempt: classes marked {@link
   * CrossFeatureReadModel}, and {@code demo}, which loads fixtures into every table.
   */
  private static ArchRule queriesStayInTheirFeature() {
    return classes()
        .that()
        .resideOutsideOfPackage("nl.rapport.demo..")
        .and()
        .areNotAnnotatedWith(CrossFeatureReadModel.class)
        .and(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "build queries",
                c ->
                    c.getDirectDependenciesFromSelf().stream()
                        .map(Dependency::getTargetClass)
                        .anyMatch(
                            t ->
                                t.isAssignableTo(EntityManager.class)
                                    || t.getPackageName()
                                        .startsWith("jakarta.persistence.criteria"))))
        .should(nameOnlyTheirOwnEntities())
        .allowEmptyShould(true);
  }

  private static ArchCondition<JavaClass> nameOnlyTheirOwnEntities() {
    return new ArchCondition<>("name only their own feature's entities in queries") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        String own = feature(c);
        for (ReferencedClassObject literal : c.getReferencedClassObjects()) {
          JavaClass target = literal.getRawType();
          if (target.isAnnotatedWith(Entity.class) && !feature(target).equals(own)) {
            events.add(
                SimpleConditionEvent.violated(
                    c,
                    c.getName()
                        + " queries "
                        + target.getSimpleName()
                        + ".class of feature "
                        + feature(target)
                        + " "
                        + literal.getSourceCodeLocation()));
          }
        }
        Map<String, String> foreign = foreignEntityNames(own);
        for (String name : namesInQueries(source(c))) {
          String owner = foreign.get(name.toLowerCase(Locale.ROOT));
          if (owner != null) {
            events.add(
                SimpleConditionEvent.violated(
                    c,
                    c.getName()
                        + " names \""
                        + name
                        + "\" of feature "
                        + owner
                        + " in a query; ask that feature's service"));
          }
        }
      }
    };
  }

  /** Entity and table names (lower case) of every feature but this one, with their feature. */
  private static Map<String, String> foreignEntityNames(String own) {
    Map<String, String> names = new TreeMap<>();
    for (JavaClass entity : RAPPORT.that(annotatedWithEntity())) {
      if (!feature(entity).equals(own)) {
        names.put(entity.getSimpleName().toLowerCase(Locale.ROOT), feature(entity));
        tableName(entity).ifPresent(t -> names.put(t.toLowerCase(Locale.ROOT), feature(entity)));
      }
    }
    return names;
  }

  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> annotatedWithEntity() {
    return com.tngtech.archunit.base.DescribedPredicate.describe(
        "entities", c -> c.isAnnotatedWith(Entity.class));
  }

  private static Optional<String> tableName(JavaClass entity) {
    return entity.isAnnotatedWith(Table.class)
        ? Optional.of(entity.getAnnotationOfType(Table.class).name()).filter(n -> !n.isEmpty())
        : Optional.empty();
  }

  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  /** A from/join/update/into clause up to the next keyword, bracket or end of the query. */
  private static final Pattern CLAUSE =
      Pattern.compile(
          "(?i)\\b(?:from|join|update|into)\\s+([^\\n]*?)(?=\\b(?:where|order|group|having|join|left"
              + "|inner|right|on|set|select|values)\\b|[()\\n]|$)");

  /**
   * Entity or table names in the queries of a source file: the names after from, join, update and
   * into (every item of a from-list) in its string literals, joined where {@code +} joins them.
   */
  static List<String> namesInQueries(String source) {
    StringBuilder text = new StringBuilder();
    Matcher literal = STRING_LITERAL.matcher(source);
    int end = -1;
    while (literal.find()) {
      if (end >= 0 && !source.substring(end, literal.start()).matches("\\s*\\+\\s*")) {
        text.append('\n');
      }
      text.append(literal.group(1));
      end = literal.end();
    }
    List<String> names = new ArrayList<>();
    Matcher clause = CLAUSE.matcher(text);
    while (clause.find()) {
      for (String item : clause.group(1).split(",")) {
        String first = item.strip().split("\\s+")[0];
        if (first.matches("[A-Za-z_]\\w*")) {
          names.add(first);
        }
      }
    }
    return names;
  }

  private static String source(JavaClass c) {
    JavaClass top = c;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    String relative = top.getName().replace('.', '/') + ".java";
    for (String root : List.of("src/main/java/", "src/test/java/")) {
      Path file = Path.of(root, relative);
      if (Files.exists(file)) {
        try {
          return Files.readString(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("no source for " + c.getName());
  }

  @Test
  void queryNamesAreFoundInJpqlAndSql() {
    assertEquals(
        List.of("Contact", "Account"),
        namesInQueries("q(\"select c.id from Contact c,\" + \" Account a where c.x = a.y\")")
            .stream()
            .distinct()
            .toList());
    assertTrue(namesInQueries("\"update account set x = 1\"").contains("account"));
    assertTrue(
        namesInQueries("\"select i from Interaction i join i.team t\"").contains("Interaction"));
    assertEquals(List.of(), namesInQueries("throw conflict(\"Campaigns use this segment\")"));
  }

  @Test
  void everyCrossFeatureReadModelIsDocumented() throws IOException {
    String architecture = Files.readString(Path.of("docs/architecture.md"));
    List<JavaClass> readModels =
        RAPPORT.stream().filter(c -> c.isAnnotatedWith(CrossFeatureReadModel.class)).toList();
    assertTrue(!readModels.isEmpty(), "the segment filter is one");
    for (JavaClass c : readModels) {
      assertTrue(
          architecture.contains("`" + c.getSimpleName() + "`"),
          c.getSimpleName() + " is a cross-feature read model but docs/architecture.md omits it");
    }
  }

  static String feature(JavaClass c) {
    String rest =
        c.getPackageName().startsWith(BASE) ? c.getPackageName().substring(BASE.length()) : "";
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static boolean isPlatform(JavaClass c) {
    return feature(c).equals("platform");
  }
}
