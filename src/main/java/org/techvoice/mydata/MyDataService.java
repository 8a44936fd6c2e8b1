package org.techvoice.mydata;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.outbox.Outbox;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.privacy.PersonalDataHolder;
import org.techvoice.privacy.PersonalDataHolder.ErasureReport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A person's own data: {@code /tc my-data} exports everything every feature holds about them, {@code /tc
 * forget-me} erases it. Features take part by implementing {@link PersonalDataHolder}; this service never
 * knows their tables.
 */
@Service
public class MyDataService {

    /** Said in the DM and in the file: anonymous data is unlinkable, which is the point of it. */
    public static final String ANONYMOUS_NOTE = "Anonymous survey answers and anonymous ideas are not linked to you in any "
            + "way, so TechVoice cannot find them and they are not in this export (nor can they be erased one by one).";

    private final List<PersonalDataHolder> holders;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final ErasureConfirmation confirmation;
    private final Clock clock;

    MyDataService(List<PersonalDataHolder> holders, Outbox outbox, ObjectMapper json, ErasureConfirmation confirmation, Clock clock) {
        this.holders = holders.stream().sorted(Comparator.comparing(PersonalDataHolder::section)).toList();
        this.outbox = outbox;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.confirmation = confirmation;
        this.clock = clock;
    }

    /** The sections a forget-me would go through, for the confirmation. */
    public List<String> sections() {
        return holders.stream().map(PersonalDataHolder::section).toList();
    }

    /**
     * Builds the export and queues it as a file in a DM to the person.
     *
     * @param requestKey unique per request (e.g. the command's trigger id), so a redelivery sends one file
     * @return the sections exported
     */
    @Transactional
    public List<String> sendExport(String teamId, String userId, String requestKey) {
        Map<String, Object> sections = new LinkedHashMap<>();
        for (PersonalDataHolder holder : holders) {
            sections.put(holder.section(), holder.export(teamId, userId));
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("generatedAt", clock.instant().toString());
        export.put("workspace", teamId);
        export.put("user", userId);
        export.put("anonymousData", ANONYMOUS_NOTE);
        export.put("sections", sections);
        byte[] file = toJson(export);
        String comment = "Here is everything TechVoice holds about you, as JSON (sections: " + String.join(", ", sections.keySet())
                + "). " + ANONYMOUS_NOTE + " To erase it all, use `/tc forget-me`.";
        outbox.enqueue(OutboundMessage.upload(teamId, "my-data:" + userId + ":" + requestKey, userId, comment,
                List.of(new OutboundMessage.OutboundFile("techvoice-my-data.json", "TechVoice: my data", file))));
        return List.copyOf(sections.keySet());
    }

    /**
     * Erases or anonymises everything linked to the person, in every feature, as one transaction: either all
     * of it is done or nothing is. A DM confirming what was done is queued with it.
     */
    @Transactional
    public List<ErasureReport> forget(String teamId, String userId, String requestKey) {
        List<ErasureReport> reports = new ArrayList<>();
        for (PersonalDataHolder holder : holders) {
            reports.add(holder.erase(teamId, userId));
        }
        outbox.enqueue(OutboundMessage.directMessage(teamId, "forget-me:" + userId + ":" + requestKey, userId,
                confirmation.text(reports), null));
        return reports;
    }

    private byte[] toJson(Object export) {
        try {
            return json.writeValueAsString(export).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A personal-data section could not be written as JSON", e);
        }
    }
}
