package org.hubline.test;

import org.hubline.intake.Calls;
import org.hubline.places.PostcodeImports;
import org.hubline.places.Routing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An integration test in the demo borough: before each test the clock is at its start and the
 * demo postcodes are in force (another test may have imported a directory of its own); after it,
 * nobody is signed in and the clock is back.
 */
public abstract class InTheDemoBorough {

    @Autowired
    protected MutableClock clock;
    @Autowired
    protected SignedIn signedIn;
    @Autowired
    private Routing routing;
    @Autowired
    private PostcodeImports imports;

    @BeforeEach
    void inTheDemoBorough() {
        clock.reset();
        Calls.ensureDemoPostcodes(signedIn, routing, imports);
    }

    @AfterEach
    void signOutAndResetTheClock() {
        signedIn.nobody();
        clock.reset();
    }
}
