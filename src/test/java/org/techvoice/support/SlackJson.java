package org.techvoice.support;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads what the app answered or posted, as Slack would see it. */
public final class SlackJson {

    private static final ObjectMapper mapper = new ObjectMapper();

    private SlackJson() {
    }

    public static JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    /** Every string found under a "text" key anywhere in the tree, in document order. */
    public static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        collect(node, texts);
        return texts;
    }

    /** All texts joined by newlines, convenient for contains-assertions. */
    public static String allText(String json) {
        return String.join("\n", texts(parse(json)));
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("text") && field.getValue().isTextual()) {
                    texts.add(field.getValue().asText());
                } else {
                    collect(field.getValue(), texts);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, texts));
        }
    }
}
