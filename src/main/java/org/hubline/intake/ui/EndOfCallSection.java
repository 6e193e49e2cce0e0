package org.hubline.intake.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.hubline.intake.CallOutcome;
import org.hubline.shared.ui.Room;

/** How the call ended, a note, and whether the resident needs a callback. */
class EndOfCallSection extends Section {

    private final Select<CallOutcome> outcome = new Select<>();
    private final TextArea note = new TextArea("Note");
    private final Checkbox callback = new Checkbox("Needs a callback");
    private final DateTimePicker callBackAt;
    private final Clock clock;

    EndOfCallSection(Clock clock) {
        this.clock = clock;
        callBackAt = CallBackAt.field("call-back-at", clock);
        outcome.addValueChangeListener(e -> {
            boolean later = e.getValue() == CallOutcome.SPOKE_RESCHEDULED;
            callBackAt.setVisible(later);
            if (later) {
                callback.setValue(true);
            }
        });
        outcome.setLabel("How the call ended");
        outcome.setItems(CallOutcome.values());
        outcome.setItemLabelGenerator(CallOutcome::label);
        outcome.setValue(CallOutcome.SPOKE_COMPLETE);
        outcome.setId("call-outcome");
        // wide enough for the longest outcome ("… signposted to their own council (out of area)")
        outcome.setWidth("36rem");
        outcome.setMaxWidth("100%");
        note.setId("call-note");
        note.setValueChangeMode(ValueChangeMode.LAZY);
        Room.limit(note, 2000);
        note.setWidthFull();
        callback.setId("call-callback");
        add(new H2("End of call"), outcome, callBackAt, note, callback);
    }

    /** A caller signposted out of the borough ends the call as such; taking it back puts "complete" back. */
    void signposted(boolean outOfArea) {
        if (outOfArea) {
            outcome.setValue(CallOutcome.SPOKE_SIGNPOSTED);
        } else if (outcome.getValue() == CallOutcome.SPOKE_SIGNPOSTED) {
            outcome.setValue(CallOutcome.SPOKE_COMPLETE);
        }
    }

    CallOutcome outcome() {
        return outcome.getValue();
    }

    String note() {
        return note.getValue();
    }

    /** When to call back, if the call ended "call back later". */
    Instant callBackAt() {
        return CallBackAt.of(callBackAt, clock);
    }

    boolean callbackNeeded() {
        return callback.getValue();
    }

    void restore(CallOutcome outcome, String note, Instant callBackAt, boolean callbackNeeded) {
        if (outcome != null) {
            this.outcome.setValue(outcome);
        }
        CallBackAt.show(this.callBackAt, callBackAt, clock);
        this.note.setValue(NewCallView.orEmpty(note));
        callback.setValue(callbackNeeded);
    }

    List<HasValue<?, ?>> inputs() {
        return List.of(outcome, callBackAt, note, callback);
    }

    Map<String, HasValidation> byName() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("outcome", outcome);
        m.put("note", note);
        m.put("callBackAt", callBackAt);
        return m;
    }
}
