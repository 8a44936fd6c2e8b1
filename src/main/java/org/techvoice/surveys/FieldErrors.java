package org.techvoice.surveys;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Validation messages by form field; the Slack adapter uses the field names as block ids. */
public record FieldErrors(Map<String, String> byField) {

    public FieldErrors {
        byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public static FieldErrors none() {
        return new FieldErrors(Map.of());
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }
}
