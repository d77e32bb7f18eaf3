package nl.rapport.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request record whose JSON must not carry unknown fields: a misspelt filter would
 * otherwise be silently ignored and select the wrong audience. Checked by {@link JsonBodyReader},
 * also when the record is nested in another request.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StrictJson {}
