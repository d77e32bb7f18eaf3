package nl.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the package-by-feature structure honest. */
class ArchitectureTest {

  private static final JavaClasses RAPPORT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.rapport");

  @Test
  void platformKnowsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("nl.rapport.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "nl.rapport.account..",
            "nl.rapport.interaction..",
            "nl.rapport.relationship..",
            "nl.rapport.security..",
            "nl.rapport.demo..")
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

  @Test
  void domainRulesArePlainJava() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Reframing")
        .or()
        .haveSimpleNameEndingWith("ServiceRecovery")
        .or()
        .haveSimpleName("Caller")
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
        .areAssignableTo(jakarta.persistence.EntityManager.class)
        .check(RAPPORT);
  }
}
