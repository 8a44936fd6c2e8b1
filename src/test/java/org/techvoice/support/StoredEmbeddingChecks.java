package org.techvoice.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techvoice.draft.EntryEvidenceSource;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.Placement;

/** The embedding columns of V60, checked the same way on H2 and on PostgreSQL. */
public final class StoredEmbeddingChecks {

    private StoredEmbeddingChecks() {
    }

    /** A recognisable vector: every value {@code value}. */
    public static Embedding filledWith(int value) {
        byte[] bytes = new byte[Embedding.DIMENSIONS];
        Arrays.fill(bytes, (byte) value);
        return Embedding.fromBytes(bytes);
    }

    /**
     * A voice entry's vector stored in its column reaches the draft's evidence, with its placement (V107); a row not
     * embedded gives null; a contribution's or achievement's placement reaches it, its vector only where a bank needs it.
     */
    public static void storedVectorsReachTheEvidence(JdbcTemplate jdbc, EntryEvidenceSource evidence, String teamId) {
        LocalDate today = LocalDate.now();
        jdbc.update("insert into voice_entry (team_id, body, themes, delete_token_hash, said_on, embedding, placed_topic, "
                + "placed_similarity, placed_against) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", teamId, "Protected time for training",
                "CAREER_DEVELOPMENT", "hash", Date.valueOf(today), filledWith(3).toBytes(), "protected-cpd-time", 0.4375, "bank-1");
        jdbc.update("insert into voice_entry (team_id, body, themes, delete_token_hash, said_on) values (?, ?, ?, ?, ?)",
                teamId, "Not embedded yet", "CAREER_DEVELOPMENT", "hash", Date.valueOf(today));
        jdbc.update("insert into contribution (team_id, user_id, kind, body, themes, happened_on, collaborators, created_at, embedding, "
                + "placed_activity, placed_similarity, placed_against) values (?, 'U0TECH001', 'OUTREACH', 'School visit', 'VISIBILITY', ?, '', "
                + "now(), ?, 'VIS-4', 0.625, 'bank-2')", teamId, Date.valueOf(today), filledWith(-5).toBytes());
        jdbc.update("insert into achievement (team_id, subject_user_id, celebrated_by, body, themes, achieved_on, status, posted, edits, "
                + "created_at, embedding) values (?, 'U0TECH001', 'U0TECH001', 'Became RSciTech', 'RECOGNITION', ?, 'APPROVED', false, 0, "
                + "now(), ?)", teamId, Date.valueOf(today), filledWith(127).toBytes());

        List<EvidenceEntry> seen = new ArrayList<>();
        evidence.forEachEntry(teamId, today.minusDays(1), seen::add);

        assertThat(seen).hasSize(4);
        assertThat(seen).filteredOn(e -> e.text().equals("Protected time for training")).singleElement()
                .extracting(EvidenceEntry::embedding).isEqualTo(filledWith(3));
        assertThat(seen).filteredOn(e -> e.text().equals("Not embedded yet")).singleElement()
                .extracting(EvidenceEntry::embedding).isNull();
        assertThat(seen).filteredOn(e -> e.text().equals("Protected time for training")).singleElement()
                .extracting(EvidenceEntry::placement).isEqualTo(new Placement("protected-cpd-time", 0.4375, "bank-1"));
        // a contribution's or achievement's vector only places it among Appendix A's activities: with no bank built to
        // place it (the model is off here) the draft does not read it, and where the job placed it comes with the row
        assertThat(seen).filteredOn(e -> e.text().equals("School visit")).singleElement()
                .satisfies(e -> assertThat(e.embedding()).isNull())
                .extracting(EvidenceEntry::placement).isEqualTo(new Placement("VIS-4", 0.625, "bank-2"));
        assertThat(seen).filteredOn(e -> e.text().equals("Became RSciTech")).singleElement()
                .satisfies(e -> assertThat(e.placement()).isNull())
                .extracting(EvidenceEntry::embedding).isNull();
        assertThat(jdbc.queryForObject("select embedding from achievement where team_id = ?", byte[].class, teamId))
                .isEqualTo(filledWith(127).toBytes());
        String voiceReference = seen.stream().filter(e -> e.text().equals("Protected time for training")).findFirst().orElseThrow().reference();
        assertThat(evidence.byReference(teamId, voiceReference)).get().extracting(EvidenceEntry::embedding).isEqualTo(filledWith(3));
    }

    /** The columns hold exactly 384 bytes or nothing. */
    public static void onlyWholeVectorsAreStored(JdbcTemplate jdbc, String teamId) {
        for (String table : List.of("voice_entry", "contribution", "achievement", "survey_answer")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where embedding is not null and team_id = ?",
                    Integer.class, teamId)).isNotNegative();
        }
        assertThatThrownBy(() -> jdbc.update(
                "insert into voice_entry (team_id, body, themes, delete_token_hash, said_on, embedding) values (?, ?, ?, ?, ?, ?)",
                teamId, "Short vector", "VISIBILITY", "hash", Date.valueOf(LocalDate.now()), new byte[383]))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
