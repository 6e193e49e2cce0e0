package org.hubline.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.hubline.shared.security.Role;
import org.hubline.test.DemoUsers;
import org.hubline.test.Menus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Each demo user signs in from the real login page, lands on their home and sees only their menu. */
class SignInJourneyIT extends BrowserJourney {


    @Test
    void theLoginPageIsAccessible() {
        openLogin();
        screenshot("login");
        assertAccessible("the login page");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleSignsInToItsOwnHomeAndMenuAndTheShellIsAccessible(Role role) {
        signIn(DemoUsers.of(role), DemoUsers.PASSWORD);

        assertThat(driver.getCurrentUrl()).endsWith("/" + role.homeRoute());
        assertThat(menu()).containsExactlyElementsOf(Menus.expected(role));
        assertThat(driver.findElement(By.id("signed-in-user")).getText()).contains(role.label());
        screenshot("home-" + role.name().toLowerCase());
        assertAccessible("the " + role.label() + " shell");

        driver.findElement(By.id("sign-out")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
    }

    @Test
    void repeatedWrongPasswordsPauseSignInWithTheSameMessageForAnUnknownUser() {
        openLogin();
        for (int i = 0; i < 5; i++) {
            typeSignIn("ghost.user", "not the password");
            waiting().until(ExpectedConditions.urlContains("error"));
            settle();
        }
        assertThat(driver.findElement(By.tagName("vaadin-login-form")).getText())
                .contains("Sign-in is paused for this account for 15 minutes");
        screenshot("login-paused");
        assertAccessible("the login page with an error");
    }

    @Test
    void adminOpensUsersAndTheAuditTrailFromTheMenuAndBothAreAccessible() {
        signIn(DemoUsers.of(Role.ADMIN), DemoUsers.PASSWORD);
        driver.findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Users']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("users")));
        waiting().until(d -> d.findElement(By.id("users")).getText().contains("Ada Admin"));
        screenshot("admin-users");
        assertAccessible("the users view");

        driver.findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Audit trail']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("audit-trail")));
        waiting().until(d -> d.findElement(By.id("audit-trail")).getText().contains("SIGN_IN"));
        screenshot("admin-audit");
        assertAccessible("the audit trail");
    }
}
