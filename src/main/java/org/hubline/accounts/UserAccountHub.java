package org.hubline.accounts;

/** A hub a user account works for (a reference by id to the places module's hub). */
record UserAccountHub(Long hubId) {
}
