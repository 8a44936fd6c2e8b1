package org.techvoice.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Figure 3: a survey to {@code BENCH_FANOUT_RECIPIENTS} technicians, opened by TechVoice's own survey job and
 * delivered by its outbox, against a stand-in Slack that accepts one message per second per channel and answers
 * 429 with {@code Retry-After} beyond {@code BENCH_FANOUT_WORKSPACE_RATE} messages per second. Measures the time
 * from the survey opening to the last DM Slack accepted, against the floor those limits allow, and counts the
 * recipients who got no DM or more than one.
 */
final class FanoutFigure {

    private static final String TITLE = "Benchmark fan-out survey";

    private final BenchConfig config;
    private final Report report;

    FanoutFigure(BenchConfig config, Report report) {
        this.config = config;
        this.report = report;
    }

    void run() throws Exception {
        int recipients = config.fanoutRecipients();
        int rate = config.fanoutWorkspaceRate();
        int tier3 = config.fanoutTier3Rate();
        Path data = config.out().resolve("data").resolve("figure3").toAbsolutePath();
        String url = "jdbc:h2:file:" + data + "/techvoice;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
        try (SlackStandIn slack = new SlackStandIn(new SlackStandIn.Limits(1_000, rate, tier3))) {
            slack.workspaceUsers(IntStream.range(0, recipients).mapToObj(BenchConfig::user).toList());
            int port = JavaProcess.freePort();
            Map<String, String> env = new HashMap<>();
            env.put("SERVER_PORT", Integer.toString(port));
            env.put("SLACK_SIGNING_SECRET", BenchConfig.SIGNING_SECRET);
            env.put("SLACK_BOT_TOKEN", BenchConfig.BOT_TOKEN);
            env.put("SLACK_APP_TOKEN", "");
            env.put("SLACK_API_URL", slack.apiUrl());
            env.put("SPRING_DATASOURCE_URL", url);
            // the survey job looks every second instead of every minute, so the figure is the fan-out, not the schedule
            List<String> launch = List.of("-jar", config.appJar().toAbsolutePath().toString(),
                    "--techvoice.surveys.job-interval=PT1S", "--techvoice.surveys.job-initial-delay=PT1S",
                    // the outbox paces Tier 3 calls and messages to the stand-in's rates, as it would to Slack's
                    "--techvoice.outbox.tier3-per-minute=" + tier3 * 60,
                    "--techvoice.outbox.messages-per-minute=" + rate * 60);
            try (JavaProcess app = JavaProcess.start("TechVoice (figure 3)", config.jvmOptions(), launch, env,
                    config.out().resolve("logs").resolve("techvoice-fanout.log"))) {
                app.awaitHealthy("http://127.0.0.1:" + port + "/actuator/health", Duration.ofMinutes(5));
                try (Connection db = DriverManager.getConnection(url, "sa", "")) {
                    if (!tableExists(db, "survey")) {
                        report.notMeasured("3 Survey fan-out", "feature not merged: this build has no surveys (no `survey` table)");
                        return;
                    }
                    seed(db, recipients);
                    Instant seeded = Instant.now();
                    double floorSeconds = Math.max(Math.max(0, recipients - rate) / (double) rate,
                            tier3 <= 0 ? 0 : Math.max(0, recipients - tier3) / (double) tier3);
                    Duration timeout = Duration.ofSeconds((long) Math.max(180, floorSeconds * 8 + 60));
                    long deadline = System.nanoTime() + timeout.toNanos();
                    while (System.nanoTime() < deadline && distinctInvited(slack) < recipients) {
                        Thread.sleep(200);
                    }
                    Thread.sleep(3_000); // anything sent twice would arrive now
                    measure(db, slack, recipients, rate, tier3, floorSeconds, seeded, timeout);
                }
            }
        }
    }

