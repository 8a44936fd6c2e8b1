package org.techvoice;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Jackson builds its serialisers on first use (the health endpoint, the playground's API): once before readiness. */
@Component
class JsonWarmUp implements WarmUp {

    private final ObjectMapper json;

    JsonWarmUp(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return "Jackson";
    }

    @Override
    public void warmUp() throws JsonProcessingException {
        json.readTree(json.writeValueAsString(Map.of("status", "UP", "steps", List.of(1, 2.5, true))));
    }
}
