package org.hubline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Hubline: the council's community-hub helpline, triage, volunteering and referral system.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class HublineApplication {

    public static void main(String[] args) {
        SpringApplication.run(HublineApplication.class, args);
    }
}
