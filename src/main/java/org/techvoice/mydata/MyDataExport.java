package org.techvoice.mydata;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.privacy.PersonalDataHolder;
import org.techvoice.scheduling.StoredRequest;
import org.techvoice.scheduling.StoredRequestHandler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Builds the file {@code /tc my-data} promised and queues it in a DM to the person, after the acknowledgement, as a
 * stored request: a restart between "I'm sending you a file" and the file still sends it.
 */
@Component
class MyDataExport implements StoredRequestHandler {

    /** The kind of stored request a {@code /tc my-data} is; keyed by the person, so asking again joins a waiting one. */
    static final String KIND = "my-data";

    private final List<PersonalDataHolder> holders;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final MyDataMessages messages;
    private final Clock clock;

    MyDataExport(List<PersonalDataHolder> holders, Outbox outbox, ObjectMapper json, MyDataMessages messages, Clock clock) {
        this.holders = holders.stream().sorted(Comparator.comparing(PersonalDataHolder::section)).toList();
        this.outbox = outbox;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Runs in the transaction that removes the request, so the file is queued exactly once. */
    @Override
    public void handle(StoredRequest request) {
        String teamId = request.teamId();
        String userId = request.userId();
        Map<String, Object> sections = new LinkedHashMap<>();
        for (PersonalDataHolder holder : holders) {
            sections.put(holder.section(), holder.export(teamId, userId));
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("generatedAt", clock.instant().toString());
        export.put("workspace", teamId);
        export.put("user", userId);
        export.put("anonymousData", MyDataService.ANONYMOUS_NOTE);
        export.put("sections", sections);
        String comment = messages.exportComment(List.copyOf(sections.keySet()));
        outbox.enqueue(OutboundMessage.upload(teamId, KIND + ":" + userId + ":" + request.id(), userId, comment,
                List.of(new OutboundMessage.OutboundFile("techvoice-my-data.json", "TechVoice: my data", toJson(export)))));
    }

    @Override
    public void giveUp(StoredRequest request) {
        outbox.enqueue(OutboundMessage.directMessage(request.teamId(), KIND + ":" + request.id() + ":failed", request.userId(),
                messages.exportFailed(), null));
    }

    private byte[] toJson(Object export) {
        try {
            return json.writeValueAsString(export).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A personal-data section could not be written as JSON", e);
        }
    }
}
