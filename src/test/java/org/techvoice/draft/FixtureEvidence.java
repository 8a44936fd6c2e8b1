package org.techvoice.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * In-memory stand-ins for the voice and survey features behind the draft's ports, holding each team's
 * evidence separately so tests can also check that nothing crosses workspaces.
 */
public class FixtureEvidence {

    private final Map<String, List<EvidenceEntry>> entries = new ConcurrentHashMap<>();
    private final Map<String, List<SurveyEvidence>> surveys = new ConcurrentHashMap<>();

    /** The team's entries, handed to the draft in the order given (the port promises no order). */
    public void put(String teamId, List<EvidenceEntry> teamEntries) {
        entries.put(teamId, List.copyOf(teamEntries));
    }

    public List<EvidenceEntry> entries(String teamId) {
        return entries.getOrDefault(teamId, List.of());
    }

    public void putSurveys(String teamId, List<SurveyEvidence> teamSurveys) {
        surveys.put(teamId, List.copyOf(teamSurveys));
    }

    public EntryEvidenceSource entrySource() {
        return new EntryEvidenceSource() {
            @Override
            public void forEachEntry(String teamId, LocalDate since, Consumer<EvidenceEntry> sink) {
                entries.getOrDefault(teamId, List.of()).stream().filter(e -> !e.date().isBefore(since)).forEach(sink);
            }

            @Override
            public Optional<EvidenceEntry> byReference(String teamId, String reference) {
                return entries.getOrDefault(teamId, List.of()).stream().filter(e -> e.reference().equalsIgnoreCase(reference)).findFirst();
            }
        };
    }

    public SurveyEvidenceSource surveySource() {
        return (teamId, since) -> new ArrayList<>(surveys.getOrDefault(teamId, List.of()).stream()
                .filter(s -> !s.opensOn().isBefore(since)).toList());
    }
}
