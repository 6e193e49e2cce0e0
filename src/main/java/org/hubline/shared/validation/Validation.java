package org.hubline.shared.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/** Validates command records with Bean Validation and turns violations into field messages. */
@Component
public class Validation {

    private final Validator validator;

    public Validation(Validator validator) {
        this.validator = validator;
    }

    /** Collects every violation of the command; the caller may add its own rules before throwing. */
    public Map<String, String> violations(Object command) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    /** Throws {@link InvalidInputException} if there are any errors. */
    public static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
