package org.hubline.intake.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.intake.CallDetails;
import org.hubline.intake.Channel;
import org.hubline.intake.Direction;
import org.hubline.intake.OnBehalf;

/** Which way the call went, how it came in, and who is calling if not the resident. */
class CallerSection extends Section {

    private final Select<Direction> direction = new Select<>();
    private final Select<Channel> channel = new Select<>();
    private final Checkbox onBehalf = new Checkbox("Calling for someone else");
    private final TextField onBehalfName = new TextField("Caller's name");
    private final TextField onBehalfRelationship = new TextField("Who they are to the resident");
    private final TextField onBehalfPhone = new TextField("Caller's phone");
    private final Checkbox onBehalfConsent = new Checkbox("The resident agreed to them calling");

    CallerSection() {
        direction.setLabel("Direction");
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Direction::label);
        direction.setValue(Direction.INBOUND);
        direction.setId("call-direction");
        channel.setLabel("Came in by");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(Channel::label);
        channel.setValue(Channel.PHONE);
        channel.setId("call-channel");
        onBehalf.setId("call-on-behalf");
        onBehalfName.setId("on-behalf-name");
        onBehalfRelationship.setId("on-behalf-relationship");
        onBehalfPhone.setId("on-behalf-phone");
        onBehalfConsent.setId("on-behalf-consent");
        FormLayout behalf = new FormLayout(onBehalfName, onBehalfRelationship, onBehalfPhone, onBehalfConsent);
        behalf.setVisible(false);
        onBehalf.addValueChangeListener(e -> behalf.setVisible(e.getValue()));
        FormLayout call = new FormLayout(direction, channel, onBehalf);
        call.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        add(new H2("Call"), call, behalf);
    }

    Direction direction() {
        return direction.getValue();
    }

    Channel channel() {
        return channel.getValue();
    }

    /** The caller if they are not the resident, else {@code null}. */
    OnBehalf onBehalf() {
        return onBehalf.getValue() ? new OnBehalf(onBehalfName.getValue(), onBehalfRelationship.getValue(),
                onBehalfPhone.getValue(), onBehalfConsent.getValue()) : null;
    }

    void restore(CallDetails call) {
        direction.setValue(call.direction());
        channel.setValue(call.channel());
        OnBehalf ob = call.onBehalf();
        if (ob != null) {
            onBehalf.setValue(true);
            onBehalfName.setValue(NewCallView.orEmpty(ob.name()));
            onBehalfRelationship.setValue(NewCallView.orEmpty(ob.relationship()));
            onBehalfPhone.setValue(NewCallView.orEmpty(ob.phone()));
            onBehalfConsent.setValue(ob.hasResidentsConsent());
        }
    }

    List<HasValue<?, ?>> inputs() {
        return List.of(direction, channel, onBehalf, onBehalfName, onBehalfRelationship, onBehalfPhone,
                onBehalfConsent);
    }

    /** The fields under the keys the service reports problems with. */
    Map<String, HasValidation> byName() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("direction", direction);
        m.put("channel", channel);
        m.put("onBehalf.name", onBehalfName);
        m.put("onBehalf.relationship", onBehalfRelationship);
        m.put("onBehalf.phone", onBehalfPhone);
        return m;
    }
}
