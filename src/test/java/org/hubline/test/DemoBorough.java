package org.hubline.test;

import org.hubline.intake.Calls;
import org.hubline.places.PostcodeImports;
import org.hubline.places.Routing;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each test in the demo borough: before it the clock is at its start and the demo postcodes are
 * in force (another test may have imported a directory of its own); after it, nobody is signed in
 * and the clock is back. For classes that extend something else ({@code @ExtendWith(DemoBorough.class)}
 * on a browserless view test); integration tests extend {@link InTheDemoBorough}.
 */
public class DemoBorough implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        app.getBean(MutableClock.class).reset();
        Calls.ensureDemoPostcodes(app.getBean(SignedIn.class), app.getBean(Routing.class),
                app.getBean(PostcodeImports.class));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        app.getBean(SignedIn.class).nobody();
        app.getBean(MutableClock.class).reset();
    }
}
