package org.hubline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.problem("orange kettle harbour", "hana")).isEmpty();
    }

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThat(PasswordPolicy.problem("Sh0rt!pass", "hana")).contains("Use at least 12 characters");
    }

    @Test
    void refusesTheUsernameAsPassword() {
        assertThat(PasswordPolicy.problem("Hana.Handler1", "hana.handler1")).isPresent()
                .get().asString().contains("username");
        assertThat(PasswordPolicy.problem("my-name-is-hana.handler", "hana.handler")).isPresent();
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(PasswordPolicy.problem("Password1234", "hana")).isPresent().get().asString().contains("common");
        assertThat(PasswordPolicy.problem("QWERTYUIOP123", "hana")).isPresent();
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaaaaaa", "hana")).isPresent();
    }

    @Test
    void temporaryPasswordsMeetThePolicyAndDiffer() {
        String a = PasswordPolicy.temporaryPassword();
        String b = PasswordPolicy.temporaryPassword();
        assertThat(PasswordPolicy.problem(a, "someone")).isEmpty();
        assertThat(a).hasSize(19).isNotEqualTo(b);
    }
}
