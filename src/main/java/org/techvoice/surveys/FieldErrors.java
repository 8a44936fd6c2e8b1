package org.techvoice.surveys;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Validation messages by builder field, in the order found. */
public record FieldErrors(Map<SurveyField, String> byField) {

    public FieldErrors {
        byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public static FieldErrors none() {
        return new FieldErrors(new EnumMap<>(SurveyField.class));
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }
}
