package org.hubline.audit;

import org.hubline.shared.security.AccessRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Each refusal goes into the audit trail as ACCESS_REFUSED: who, where, which record, and the refusal's reason. */
@Component
class RefusalsAudited {

    static final String ACCESS_REFUSED = "ACCESS_REFUSED";

    private final AuditTrail audit;

    RefusalsAudited(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AccessRefused refused) {
        audit.recordApart(ACCESS_REFUSED, refused.where(), refused.recordId(), refused.reason());
    }
}
