package org.techvoice.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code bench/run}: measures the figures of issue #8 and writes {@code target/bench/report.md} and
 * {@code report.csv}. Each figure is measured beside a reference taken in the same run, so the ratio still means
 * something on a shared, noisy machine.
 */
public final class BenchMain {

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.fromEnvironment();
        Report report = new Report();
        Instant started = Instant.now();
        report.header("Run at " + started.truncatedTo(ChronoUnit.SECONDS) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores; load before: `" + loadAverage() + "`");
        report.header("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + "; flags for TechVoice and the bare Bolt app alike: `" + config.jvmOpts() + "`");
        report.header("Commit: " + System.getenv().getOrDefault("BENCH_COMMIT", "unknown"));
        try (SlackStandIn slack = new SlackStandIn(SlackStandIn.Limits.NONE)) {
            if (config.runs("1") || config.runs("4")) {
                attempt(config, report, "1 and 4", () -> new ServiceFigures(config, slack, report).run());
            }
        }
        if (config.runs("2")) {
            attempt(config, report, "2 Draft", () -> new DraftFigure(config, report).run());
        }
        if (config.runs("3")) {
            attempt(config, report, "3 Survey fan-out", () -> new FanoutFigure(config, report).run());
        }
        report.header("Load after: `" + loadAverage() + "`; took " + (Instant.now().getEpochSecond() - started.getEpochSecond()) + " s");
        report.write(config.out());
        System.out.println(Files.readString(config.out().resolve("report.md")));
        System.exit(0);
    }

    private interface Figure {
        void run() throws Exception;
    }

    /**
     * A figure that fails is reported as not measured, with why, and the other figures still run. The report is
     * written after each figure, so a run cut short still leaves what it measured.
     */
    private static void attempt(BenchConfig config, Report report, String figure, Figure run) {
        try {
            run.run();
        } catch (Exception e) {
            e.printStackTrace();
            report.notMeasured(figure, "the run failed: " + e.getMessage() + " (see the logs in target/bench/logs)");
        }
        try {
            report.write(config.out());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
