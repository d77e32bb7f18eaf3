package nl.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The web app is distributable: what a view- or session-scoped bean holds travels to the other
 * nodes of the cluster, so every type it can hold must be serialisable (records, enums, lists of
 * records, and what those hold in turn). Injected beans are proxies the container serialises.
 */
class SessionStateTest {

  private static final JavaClasses RAPPORT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.rapport");

  @Test
  void everythingAScreenKeepsBetweenRequestsIsSerialisable() {
    Set<String> problems = new TreeSet<>();
    int beans = 0;
    for (JavaClass bean : RAPPORT) {
      if (!bean.isAnnotatedWith(ViewScoped.class) && !bean.isAnnotatedWith(SessionScoped.class)) {
        continue;
      }
      beans++;
      Class<?> type = bean.reflect();
      if (!Serializable.class.isAssignableFrom(type)) {
        problems.add(type.getName() + " is not Serializable");
      }
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers())
              || Modifier.isTransient(field.getModifiers())
              || field.isAnnotationPresent(Inject.class)) {
            continue;
          }
          check(field.getGenericType(), type.getSimpleName() + "." + field.getName(), problems);
        }
      }
    }
    assertEquals(true, beans > 5, "the screens were found: " + beans);
    assertEquals(Set.of(), problems);
  }

  private static void check(Type root, String where, Set<String> problems) {
    Deque<Type> todo = new ArrayDeque<>();
    Set<Type> seen = new HashSet<>();
    todo.add(root);
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      if (type instanceof ParameterizedType p) {
        todo.add(p.getRawType());
        for (Type argument : p.getActualTypeArguments()) {
          todo.add(argument);
        }
        continue;
      }
      if (!(type instanceof Class<?> c) || c.isPrimitive()) {
        continue;
      }
      if (c.isArray()) {
        todo.add(c.getComponentType());
        continue;
      }
      if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
        continue; // the lists and maps Rapport keeps are serialisable; their elements are checked
      }
      if (!Serializable.class.isAssignableFrom(c)) {
        problems.add(where + " holds " + c.getName() + ", which is not Serializable");
        continue;
      }
      if (c.isRecord()) {
        for (RecordComponent component : c.getRecordComponents()) {
          todo.add(component.getGenericType());
        }
      }
    }
  }
}
