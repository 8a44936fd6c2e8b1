package org.techvoice.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.StoredEmbeddingChecks;
import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.Placement;
import org.techvoice.understanding.VectorPlacer;
import org.techvoice.voice.VoiceService;

/**
 * The draft's read of contributions and achievements with a built activity bank: a row placed against that very bank
 * comes with its placement and without its 384-byte vector; a row placed against another bank, or not placed, comes
 * with its vector, for the draft to measure.
 */
@SlackAppTest
class StoredPlacementEvidenceTest {

    private static final String TEAM = "T0PLACEDREAD";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    VoiceService voice;

    @Autowired
    ContributionRepository contributions;

    @Autowired
    AchievementRepository achievements;

    @Autowired
    StoredEvidence stored;

    /** The activity bank as built now, stamped {@code bank-2}. */
    private static final VectorPlacer BUILT = new VectorPlacer() {
        @Override
        public Targets targets() {
            return Targets.APPENDIX_A_ACTIVITIES;
        }

        @Override
        public String stamp() {
            return "bank-2";
        }

        @Override
        public Optional<Placement> place(Embedding vector) {
            return Optional.of(new Placement("VIS-9", 0.75, "bank-2"));
        }
    };

    @Test
    void onlyRowsWhosePlacementIsNotCurrentComeWithTheirVector() {
        LocalDate today = LocalDate.now();
        contribution("Placed against this bank", "VIS-4", "bank-2", 11);
        contribution("Placed against an older bank", "VIS-4", "bank-1", 12);
        contribution("Not placed yet", null, null, 13);
        jdbc.update("insert into achievement (team_id, subject_user_id, celebrated_by, body, themes, achieved_on, status, posted, edits, "
                + "created_at, embedding, placed_activity, placed_similarity, placed_against) values (?, 'U0TECH001', 'U0TECH001', "
                + "'Became RSciTech', 'RECOGNITION', ?, 'APPROVED', false, 0, now(), ?, NULL, 0.25, 'bank-2')", TEAM, Date.valueOf(today),
                StoredEmbeddingChecks.filledWith(14).toBytes());
        EntryEvidence evidence = new EntryEvidence(voice, contributions, achievements, stored, List.of(BUILT));

        List<EvidenceEntry> seen = new ArrayList<>();
        evidence.forEachEntry(TEAM, today.minusDays(1), seen::add);

        assertThat(seen).hasSize(4);
        assertThat(entry(seen, "Placed against this bank").embedding()).isNull();
        assertThat(entry(seen, "Placed against this bank").placement()).isEqualTo(new Placement("VIS-4", 0.5, "bank-2"));
        assertThat(entry(seen, "Placed against an older bank").embedding()).isEqualTo(StoredEmbeddingChecks.filledWith(12));
        assertThat(entry(seen, "Not placed yet").embedding()).isEqualTo(StoredEmbeddingChecks.filledWith(13));
        // placed against this bank as evidencing no activity: nothing to measure either
        assertThat(entry(seen, "Became RSciTech").embedding()).isNull();
        assertThat(entry(seen, "Became RSciTech").placement()).isEqualTo(new Placement(null, 0.25, "bank-2"));
    }

    private void contribution(String text, String activity, String stamp, int vector) {
        jdbc.update("insert into contribution (team_id, user_id, kind, body, themes, happened_on, collaborators, created_at, embedding, "
                + "placed_activity, placed_similarity, placed_against) values (?, 'U0TECH001', 'OUTREACH', ?, 'VISIBILITY', ?, '', now(), ?, "
                + "?, ?, ?)", TEAM, text, Date.valueOf(LocalDate.now()), StoredEmbeddingChecks.filledWith(vector).toBytes(), activity,
                stamp == null ? null : 0.5, stamp);
    }

    private static EvidenceEntry entry(List<EvidenceEntry> seen, String text) {
        return seen.stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow();
    }
}
