package org.hubline.intake.ui;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.hubline.intake.FollowUp;
import org.hubline.intake.HelpRequestSummary;
import org.hubline.intake.NeedSummary;
import org.hubline.intake.OpenWork;
import org.hubline.shared.ui.Formats;

/**
 * A returning resident's open work on the call screen: each open request with its needs, which the
 * call can be about instead of adding the same need again; each waiting callback, closed with the
 * call (ticked to start with: the handler is speaking to them now); and any open case, to open.
 */
class OpenWorkPanel extends Section {

    private final Clock clock;
    private final Runnable changed;
    private final Div content = new Div();
    private final Paragraph error = new Paragraph();
    private final Map<Long, Checkbox> about = new LinkedHashMap<>();
    private final Map<Long, Checkbox> answers = new LinkedHashMap<>();
    private final Set<String> openLabels = new LinkedHashSet<>();

    OpenWorkPanel(Clock clock, Runnable changed) {
        this.clock = clock;
        this.changed = changed;
        setId("open-work");
        addClassName("hubline-open-work");
        error.setId("open-work-error");
        error.addClassName("hubline-error");
        error.setVisible(false);
        add(new H2("Already open for them"), error, content);
        setVisible(false);
    }

    /** Shows what is open; nothing open hides the panel. */
    void show(OpenWork work) {
        content.removeAll();
        about.clear();
        answers.clear();
        openLabels.clear();
        setVisible(!work.isEmpty());
        Map<Long, List<NeedSummary>> byRequest = work.needs().stream()
                .collect(Collectors.groupingBy(NeedSummary::requestId, LinkedHashMap::new, Collectors.toList()));
        byRequest.forEach((requestId, needs) -> content.add(aboutBox(requestId, needs)));
        work.callbacks().forEach(c -> content.add(answerBox(c)));
        work.cases().forEach(c -> content.add(new Paragraph(new Anchor(c.link(), c.title()),
                new Text(c.lines().isEmpty() ? "" : ": " + c.lines().get(0)))));
        work.needs().forEach(n -> openLabels.add(n.label()));
    }

    private Checkbox aboutBox(long requestId, List<NeedSummary> needs) {
        NeedSummary first = needs.get(0);
        String what = needs.stream().map(n -> n.label() + " (" + n.status().label().toLowerCase()
                + (n.hubName() == null ? ", no hub yet" : " · " + n.hubName()) + ")").collect(Collectors.joining(", "));
        Checkbox box = new Checkbox("This call is about HR-" + requestId + ": " + what
                + (first.routedAt() == null ? "" : ", since " + Formats.dateTime(first.routedAt(), clock)));
        box.setId("follow-up-request-" + requestId);
        box.addValueChangeListener(e -> {
            if (e.getValue()) {
                about.values().stream().filter(other -> other != box).forEach(other -> other.setValue(false));
            }
            changed.run();
        });
        about.put(requestId, box);
        return box;
    }

    private Checkbox answerBox(HelpRequestSummary request) {
        Checkbox box = new Checkbox("Close the callback they are waiting for (HR-" + request.id() + ", "
                + request.priority().label() + ") with this call: you are speaking to them now", true);
        box.setId("follow-up-callback-" + request.id());
        box.addValueChangeListener(e -> changed.run());
        answers.put(request.id(), box);
        return box;
    }

    /** A refused follow-up, said above the choices; {@code null} clears it. */
    void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    /** Clears the panel, for a new resident. */
    void clear() {
        show(OpenWork.NONE);
    }

    FollowUp value() {
        Long continues = about.entrySet().stream().filter(e -> e.getValue().getValue()).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        Set<Long> closes = answers.entrySet().stream().filter(e -> e.getValue().getValue()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return new FollowUp(continues, closes);
    }

    /** Puts back a draft's choices on what is shown. */
    void restore(FollowUp followUp) {
        about.forEach((id, box) -> box.setValue(id.equals(followUp.continuesRequestId())));
        answers.forEach((id, box) -> box.setValue(followUp.closesCallbacks().contains(id)));
    }

    /** The labels of the open needs ("Food · Shopping"), to warn before one is added again. */
    Set<String> openLabels() {
        return openLabels;
    }

    /** Puts the cursor on the first open request, if any; false if there is none. */
    boolean focusFirst() {
        about.values().stream().findFirst().ifPresent(Checkbox::focus);
        return !about.isEmpty();
    }
}
