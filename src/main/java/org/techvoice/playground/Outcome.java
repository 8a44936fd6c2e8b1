package org.techvoice.playground;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the page is told about one of its actions.
 *
 * @param status the HTTP status of the answer to the page (400 for what the page got wrong)
 * @param error  a friendly sentence, or null
 * @param errors a modal's validation errors by block id ({@code response_action: errors}), or null
 */
record Outcome(int status, boolean ok, String error, JsonNode errors) {

    static Outcome done() {
        return new Outcome(200, true, null, null);
    }

    static Outcome refused(String error) {
        return new Outcome(200, false, error, null);
    }

    static Outcome badRequest(String error) {
        return new Outcome(400, false, error, null);
    }

    static Outcome invalid(JsonNode errors) {
        return new Outcome(200, false, null, errors);
    }
}
