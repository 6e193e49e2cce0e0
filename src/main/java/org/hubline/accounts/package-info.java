/**
 * Accounts: the people who sign in, their roles, the hubs and partner organisation their work
 * is scoped to, sign-in with throttling, passwords, and user administration.
 */
package org.hubline.accounts;
