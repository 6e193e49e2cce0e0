package org.hubline.shared.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one way a form shows what the server refused: each message beside its field, and an
 * error summary above the form that names every field, links to it and takes focus so a
 * screen reader announces it. Forms register their fields under the keys the services use
 * ({@code "postcode"}, {@code "onBehalf.phone"}); a message for a key with no field is shown
 * in the summary only, or handed to a custom handler (for a list of rows, say).
 */
public class FormErrors extends Div {

    private record Field(HasValidation validation, String label, Component component) {
    }

    private final String refusal;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, Consumer<String>> handlers = new LinkedHashMap<>();

    /** {@code refusal} names what was not done, e.g. "The call was not saved". */
    public FormErrors(String id, String refusal) {
        this.refusal = refusal;
        setId(id);
        addClassName("hubline-error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        setVisible(false);
    }

    /** Shows messages for {@code key} on the field; its label names it in the summary. */
    public <F extends Component & HasValidation> FormErrors field(String key, F field) {
        register(key, field);
        return this;
    }

    /** Registers every field of a section under its key. */
    public FormErrors fields(Map<String, ? extends HasValidation> byKey) {
        byKey.forEach(this::register);
        return this;
    }

    private void register(String key, HasValidation field) {
        String label = field instanceof HasLabel l ? l.getLabel() : null;
        fields.put(key, new Field(field, label, field instanceof Component c ? c : null));
    }

    /** Messages for {@code key} go to {@code handler} (and the summary); {@code null} clears it. */
    public FormErrors handler(String key, Consumer<String> handler) {
        handlers.put(key, handler);
        return this;
    }

    /**
     * Runs a save after clearing the marks; a refusal (field errors, a stale edit, or a save that lost
     * a race on the aggregate's version) is shown and
     * the fields keep what was typed. True if the save went through.
     */
    public boolean attempt(Runnable save) {
        return saved(() -> {
            save.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** As {@link #attempt}, for a save whose result the form shows; empty if it was refused. */
    public <T> Optional<T> saved(Supplier<T> save) {
        clear();
        Map<String, String> unreadable = unreadable();
        if (!unreadable.isEmpty()) {
            show(unreadable);
            return Optional.empty();
        }
        try {
            return Optional.of(save.get());
        } catch (InvalidInputException e) {
            show(e.fieldErrors());
        } catch (StaleEditException e) {
            show(e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            // two saves of the same copy at once: the aggregate's version refused the second
            show("Someone else changed this at the same moment. Nothing of yours was saved: reload, check and try "
                    + "again.");
        }
        return Optional.empty();
    }

    /** The registered dates typed that are not dates: nothing is saved while one is there. */
    private Map<String, String> unreadable() {
        Map<String, String> errors = new LinkedHashMap<>();
        fields.forEach((key, field) -> {
            if (field.component() instanceof DateField date && date.unreadable()) {
                errors.put(key, DateField.UNREADABLE);
            }
        });
        return errors;
    }

    /** Marks each field with its message and lists them all in the summary, which takes focus. */
    public void show(Map<String, String> errors) {
        clear();
        List<Component> lines = new ArrayList<>();
        errors.forEach((key, message) -> {
            Field field = fields.get(key);
            if (field != null) {
                field.validation().setErrorMessage(message);
                field.validation().setInvalid(true);
                reveal(field.component());
            } else if (handlers.containsKey(key)) {
                handlers.get(key).accept(message);
            }
            lines.add(line(field, message));
        });
        summarise(lines);
    }

    /** A refused field folded away (in a closed {@link Details}) is unfolded, so its message is seen. */
    private static void reveal(Component field) {
        for (Optional<Component> up = field == null ? Optional.empty() : field.getParent(); up.isPresent();
                up = up.get().getParent()) {
            if (up.get() instanceof Details details) {
                details.setOpened(true);
            }
        }
    }

    /** A refusal that belongs to no field, such as a stale edit. */
    public void show(String message) {
        clear();
        summarise(List.of(new ListItem(message)));
    }

    /** Clears every mark, for a new attempt. */
    public void clear() {
        fields.values().forEach(f -> f.validation().setInvalid(false));
        handlers.values().forEach(h -> h.accept(null));
        removeAll();
        setVisible(false);
    }

    private ListItem line(Field field, String message) {
        if (field == null || field.component() == null || field.label() == null) {
            return new ListItem(message);
        }
        if (!(field.component() instanceof Focusable<?> focusable)) {
            return new ListItem(field.label() + ": " + message);
        }
        Button link = new Button(field.label() + ": " + message, e -> focusable.focus());
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new ListItem(link);
    }

    private void summarise(List<Component> lines) {
        add(new Paragraph(lines.size() == 1 ? refusal + ": fix this and save again."
                : refusal + ": fix these " + lines.size() + " things and save again."));
        UnorderedList list = new UnorderedList();
        lines.forEach(list::add);
        add(list);
        setVisible(true);
        getElement().callJsFunction("focus");
    }
}
