package org.techvoice.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.techvoice.TechVoiceApplication;
import org.techvoice.draft.document.KeyFiguresCollector;
import org.techvoice.draft.submission.KeyFigures;
import org.techvoice.findings.TopicBank;
import org.techvoice.understanding.ActivityBank;
import org.techvoice.understanding.SentenceEmbeddings;
import org.techvoice.understanding.VectorPlacer;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Figure 2, in a JVM of its own (so its heap is the draft's alone): TechVoice's Spring context on H2 or on an
 * embedded PostgreSQL, seeded to each size, then for each size the median of a few runs of
 * {@link DraftService#compile} (Word + Markdown) beside a plain-JDBC read of the same rows.
 *
 * <p>Arguments: {@code h2|postgres dataDir rules|vectors technicians surveys responses repeats size...}. Prints one
 * {@code RESULT} line per size, {@code NOT_MERGED <why>} when this build lacks the draft or the features it reads, or
 * {@code NOT_MEASURED <why>} when the scenario cannot run here.
 *
 * <p>The institution is at Stage 2 with three years of history (see {@link DraftSeed}). Two scenarios: {@code rules},
 * the model switched off, every text placed by the rules (as before the embedding job reaches a row, or without the
 * model); {@code vectors}, the model loaded and every entry and free-text answer with its stored vector, so nothing is
 * left for the embedding job and the findings place every text by its vector.
 *
 * <p>The draft is called by reflection so that the benchmark compiles, and says "not merged", on builds
 * that do not have it yet.
 */
public final class DraftBench {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    /** Keeps the values read observable, so no JIT could skip reading them. */
    static volatile long sink;

    static final String DRAFT_SERVICE = "org.techvoice.draft.document.DraftService";
    static final String[] FEATURE_TABLES = {"voice_entry", "contribution", "achievement", "survey", "survey_answer",
            "organisation_profile", "action_plan_item", "technician", "action_progress", "submission"};
    /** How long the vectors scenario waits for the model to load before it gives up. */
    private static final long MODEL_WAIT_MILLIS = 300_000;

    public static void main(String[] args) throws Exception {
        String db = args[0];
        Path dataDir = Path.of(args[1]).toAbsolutePath();
        boolean vectors = args[2].equals("vectors");
        int technicians = Integer.parseInt(args[3]);
        int surveys = Integer.parseInt(args[4]);
        int responses = Integer.parseInt(args[5]);
        int repeats = Integer.parseInt(args[6]);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 7; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = null;
        String url;
        String user;
        String password;
        if (db.equals("postgres")) {
            postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("pg")).setCleanDataDirectory(true).start();
            url = postgres.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "postgres";
        } else {
            url = "jdbc:h2:file:" + dataDir.resolve("h2/techvoice") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            user = "sa";
            password = "";
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TechVoiceApplication.class)
                .web(WebApplicationType.NONE)
                // command-line arguments, so they win over application.yml (default properties would not)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--techvoice.slack.signing-secret=",
                        "--techvoice.slack.bot-token=", "--techvoice.slack.app-token=", "--logging.level.root=WARN",
                        "--techvoice.understanding.model-enabled=" + vectors);
        try {
            DataSource dataSource = context.getBean(DataSource.class);
            String missing = missing(context, dataSource);
            if (missing != null) {
                System.out.println("NOT_MERGED " + missing);
                return;
            }
            if (vectors && !modelReady(context)) {
                System.out.println("NOT_MEASURED the sentence-embedding model did not load within " + MODEL_WAIT_MILLIS / 1000 + " s");
                return;
            }
            Draft drafts = new Draft(context.getBean(Class.forName(DRAFT_SERVICE)));
            Map<VectorPlacer.Targets, VectorPlacer> placers = new EnumMap<>(VectorPlacer.Targets.class);
            context.getBeansOfType(VectorPlacer.class).values().forEach(placer -> placers.put(placer.targets(), placer));
            DraftSeed seed = new DraftSeed(dataSource, vectors, placers);
            long seedStart = System.nanoTime();
            seed.institution(technicians, surveys, responses);
            System.out.printf("seeded %d technicians and %d surveys x %d responses in %d ms%n", technicians, surveys, responses,
                    (System.nanoTime() - seedStart) / 1_000_000);
            boolean warmedUp = false;
            for (int size : sizes) {
                seedStart = System.nanoTime();
                seed.entriesUpTo(size, technicians);
                if (!warmedUp) {
                    // recorded once, on the first size: a snapshot of the first year, as /tc submission record keeps it
                    seed.submission(stageOneFigures(context));
                }
                analyse(dataSource, db);
                System.out.printf("seeded up to %d entries in %d ms%n", size, (System.nanoTime() - seedStart) / 1_000_000);
                if (!warmedUp) {
                    // the first compile loads classes and fonts and JIT-compiles; it is not what a lead waits for
                    drafts.compile(DraftSeed.TEAM, DraftSeed.FIRST_DAY);
                    readAll(dataSource);
                    warmedUp = true;
                }
                List<Measured> compiles = new ArrayList<>();
                List<Measured> reads = new ArrayList<>();
                long[] sizesOut = new long[2];
                for (int r = 0; r < repeats; r++) {
                    reads.add(measure(() -> readAll(dataSource)));
                    compiles.add(measure(() -> {
                        Object draft = drafts.compile(DraftSeed.TEAM, DraftSeed.FIRST_DAY);
                        sizesOut[0] = drafts.docx(draft).length;
                        sizesOut[1] = drafts.markdown(draft).getBytes(StandardCharsets.UTF_8).length;
                        return sizesOut[0];
                    }));
                }
                Measured compile = median(compiles);
                Measured read = median(reads);
                System.out.printf("RESULT db=%s scenario=%s entries=%d compile_ms=%.0f read_ms=%.0f compile_peak_heap_mb=%.0f read_peak_heap_mb=%.0f "
                                + "compile_allocated_mb=%.0f read_rows=%d docx_kb=%d markdown_kb=%d max_heap_mb=%d compile_spread_ms=%.0f%n",
                        db, vectors ? "vectors" : "rules", size, compile.millis(), read.millis(), maxPeak(compiles), maxPeak(reads), compile.allocatedMb(),
                        read.result(), sizesOut[0] / 1024, sizesOut[1] / 1024, MEMORY.getHeapMemoryUsage().getMax() / (1024 * 1024),
                        spread(compiles));
            }
        } finally {
            context.close();
            if (postgres != null) {
                postgres.close();
            }
        }
        System.exit(0);
    }

    /** The Stage 1 submission's key figures as the app reads and stores them (its collector, its JSON). */
    private static String stageOneFigures(ConfigurableApplicationContext context) throws Exception {
        KeyFigures figures = context.getBean(KeyFiguresCollector.class).collect(DraftSeed.TEAM, DraftSeed.FIRST_DAY, DraftSeed.SUBMITTED);
        return context.getBean(ObjectMapper.class).writeValueAsString(figures);
    }

    /**
     * Waits for the model, then for the findings' topic bank and the gap analysis's activity bank built from it (on the
     * model's loading thread; calling their synchronized {@code prepare} waits for that build), so every seeded vector is
     * placed as the embedding job places it and every measured draft uses those placements.
     */
    private static boolean modelReady(ConfigurableApplicationContext context) throws Exception {
        SentenceEmbeddings model = context.getBean(SentenceEmbeddings.class);
        long giveUp = System.currentTimeMillis() + MODEL_WAIT_MILLIS;
        while (!model.ready()) {
            if (System.currentTimeMillis() > giveUp) {
                return false;
            }
            Thread.sleep(500);
        }
        java.lang.reflect.Method prepare = TopicBank.class.getDeclaredMethod("prepare");
        prepare.setAccessible(true);
        return (boolean) prepare.invoke(context.getBean(TopicBank.class)) && context.getBean(ActivityBank.class).prepare();
    }

    /** What this build lacks for figure 2, or null when it has it all. */
    private static String missing(ConfigurableApplicationContext context, DataSource dataSource) throws Exception {
        try {
            Class.forName(DRAFT_SERVICE);
        } catch (ClassNotFoundException e) {
            return "the draft feature (" + DRAFT_SERVICE + ")";
        }
        List<String> absent = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : FEATURE_TABLES) {
                try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
                    if (!rs.next()) {
                        absent.add(table);
                    }
                }
            }
        }
        return absent.isEmpty() ? null : "tables " + String.join(", ", absent) + " (voice, recognition or surveys)";
    }

    /** {@code DraftService.compile(teamId, since)} and the parts of the {@code CompiledDraft} it returns. */
    private record Draft(Object service) {

        Object compile(String teamId, java.time.LocalDate since) {
            return call(service, "compile", new Class<?>[] {String.class, java.time.LocalDate.class}, teamId, since);
        }

        byte[] docx(Object draft) {
            return (byte[]) call(draft, "docx", new Class<?>[0]);
        }

        String markdown(Object draft) {
            return (String) call(draft, "markdown", new Class<?>[0]);
        }

        private static Object call(Object target, String method, Class<?>[] types, Object... args) {
            try {
                return target.getClass().getMethod(method, types).invoke(target, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Fresh planner statistics after a bulk load, as autovacuum would soon give PostgreSQL in production. */
    private static void analyse(DataSource dataSource, String db) throws Exception {
        if (db.equals("postgres")) {
            try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }

    /**
     * The reference: the rows the draft reads, with the columns it reads, read with plain JDBC and thrown away. Voice
     * entries and free-text answers with their vectors (the findings group them by their vectors); contributions and
     * achievements without theirs, as the draft reads them once the embedding job has placed them (V107: the placement's
     * few columns instead of 384 bytes); every other table whole.
     */
    static long readAll(DataSource dataSource) {
        String[] queries = {
                "SELECT * FROM voice_entry WHERE team_id = ? AND said_on >= ?",
                "SELECT id, user_id, kind, body, themes, happened_on, link, placed_activity, placed_similarity, placed_against "
                        + "FROM contribution WHERE team_id = ? AND happened_on >= ?",
                "SELECT id, subject_user_id, body, themes, achieved_on, status, posted, placed_activity, placed_similarity, placed_against "
                        + "FROM achievement WHERE team_id = ? AND achieved_on >= ?",
                "SELECT * FROM technician WHERE team_id = ?",
                "SELECT * FROM organisation_profile WHERE team_id = ?",
                "SELECT * FROM action_plan_item WHERE team_id = ?",
                "SELECT * FROM survey WHERE team_id = ?",
                "SELECT * FROM survey_question WHERE team_id = ?",
                "SELECT * FROM survey_response WHERE team_id = ?",
                "SELECT response_id, question_id, value_text, embedding, placed_topic, placed_similarity, placed_against "
                        + "FROM survey_answer WHERE team_id = ?",
                "SELECT * FROM action_progress WHERE team_id = ?",
                "SELECT * FROM submission WHERE team_id = ?",
                "SELECT * FROM submission_action WHERE team_id = ?",
        };
        long rows = 0;
        long checksum = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            for (String sql : queries) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setFetchSize(1_000);
                    s.setString(1, DraftSeed.TEAM);
                    if (sql.contains(">=")) {
                        s.setObject(2, DraftSeed.FIRST_DAY);
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            rows++;
                            for (int i = 1; i <= columns; i++) {
                                Object value = rs.getObject(i);
                                checksum += value == null ? 0 : value.hashCode();
                            }
                        }
                    }
                }
            }
            c.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        sink = checksum;
        return rows;
    }

    private record Measured(double millis, double peakHeapMb, double allocatedMb, long result) {
    }

    /** Times one run, sampling heap use every 2 ms from another thread; the heap is collected first. */
    private static Measured measure(LongSupplier work) throws InterruptedException {
        System.gc();
        AtomicLong peak = new AtomicLong(MEMORY.getHeapMemoryUsage().getUsed());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        long result = work.getAsLong();
        long elapsed = System.nanoTime() - start;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        sampler.interrupt();
        sampler.join();
        peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
        return new Measured(elapsed / 1e6, peak.get() / (1024.0 * 1024), allocated / (1024.0 * 1024), result);
    }

    private static Measured median(List<Measured> runs) {
        List<Measured> sorted = runs.stream().sorted(java.util.Comparator.comparingDouble(Measured::millis)).toList();
        return sorted.get(sorted.size() / 2);
    }

    /** How far apart the slowest and the fastest of the repeats were: how much one size's median may move between runs. */
    private static double spread(List<Measured> runs) {
        return runs.stream().mapToDouble(Measured::millis).max().orElse(0) - runs.stream().mapToDouble(Measured::millis).min().orElse(0);
    }

    private static double maxPeak(List<Measured> runs) {
        return runs.stream().mapToDouble(Measured::peakHeapMb).max().orElse(Double.NaN);
    }
}
