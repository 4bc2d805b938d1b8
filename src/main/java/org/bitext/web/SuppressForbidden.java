package org.bitext.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts one class from the forbiddenapis check, with the reason written next to it. Used only for
 * {@code com.sun.net.httpserver}: forbiddenapis' {@code jdk-non-portable} list flags every {@code com.sun.*}
 * class, but this package is the exported, documented API of the {@code jdk.httpserver} module (JEP 408's
 * simple web server is built on it) and is present in every JDK, not an internal one.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface SuppressForbidden {
    /** Why the exemption is safe. */
    String reason();
}
