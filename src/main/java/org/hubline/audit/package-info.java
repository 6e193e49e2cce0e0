/**
 * The append-only audit trail: who did what, when, to which record. Other modules write to it
 * through {@link org.hubline.audit.AuditTrail}; admins browse it.
 */
package org.hubline.audit;
