package org.hubline.accounts;

/** The audit actions the accounts module records. */
final class AccountsAudit {

    static final String RECORD_TYPE = "USER_ACCOUNT";

    static final String SIGN_IN = "SIGN_IN";
    static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    static final String ACCOUNT_LOCKED_OUT = "ACCOUNT_LOCKED_OUT";
    static final String SIGN_IN_REFUSED_LOCKED = "SIGN_IN_REFUSED_LOCKED";
    static final String SIGN_IN_REFUSED_DISABLED = "SIGN_IN_REFUSED_DISABLED";
    static final String USER_CREATED = "USER_CREATED";
    static final String USER_UPDATED = "USER_UPDATED";
    static final String USER_DISABLED = "USER_DISABLED";
    static final String USER_ENABLED = "USER_ENABLED";
    static final String PASSWORD_RESET = "PASSWORD_RESET";
    static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    static final String FIRST_ADMIN_CREATED = "FIRST_ADMIN_CREATED";
    static final String SESSION_ENDED = "SESSION_ENDED_ACCOUNT_CHANGED";

    private AccountsAudit() {
    }
}
