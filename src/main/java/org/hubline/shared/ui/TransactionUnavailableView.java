package org.hubline.shared.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import org.springframework.transaction.CannotCreateTransactionException;

/** The same page as {@link DatabaseUnavailableView}, when no transaction could be begun for the page. */
@ParentLayout(MainLayout.class)
@PermitAll
public class TransactionUnavailableView extends RefusalPage
        implements HasErrorParameter<CannotCreateTransactionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> p) {
        return DatabaseUnavailableView.explain(this, event);
    }
}
