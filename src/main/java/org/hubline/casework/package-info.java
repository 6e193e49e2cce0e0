/**
 * Casework for complex demand: explained rules that flag residents who are not coping, and
 * cases with one household plan (goals, actions tied to volunteer tasks and referrals, notes,
 * reviews) run by a lead worker.
 */
package org.hubline.casework;