    private void measure(Connection db, SlackStandIn slack, int recipients, int rate, int tier3, double floorSeconds, Instant seeded,
            Duration timeout) throws Exception {
        List<SlackStandIn.Accepted> invites = invites(slack);
        Map<String, Long> perChannel = invites.stream().collect(Collectors.groupingBy(SlackStandIn.Accepted::channel, Collectors.counting()));
        long lost = recipients - perChannel.size();
        long duplicated = perChannel.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
        Instant opened = openedAt(db);
        long last = invites.stream().mapToLong(SlackStandIn.Accepted::atMillis).max().orElse(0);
        long first = invites.stream().mapToLong(SlackStandIn.Accepted::atMillis).min().orElse(0);
        double seconds = opened == null || last == 0 ? Double.NaN : (last - opened.toEpochMilli()) / 1000.0;
        boolean complete = lost == 0;
        report.add(new Report.Row("3 Survey fan-out", recipients + " DMs: survey opened → last DM accepted", seconds, "s",
                "floor the limits allow", floorSeconds, "≤ 1.2 × floor", Report.verdict(complete && seconds <= 1.2 * floorSeconds),
                "stand-in: 1 msg/s per channel, " + rate + " msg/s per workspace, " + tier3 + " conversations.open/s (bursts of 1 s), "
                        + "429 + Retry-After beyond; "
                        + slack.rateLimited() + " answers were 429; first to last DM " + (last - first) / 1000.0 + " s; survey job "
                        + (opened == null ? "never opened it" : "opened it " + Duration.between(seeded, opened).toMillis() + " ms after it was due")
                        + (complete ? "" : "; not all delivered within " + timeout.toSeconds() + " s")));
        report.add(new Report.Row("3 Survey fan-out", "lost DMs (none accepted when the bench stopped waiting)", lost, "", "", Double.NaN, "0", Report.verdict(lost == 0),
                "recipients with no invitation accepted by the stand-in"));
        report.add(new Report.Row("3 Survey fan-out", "duplicated DMs", duplicated, "", "", Double.NaN, "0", Report.verdict(duplicated == 0),
                "invitations accepted more than once in one DM channel"));
        report.note("Figure 3 Web API calls: " + slack.allCalls().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ". The survey job ran every second "
                + "(`techvoice.surveys.job-interval=PT1S`, production: every minute) and the outbox's Tier 3 pacing matched the stand-in "
                + "(`techvoice.outbox.tier3-per-minute=" + tier3 * 60 + "`) and so did its message rate (`techvoice.outbox.messages-per-minute="
                + rate * 60 + "`); floor = (recipients − burst) / rate for the slower of messages and conversations.open. "
                + "A DM is one chat.postMessage to the user id (no conversations.open), so Slack's real Tier 3 allowance "
                + "(about 50 a minute) no longer bounds a survey's first DMs; users.list answers the time zones in pages of 200 (Tier 2).");
    }

    private static List<SlackStandIn.Accepted> invites(SlackStandIn slack) {
        return slack.accepted().stream().filter(a -> a.text().contains(TITLE) && !a.text().startsWith("Reminder")).toList();
    }

    private static long distinctInvited(SlackStandIn slack) {
        return invites(slack).stream().map(SlackStandIn.Accepted::channel).distinct().count();
    }

    private static Instant openedAt(Connection db) throws Exception {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT MIN(created_at) FROM outbox_message WHERE team_id = ? AND idempotency_key LIKE 'survey:%:invite:%'")) {
            s.setString(1, BenchConfig.TEAM);
            try (ResultSet rs = s.executeQuery()) {
                Timestamp at = rs.next() ? rs.getTimestamp(1) : null;
                return at == null ? null : at.toInstant();
            }
        }
    }

    /** The audience (registered technicians) and one survey due now, as the survey builder would have stored it. */
    private static void seed(Connection db, int recipients) throws Exception {
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement s = db.prepareStatement("INSERT INTO technician (team_id, user_id, department, job_family, "
                + "professional_registration, joined_at) VALUES (?, ?, 'Chemistry', 'Laboratory', NULL, ?)")) {
            for (int i = 0; i < recipients; i++) {
                s.setString(1, BenchConfig.TEAM);
                s.setString(2, BenchConfig.user(i));
                s.setTimestamp(3, now);
                s.addBatch();
            }
            s.executeBatch();
        }
        long surveyId;
        try (PreparedStatement s = db.prepareStatement("INSERT INTO survey (team_id, lead_user_id, title, introduction, anonymous, "
                + "audience_kind, audience_ref, opens_at, closes_at, reminder_every_days, status, audience_size, created_at) "
                + "VALUES (?, ?, ?, 'One question.', TRUE, 'TECHNICIANS', NULL, ?, ?, 0, 'SCHEDULED', 0, ?)", new String[] {"id"})) {
            s.setString(1, BenchConfig.TEAM);
            s.setString(2, "U0BENCHLEAD");
            s.setString(3, TITLE);
            s.setTimestamp(4, now);
            s.setTimestamp(5, Timestamp.from(Instant.now().plus(Duration.ofDays(7))));
            s.setTimestamp(6, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                surveyId = keys.getLong(1);
            }
        }
        try (PreparedStatement s = db.prepareStatement("INSERT INTO survey_question (team_id, survey_id, seq, question_type, theme, "
                + "question_text, choices, low_label, high_label) VALUES (?, ?, 1, 'RATING', 'RECOGNITION', "
                + "'I feel my work is recognised', NULL, 'Strongly disagree', 'Strongly agree')")) {
            s.setString(1, BenchConfig.TEAM);
            s.setLong(2, surveyId);
            s.executeUpdate();
        }
        db.commit();
    }

    private static boolean tableExists(Connection db, String table) throws Exception {
        try (ResultSet rs = db.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }
}
