package org.hubline.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real PostgreSQL server (embedded binaries, no Docker), started
 * once per test run and shared by every class with this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ApplicationSecurityContextListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@Import({TestClockConfiguration.class, SignedIn.class})
@ContextConfiguration(initializers = EmbeddedPostgres.Initializer.class)
public @interface PostgresTest {
}
