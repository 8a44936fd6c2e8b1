package org.techvoice.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.Placement;
import org.techvoice.understanding.VectorPlacer;

/**
 * Fills the features' own tables (as their Flyway migrations define them) with an institution's worth of data,
 * by JDBC batches: technicians, a profile, an action plan, surveys with responses, and voice entries,
 * contributions and approved achievements spread over three years. The institution prepares Stage 2 (issue 17): its
 * previous plan has a progress update every month since signing ({@link StageHistory}), the surveys are waves of one
 * another, and a Stage 1 submission is recorded a year after signing ({@link #submission}). With {@code vectors}, every
 * entry and free-text answer is stored with an embedding, as once the embedding job has reached every row (issue 16),
 * and with where the app's own banks place that vector (the findings' topic, the Appendix A activity), as the job stores it.
 */
final class DraftSeed {

    static final String TEAM = BenchConfig.TEAM;
    /** The signatory date: the history runs three years from here. */
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 11, 1);
    static final int DAYS = 3 * 365;
    /** Stage 1, a year after signing. */
    static final LocalDate SUBMITTED = FIRST_DAY.plusYears(1);
    static final int ACTIONS = 20;
    private static final int BATCH = 1_000;
    private static final String[] THEMES = {"VISIBILITY", "RECOGNITION", "CAREER_DEVELOPMENT", "SUSTAINABILITY", "EVALUATING_IMPACT"};
    private static final String[] KINDS = {"RESEARCH_OUTPUT", "TEACHING", "OUTREACH", "TRAINING_GIVEN", "COMMITTEE", "PROCESS_IMPROVEMENT", "OTHER"};
    private static final String[] TEXTS = {
            "Ran the school outreach day on microscopy for 60 Year 10 pupils",
            "Co-authored a paper on cryo-EM sample preparation, named as technical author",
            "Became RSciTech registered with the Science Council",
            "Trained six PhD students on the confocal microscope",
            "Sat on the faculty health and safety committee as the technicians' representative",
            "Wrote the standard operating procedure for the new mass spectrometer",
            "Mentored an apprentice through the Level 3 laboratory technician standard",
            "Presented a poster at the Institute of Science and Technology conference",
            "Won the university's technician of the year award",
            "Completed the HEA associate fellowship",
            "Succession planning: documented the workshop's lathe set-ups before the retirement of our senior engineer",
            "Led the open day tour of the engineering workshops",
            "Organised CPD sessions on data management for the technical staff",
            "Secondment to the research facility to learn electron backscatter diffraction",
            "Taught the undergraduate practical on titration",
    };
    private static final String[] VOICES = {
            "Technicians are rarely named on the papers our work makes possible",
            "There is no clear career path beyond grade 6 for technical staff",
            "Training budgets for technicians were cut again this year",
            "We would like to be invited to department meetings",
            "Knowledge is lost whenever a senior technician retires",
            "The staff survey never asks technicians about workload",
    };
    private static final String[] DEPARTMENTS = {"Chemistry", "Physics", "Biosciences", "Engineering", "Medicine", "Earth Sciences",
            "Psychology", "Computer Science", "Materials", "Pharmacy", "Geography", "Veterinary Science", "Dentistry", "Archaeology",
            "Music", "Art and Design", "Sport Science", "Estates", "IT Services", "Library"};

    private final DataSource dataSource;
    private final Random random = new Random(8);
    private final StoredVectors vectors;
    /** the app's own banks, placing each seeded vector as the embedding job places each vector it stores */
    private final Map<VectorPlacer.Targets, VectorPlacer> placers;
    private final List<Long> actionIds = new ArrayList<>();
    private int entries;
    private long firstSurveyId;

    /**
     * @param vectors whether every entry and free-text answer has its stored embedding
     * @param placers the app's banks (built from the model), which place each seeded vector as the embedding job does
     */
    DraftSeed(DataSource dataSource, boolean vectors, Map<VectorPlacer.Targets, VectorPlacer> placers) {
        this.dataSource = dataSource;
        this.vectors = vectors ? new StoredVectors(new Random(16)) : null;
        this.placers = placers;
    }

    int entries() {
        return entries;
    }

    /** Everything except the entries, once. */
    void institution(int technicians, int surveys, int responses) throws Exception {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            exec(c, "INSERT INTO workspace (team_id, first_seen_at) VALUES ('" + TEAM + "', CURRENT_TIMESTAMP)");
            try (PreparedStatement s = c.prepareStatement("INSERT INTO technician (team_id, user_id, department, job_family, "
                    + "professional_registration, joined_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < technicians; i++) {
                    s.setString(1, TEAM);
                    s.setString(2, user(i));
                    s.setString(3, DEPARTMENTS[i % DEPARTMENTS.length]);
                    s.setString(4, i % 3 == 0 ? "Laboratory" : i % 3 == 1 ? "Workshop" : "Research facility");
                    s.setString(5, i % 4 == 0 ? "RSciTech" : null);
                    s.setTimestamp(6, Timestamp.from(now));
                    batch(s, i);
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO organisation_profile (team_id, organisation_name, profile, "
                    + "technician_definition, technician_numbers, initiatives_before, web_page_url, lead_name, lead_email, "
                    + "signatory_date, updated_by, updated_at, commitment_stage, last_submitted_on) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?)")) {
                s.setString(1, TEAM);
                s.setString(2, "Bench University");
                s.setString(3, "A research-intensive university with five faculties.");
                s.setString(4, "Staff in technical roles on the technical job family.");
                s.setString(5, technicians + " technicians in 20 departments.");
                s.setString(6, "A technician network since 2017.");
                s.setString(7, "https://bench.example.ac.uk/technicians");
                s.setString(8, "Dr A. Lead");
                s.setString(9, "lead@bench.example.ac.uk");
                s.setDate(10, Date.valueOf(FIRST_DAY));
                s.setString(11, user(0));
                s.setTimestamp(12, Timestamp.from(now));
                s.setDate(13, Date.valueOf(SUBMITTED));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO action_plan_item (team_id, reference, themes, description, "
                    + "action_lead, starts_on, deadline, success_measure, rag, update_note, evidence_refs, created_by, created_at, "
                    + "updated_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                for (int i = 1; i <= ACTIONS; i++) {
                    StageHistory.Update latest = StageHistory.latest(i, StageHistory.LAST_DAY);
                    s.setString(1, TEAM);
                    s.setString(2, "A" + i);
                    s.setString(3, actionTheme(i));
                    s.setString(4, actionDescription(i));
                    s.setString(5, "Head of technical services");
                    s.setDate(6, Date.valueOf(FIRST_DAY.plusDays(i)));
                    s.setDate(7, Date.valueOf(FIRST_DAY.plusDays(700)));
                    s.setString(8, "Measured in the next staff survey");
                    s.setString(9, latest.rag());
                    s.setString(10, latest.note());
                    s.setString(11, "");
                    s.setString(12, user(0));
                    s.setTimestamp(13, StageHistory.at(FIRST_DAY));
                    s.setTimestamp(14, StageHistory.at(latest.day()));
                    s.setString(15, latest.status());
                    s.executeUpdate();
                    try (var keys = s.getGeneratedKeys()) {
                        keys.next();
                        actionIds.add(keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO action_progress (team_id, action_id, rag, status, note, "
                    + "evidence_refs, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, '', ?, ?)")) {
                for (int i = 1; i <= ACTIONS; i++) {
                    for (StageHistory.Update update : StageHistory.of(i, StageHistory.LAST_DAY)) {
                        s.setString(1, TEAM);
                        s.setLong(2, actionIds.get(i - 1));
                        s.setString(3, update.rag());
                        s.setString(4, update.status());
                        s.setString(5, update.note());
                        s.setString(6, user(0));
                        s.setTimestamp(7, StageHistory.at(update.day()));
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            c.commit();
            Long previous = null;
            for (int survey = 0; survey < surveys; survey++) {
                previous = survey(c, survey, surveys, previous, technicians, responses, now);
                c.commit();
            }
        }
    }

    /**
     * The Stage 1 submission, recorded on its day as {@code /tc submission record} keeps it: its key figures (read by the
     * app, see {@link DraftBench}) and the plan as it stood, each action's status, note and RAG trajectory up to that day.
     *
     * @param figures the submission's key figures as the app stores them (JSON)
     */
    void submission(String figures) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO submission (team_id, stage, submitted_on, source, plan_months, "
                    + "figures, recorded_by, recorded_at) VALUES (?, 1, ?, 'DRAFT', 24, ?, ?, ?)", new String[] {"id"})) {
                s.setString(1, TEAM);
                s.setDate(2, Date.valueOf(SUBMITTED));
                s.setString(3, figures);
                s.setString(4, user(0));
                s.setTimestamp(5, Timestamp.from(SUBMITTED.atTime(17, 0).toInstant(java.time.ZoneOffset.UTC)));
                s.executeUpdate();
                try (var keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO submission_action (submission_id, team_id, position, reference, "
                    + "themes, description, action_lead, deadline, rag, status, note, trajectory, evidence_refs) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')")) {
                for (int i = 1; i <= ACTIONS; i++) {
                    StageHistory.Update then = StageHistory.latest(i, SUBMITTED);
                    s.setLong(1, id);
                    s.setString(2, TEAM);
                    s.setInt(3, i - 1);
                    s.setString(4, "A" + i);
                    s.setString(5, actionTheme(i));
                    s.setString(6, actionDescription(i));
                    s.setString(7, "Head of technical services");
                    s.setDate(8, Date.valueOf(FIRST_DAY.plusDays(700)));
                    s.setString(9, then.rag());
                    s.setString(10, then.status());
                    s.setString(11, then.note());
                    s.setString(12, String.join(" ", StageHistory.trajectory(i, SUBMITTED)));
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
        }
    }

    /**
     * One closed survey, spread evenly over the three years; from the second on, each is a new wave of the one before
     * ({@code /tc survey wave}), its questions keyed as the first survey's, so the Stage 2 draft compares them.
     *
     * @return the survey's id
     */
    private long survey(Connection c, int n, int surveys, Long waveOf, int audience, int responses, Instant now) throws SQLException {
        long surveyId;
        Instant opens = FIRST_DAY.plusDays(20L + (long) n * (DAYS - 60) / surveys).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO survey (team_id, lead_user_id, title, introduction, anonymous, "
                + "audience_kind, audience_ref, opens_at, closes_at, reminder_every_days, status, audience_size, created_at, wave_of) "
                + "VALUES (?, ?, ?, ?, ?, 'TECHNICIANS', NULL, ?, ?, 7, 'CLOSED', ?, ?, ?)", new String[] {"id"})) {
            s.setString(1, TEAM);
            s.setString(2, user(0));
            s.setString(3, "Technician pulse survey " + (n + 1));
            s.setString(4, "Five questions, two minutes.");
            s.setBoolean(5, n % 2 == 0);
            s.setTimestamp(6, Timestamp.from(opens));
            s.setTimestamp(7, Timestamp.from(opens.plusSeconds(14 * 86_400L)));
            s.setInt(8, audience);
            s.setTimestamp(9, Timestamp.from(now));
            s.setObject(10, waveOf);
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                surveyId = keys.getLong(1);
            }
        }
        String[][] questions = {
                {"RATING", "RECOGNITION", "I feel my work is recognised", null},
                {"SINGLE_CHOICE", "CAREER_DEVELOPMENT", "Have you had a career conversation this year?", "Yes\nNo\nNot sure"},
                {"MULTIPLE_CHOICE", "VISIBILITY", "Where is your work seen?", "Papers\nTeaching\nOutreach\nCommittees\nNowhere"},
                {"FREE_TEXT", "SUSTAINABILITY", "What would help you stay in technical work?", null},
                {"RATING", "EVALUATING_IMPACT", "Things have improved since last year", null},
        };
        long[] questionIds = new long[questions.length];
        if (n == 0) {
            firstSurveyId = surveyId;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO survey_question (team_id, survey_id, seq, question_type, theme, "
                + "question_text, choices, low_label, high_label, question_key) VALUES (?, ?, ?, ?, ?, ?, ?, 'Strongly disagree', "
                + "'Strongly agree', ?)", new String[] {"id"})) {
            for (int q = 0; q < questions.length; q++) {
                s.setString(1, TEAM);
                s.setLong(2, surveyId);
                s.setInt(3, q + 1);
                s.setString(4, questions[q][0]);
                s.setString(5, questions[q][1]);
                s.setString(6, questions[q][2]);
                s.setString(7, questions[q][3]);
                // the key SurveyWaves gives a lead's own question asked again: the first survey's reference names it
                s.setString(8, waveOf == null && surveys == 1 ? null : "asked-in:S-" + firstSurveyId + "/Q" + (q + 1));
                s.executeUpdate();
                try (var keys = s.getGeneratedKeys()) {
                    keys.next();
                    questionIds[q] = keys.getLong(1);
                }
            }
        }
        String[] careers = {"Yes", "No", "Not sure"};
        String[] seen = {"Papers", "Teaching", "Outreach", "Committees", "Nowhere"};
        try (PreparedStatement response = c.prepareStatement("INSERT INTO survey_response (id, team_id, survey_id, respondent_key, "
                + "user_id, department, complete, submitted_on) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)");
             PreparedStatement answer = c.prepareStatement("INSERT INTO survey_answer (id, team_id, response_id, question_id, value_text, "
                     + "embedding, placed_topic, placed_similarity, placed_against) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int r = 0; r < responses; r++) {
                String id = new UUID(random.nextLong(), random.nextLong()).toString();
                boolean anonymous = n % 2 == 0;
                response.setString(1, id);
                response.setString(2, TEAM);
                response.setLong(3, surveyId);
                response.setString(4, sha256(n + ":" + r));
                response.setString(5, anonymous ? null : user(r));
                response.setString(6, DEPARTMENTS[r % DEPARTMENTS.length]);
                response.setDate(7, Date.valueOf(LocalDate.ofInstant(opens, java.time.ZoneOffset.UTC).plusDays(r % 14)));
                batch(response, r);
                addAnswer(answer, id, questionIds[0], Integer.toString(1 + random.nextInt(5)));
                addAnswer(answer, id, questionIds[1], careers[random.nextInt(careers.length)]);
                addAnswer(answer, id, questionIds[2], seen[random.nextInt(seen.length)]);
                addAnswer(answer, id, questionIds[2], seen[random.nextInt(seen.length - 1)]);
                if (r % 4 == 0) {
                    addAnswer(answer, id, questionIds[3], VOICES[random.nextInt(VOICES.length)] + " (" + r + ")", vector());
                }
                addAnswer(answer, id, questionIds[4], Integer.toString(1 + random.nextInt(5)));
                if (r % 200 == 199) {
                    response.executeBatch();
                    answer.executeBatch();
                }
            }
            response.executeBatch();
            answer.executeBatch();
        }
        return surveyId;
    }

    private void addAnswer(PreparedStatement s, String responseId, long questionId, String value) throws SQLException {
        addAnswer(s, responseId, questionId, value, null);
    }

    /** @param embedding the stored vector of a free-text answer, or null */
    private void addAnswer(PreparedStatement s, String responseId, long questionId, String value, byte[] embedding)
            throws SQLException {
        // answers have random UUID ids since V70, so a dump does not show the order people answered in
        s.setString(1, UUID.randomUUID().toString());
        s.setString(2, TEAM);
        s.setString(3, responseId);
        s.setLong(4, questionId);
        s.setString(5, value);
        s.setBytes(6, embedding);
        placed(s, 7, embedding, VectorPlacer.Targets.LIBRARY_TOPICS);
        s.addBatch();
    }

    /**
     * Where the app's bank places a seeded vector, in the three columns from {@code first} on: exactly what the embedding
     * job stores beside the vectors it computes (V107); nulls for a row without a vector.
     */
    private void placed(PreparedStatement s, int first, byte[] embedding, VectorPlacer.Targets targets) throws SQLException {
        Placement placement = embedding == null ? null : placers.get(targets).place(Embedding.fromBytes(embedding)).orElseThrow();
        s.setString(first, placement == null ? null : placement.target());
        s.setObject(first + 1, placement == null ? null : placement.similarity(), Types.DOUBLE);
        s.setString(first + 2, placement == null ? null : placement.against());
    }

    /** A stored vector for the next text, or null in the scenario without vectors. */
    private byte[] vector() {
        return vectors == null ? null : vectors.next();
    }

    /**
     * Adds entries until there are {@code target}: 20% voice, 65% contributions, 15% approved achievements, each with its
     * stored vector in the scenario with vectors.
     */
    void entriesUpTo(int target, int technicians) throws Exception {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection();
             PreparedStatement voice = c.prepareStatement("INSERT INTO voice_entry (team_id, body, themes, author_user_id, "
                     + "delete_token_hash, said_on, embedding, placed_topic, placed_similarity, placed_against) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement contribution = c.prepareStatement("INSERT INTO contribution (team_id, user_id, kind, body, themes, "
                     + "happened_on, link, collaborators, source_ref, created_at, embedding, placed_activity, placed_similarity, "
                     + "placed_against) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)");
             PreparedStatement achievement = c.prepareStatement("INSERT INTO achievement (team_id, subject_user_id, celebrated_by, "
                     + "body, themes, achieved_on, status, posted, edits, created_at, embedding, placed_activity, placed_similarity, "
                     + "placed_against) VALUES (?, ?, ?, ?, ?, ?, 'APPROVED', TRUE, 0, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            while (entries < target) {
                int i = entries++;
                String user = user(random.nextInt(technicians));
                Date day = Date.valueOf(FIRST_DAY.plusDays(random.nextInt(DAYS)));
                String themes = THEMES[random.nextInt(THEMES.length)];
                int kind = i % 20;
                if (kind < 4) {
                    voice.setString(1, TEAM);
                    voice.setString(2, VOICES[random.nextInt(VOICES.length)] + " (" + i + ")");
                    voice.setString(3, themes);
                    voice.setString(4, i % 3 == 0 ? user : null);
                    voice.setString(5, sha256("voice:" + i));
                    voice.setDate(6, day);
                    byte[] vector = vector();
                    voice.setBytes(7, vector);
                    placed(voice, 8, vector, VectorPlacer.Targets.LIBRARY_TOPICS);
                    voice.addBatch();
                } else if (kind < 17) {
                    contribution.setString(1, TEAM);
                    contribution.setString(2, user);
                    contribution.setString(3, KINDS[random.nextInt(KINDS.length)]);
                    contribution.setString(4, TEXTS[random.nextInt(TEXTS.length)] + " (" + i + ")");
                    contribution.setString(5, themes);
                    contribution.setDate(6, day);
                    contribution.setString(7, i % 5 == 0 ? "https://bench.example.ac.uk/evidence/" + i : null);
                    contribution.setString(8, i % 7 == 0 ? user(random.nextInt(technicians)) : "");
                    contribution.setTimestamp(9, Timestamp.from(now));
                    byte[] vector = vector();
                    contribution.setBytes(10, vector);
                    placed(contribution, 11, vector, VectorPlacer.Targets.APPENDIX_A_ACTIVITIES);
                    contribution.addBatch();
                } else {
                    achievement.setString(1, TEAM);
                    achievement.setString(2, user);
                    achievement.setString(3, user(random.nextInt(technicians)));
                    achievement.setString(4, TEXTS[random.nextInt(TEXTS.length)] + " (" + i + ")");
                    achievement.setString(5, themes);
                    achievement.setDate(6, day);
                    achievement.setTimestamp(7, Timestamp.from(now));
                    byte[] vector = vector();
                    achievement.setBytes(8, vector);
                    placed(achievement, 9, vector, VectorPlacer.Targets.APPENDIX_A_ACTIVITIES);
                    achievement.addBatch();
                }
                if (entries % BATCH == 0) {
                    voice.executeBatch();
                    contribution.executeBatch();
                    achievement.executeBatch();
                    c.commit();
                }
            }
            voice.executeBatch();
            contribution.executeBatch();
            achievement.executeBatch();
            c.commit();
        }
    }

    private static String actionTheme(int i) {
        return THEMES[i % THEMES.length];
    }

    private static String actionDescription(int i) {
        return "Action " + i + ": " + TEXTS[i % TEXTS.length];
    }

    static String user(int i) {
        return BenchConfig.user(i);
    }

    private static void batch(PreparedStatement s, int i) throws SQLException {
        s.addBatch();
        if (i % BATCH == BATCH - 1) {
            s.executeBatch();
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
