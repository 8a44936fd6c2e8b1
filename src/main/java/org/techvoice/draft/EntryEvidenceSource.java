package org.techvoice.draft;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the draft reads of voice entries, contributions and achievements. Implemented by the feature
 * that stores them, so the draft depends on no feature's tables.
 */
public interface EntryEvidenceSource {

    /**
     * Hands every entry of the workspace dated on or after {@code since} to {@code sink}, in no particular
     * order: implementations read their rows in the order they were stored, which is what keeps a walk over
     * 100,000 entries linear, so a sink that needs an order keeps its own (see {@link EvidenceEntry#OLDEST_FIRST}).
     * Entries withdrawn by their author are not included. Implementations page through their rows so that
     * 100,000 entries never sit in memory at once.
     */
    void forEachEntry(String teamId, LocalDate since, Consumer<EvidenceEntry> sink);

    /** One entry by its reference, e.g. to link it to an action-plan item. */
    Optional<EvidenceEntry> byReference(String teamId, String reference);

    /**
     * The entries several references name, by the reference as given; a reference that names none of this source's
     * entries is left out. Implementations that store entries read them together rather than one by one.
     */
    default Map<String, EvidenceEntry> byReferences(String teamId, Collection<String> references) {
        Map<String, EvidenceEntry> found = new HashMap<>();
        references.forEach(reference -> byReference(teamId, reference).ifPresent(entry -> found.put(reference, entry)));
        return found;
    }
}
