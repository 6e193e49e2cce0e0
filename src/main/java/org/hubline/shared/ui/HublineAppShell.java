package org.hubline.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page every view lives in: Lumo plus Hubline's own stylesheet (from frontend/styles). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/hubline.css")
@Meta(name = "description", content = "Hubline: the council's community-hub helpline")
public class HublineAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Hubline");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
