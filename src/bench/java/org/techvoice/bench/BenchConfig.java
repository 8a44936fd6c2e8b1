package org.techvoice.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every knob of the benchmark, read from the environment so {@code bench/run} can be tuned without a rebuild
 * (README, "Performance", lists them).
 */
record BenchConfig(Set<String> figures, int rate, int seconds, int warmupSeconds, int starts, String jvmOpts,
        List<Integer> draftSizes, int draftRepeats, int technicians, int surveys, int responsesPerSurvey, int fanoutRecipients,
        int fanoutWorkspaceRate, int fanoutTier3Rate, Path out, String classpath, Path appJar) {

    /*
     * Credentials exist only for the apps this run starts and the stand-in Slack they talk to. bench/run makes
     * them up per run and every process of the run (load generator, bare app, TechVoice) reads the same ones
     * from the environment; they are never written into the repository.
     */
    static final String SIGNING_SECRET = required("BENCH_SLACK_SIGNING_SECRET");
    static final String BOT_TOKEN = required("BENCH_SLACK_BOT_TOKEN");
    static final String TEAM = "T0BENCH001";

    static BenchConfig fromEnvironment() {
        return new BenchConfig(
                Set.of(env("BENCH_FIGURES", "1,2,3,4").split(",")),
                Integer.parseInt(env("BENCH_RATE", "200")),
                Integer.parseInt(env("BENCH_SECONDS", "30")),
                Integer.parseInt(env("BENCH_WARMUP_SECONDS", "10")),
                Integer.parseInt(env("BENCH_STARTS", "3")),
                env("BENCH_JVM_OPTS", "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:MaxNewSize=32m -XX:SurvivorRatio=3 -XX:MaxHeapFreeRatio=40 -XX:MinHeapFreeRatio=25 -XX:-ShrinkHeapInSteps -XX:TrimNativeHeapInterval=5000 -Dfile.encoding=UTF-8"),
                Arrays.stream(env("BENCH_DRAFT_SIZES", "10000,50000,100000").split(","))
                        .map(String::trim).map(Integer::parseInt).collect(Collectors.toList()),
                Integer.parseInt(env("BENCH_DRAFT_REPEATS", "3")),
                Integer.parseInt(env("BENCH_TECHNICIANS", "2000")),
                Integer.parseInt(env("BENCH_SURVEYS", "20")),
                Integer.parseInt(env("BENCH_RESPONSES", "2000")),
                Integer.parseInt(env("BENCH_FANOUT_RECIPIENTS", "2000")),
                Integer.parseInt(env("BENCH_FANOUT_WORKSPACE_RATE", "50")),
                Integer.parseInt(env("BENCH_FANOUT_TIER3_RATE", "50")),
                Path.of(env("BENCH_OUT", "target/bench")),
                System.getProperty("java.class.path"),
                Path.of(env("BENCH_APP_JAR", "target/techvoice-0.1.0-SNAPSHOT.jar")));
    }

    /** The Slack user id of the bench's i-th technician. */
    static String user(int i) {
        return String.format("U0BENCH%04d", i);
    }

    boolean runs(String figure) {
        return figures.contains(figure);
    }

    List<String> jvmOptions() {
        return List.of(jvmOpts.trim().split("\\s+"));
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: start the benchmark with bench/run, which sets it");
        }
        return value.trim();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
