package org.hubline.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A role's home view before its module's work is built: says plainly what the page will do,
 * so nobody mistakes it for a working feature.
 */
public abstract class PlaceholderView extends VerticalLayout {

    protected PlaceholderView(String heading, String purpose, String... comingSoon) {
        addClassName("hubline-placeholder");
        add(new H1(heading), new Paragraph(purpose));
        if (comingSoon.length > 0) {
            add(new Paragraph("Coming to this page:"));
            UnorderedList list = new UnorderedList();
            for (String item : comingSoon) {
                list.add(new ListItem(item));
            }
            add(list);
        }
    }
}
