package org.hubline.test;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An integration test in the demo borough ({@link DemoBorough}): the clock at its start and the
 * demo postcodes in force before each test, nobody signed in after it.
 */
@ExtendWith(DemoBorough.class)
public abstract class InTheDemoBorough {

    @Autowired
    protected MutableClock clock;
    @Autowired
    protected SignedIn signedIn;
}
