package org.bitext.terms;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts one test class from the forbiddenapis check, with the reason written next to it. Used only for
 * {@code com.sun.jdi} ({@link StoppedJob}): forbiddenapis' {@code jdk-non-portable} list flags every
 * {@code com.sun.*} class, but this package is the exported, documented Java Debug Interface of the
 * {@code jdk.jdi} module, present in every JDK, not an internal one.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface SuppressForbidden {
    /** Why the exemption is safe. */
    String reason();
}
