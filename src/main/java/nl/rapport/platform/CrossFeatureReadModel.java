package nl.rapport.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read model that queries entities of more than one feature. Every other class queries only
 * its own feature's entities and asks other features' services for the rest; the architecture test
 * enforces that, and that every class marked so is listed in docs/architecture.md.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CrossFeatureReadModel {

  /** What the read model joins, and why it cannot ask the owners one by one. */
  String value();
}
