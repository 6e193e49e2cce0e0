package org.hubline.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How callbacks keep their word, as settings: after {@code hubline.callbacks.attempts-before-coordinator}
 * unsuccessful tries since the resident was last spoken to (3 unless set), the callback is put to
 * the hub's coordinator; a "check the help arrived" callback is offered
 * {@code hubline.callbacks.check-help-after-days} days after the need is met (2 unless set).
 */
@ConfigurationProperties("hubline.callbacks")
public record CallbackSettings(Integer attemptsBeforeCoordinator, Integer checkHelpAfterDays) {

    public CallbackSettings {
        attemptsBeforeCoordinator = attemptsBeforeCoordinator == null ? 3 : attemptsBeforeCoordinator;
        checkHelpAfterDays = checkHelpAfterDays == null ? 2 : checkHelpAfterDays;
        if (attemptsBeforeCoordinator < 1 || checkHelpAfterDays < 0) {
            throw new IllegalArgumentException("Callbacks go to the coordinator after at least one try, and the "
                    + "help check is 0 or more days after");
        }
    }
}
