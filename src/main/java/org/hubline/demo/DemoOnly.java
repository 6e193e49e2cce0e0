package org.hubline.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** The demo's parts exist only with {@code hubline.demo-data.enabled=true} (the dev and test profiles). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty(name = "hubline.demo-data.enabled", havingValue = "true")
@interface DemoOnly {
}
