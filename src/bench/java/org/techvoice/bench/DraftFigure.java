package org.techvoice.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figure 2: runs {@link DraftBench} in a JVM of its own for H2 and for PostgreSQL, with the app's JVM flags
 * (so its heap limit is the app's), and reports each size's compile time beside the plain-JDBC read of the same
 * rows, the peak heap at the largest size, and whether time grows linearly with the entries. Each database runs both
 * scenarios: texts placed by the rules (model off), then every text with its stored vector (model on); same targets.
 */
final class DraftFigure {

    private final BenchConfig config;
    private final Report report;

    DraftFigure(BenchConfig config, Report report) {
        this.config = config;
        this.report = report;
    }

    void run() throws Exception {
        for (String scenario : List.of("rules", "vectors")) {
            for (String db : List.of("h2", "postgres")) {
                if (!run(db, scenario)) {
                    return;
                }
            }
        }
    }

    /** @return false when this build lacks the draft, so no further run is worth starting */
    private boolean run(String db, String scenario) throws Exception {
        String label = (db.equals("h2") ? "H2" : "PostgreSQL") + (scenario.equals("vectors") ? ", vectors stored" : "");
        Path log = config.out().resolve("logs").resolve("draft-" + db + "-" + scenario + ".log");
        List<String> launch = new ArrayList<>(List.of("-cp", config.classpath(), DraftBench.class.getName(), db,
                config.out().resolve("data").resolve("figure2-" + db + "-" + scenario).toString(), scenario,
                Integer.toString(config.technicians()),
                Integer.toString(config.surveys()), Integer.toString(config.responsesPerSurvey()),
                Integer.toString(config.draftRepeats())));
        config.draftSizes().forEach(size -> launch.add(Integer.toString(size)));
        try (JavaProcess bench = JavaProcess.start("draft benchmark (" + label + ")", config.jvmOptions(), launch, Map.of(), log)) {
            bench.waitFor(Duration.ofMinutes(20));
        }
        List<String> lines = Files.readAllLines(log);
        String notMerged = lines.stream().filter(l -> l.startsWith("NOT_MERGED ")).findFirst().orElse(null);
        if (notMerged != null) {
            report.notMeasured("2 Draft", "feature not merged: this build lacks " + notMerged.substring("NOT_MERGED ".length()));
            return false;
        }
        String notMeasured = lines.stream().filter(l -> l.startsWith("NOT_MEASURED ")).findFirst().orElse(null);
        if (notMeasured != null) {
            report.notMeasured("2 Draft (" + label + ")", notMeasured.substring("NOT_MEASURED ".length()));
            return true;
        }
        List<Map<String, String>> results = lines.stream().filter(l -> l.startsWith("RESULT ")).map(DraftFigure::parse).toList();
        if (results.isEmpty()) {
            report.notMeasured("2 Draft (" + label + ")", "the draft benchmark printed no result: see " + log);
            return true;
        }
        addRows(label, results);
        return true;
    }

    private void addRows(String label, List<Map<String, String>> results) {
        String scale = config.technicians() + " technicians, " + config.surveys() + " surveys × " + config.responsesPerSurvey()
                + " responses; Stage 2 with a recorded Stage 1 submission and 3 years of monthly action updates";
        Map<String, String> largest = results.get(results.size() - 1);
        for (Map<String, String> result : results) {
            int entries = Integer.parseInt(result.get("entries"));
            double compile = Double.parseDouble(result.get("compile_ms"));
            double read = Double.parseDouble(result.get("read_ms"));
            boolean judged = result == largest;
            report.add(new Report.Row("2 Draft (" + label + ")", "DOCX + Markdown, " + String.format("%,d", entries) + " entries",
                    compile, "ms", "plain-JDBC read of the same rows", read, judged ? "≤ 3000 ms and ≤ 3 × ref." : "",
                    judged ? Report.verdict(compile <= 3000 && compile <= 3 * read) : "info",
                    "median of " + config.draftRepeats() + "; " + scale + "; " + result.get("read_rows") + " rows read; DOCX "
                            + result.get("docx_kb") + " KB, Markdown " + result.get("markdown_kb") + " KB; allocated "
                            + result.get("compile_allocated_mb") + " MB"));
        }
        double peak = Double.parseDouble(largest.get("compile_peak_heap_mb"));
        report.add(new Report.Row("2 Draft (" + label + ")", "peak heap while compiling, " + String.format("%,d",
                Integer.parseInt(largest.get("entries"))) + " entries", peak, "MB", "peak heap of the plain-JDBC read",
                Double.parseDouble(largest.get("read_peak_heap_mb")), "≤ 256 MB", Report.verdict(peak <= 256),
                "heap in use, sampled every 2 ms, whole JVM (app context included); JVM limit " + largest.get("max_heap_mb") + " MB"));
        if (results.size() >= 3) {
            report.add(linearity(label, results));
        }
    }

    /**
     * Marginal cost per 1,000 entries over the last segment against the first: linear growth keeps it level. Or against
     * what reading those rows costs more over the same segment: the draft reads them, and the read grows linearly. A rise
     * no larger than the spread between one size's repeats is within the noise between runs, and no sign of either.
     */
    private Report.Row linearity(String label, List<Map<String, String>> results) {
        double[] entries = column(results, "entries");
        double[] millis = column(results, "compile_ms");
        double[] reads = column(results, "read_ms");
        int n = entries.length;
        double first = (millis[1] - millis[0]) / (entries[1] - entries[0]) * 1000;
        double last = (millis[n - 1] - millis[n - 2]) / (entries[n - 1] - entries[n - 2]) * 1000;
        double readLast = (reads[n - 1] - reads[n - 2]) / (entries[n - 1] - entries[n - 2]) * 1000;
        // the wider spread of the segment's two sizes, as ms per 1,000 entries over it (results without it: none)
        double[] spreads = results.stream().mapToDouble(r -> Double.parseDouble(r.getOrDefault("compile_spread_ms", "0"))).toArray();
        double noise = Math.max(spreads[n - 1], spreads[n - 2]) / (entries[n - 1] - entries[n - 2]) * 1000;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            points.append(i == 0 ? "" : ", ").append(String.format("%,.0f", entries[i])).append(": ").append(Report.fmt(millis[i])).append(" ms");
        }
        // a small absolute allowance: on a noisy machine two near-flat segments differ by a few ms per 1,000; and a first
        // segment that shrank (the smallest size is measured first, while the JIT still warms up) is no growth to hold the
        // last one to: super-linear growth is a last segment steeper than a level or rising first one, and steeper than
        // reading the rows it adds (on H2 the read alone grows some 17 ms per 1,000, which a warm-up-shrunk first segment
        // of the draft's own would have called super-linear)
        double baseline = Math.max(first, 0);
        boolean linear = last <= Math.max(Math.max(1.5 * baseline, baseline + 2), Math.max(readLast, noise));
        return new Report.Row("2 Draft (" + label + ")", "growth: ms per 1,000 more entries, last segment", last, "ms",
                "first segment", first, "linear (≤ 1.5 × first, or ≤ the read's own growth, or within the repeats' spread)",
                Report.verdict(linear), points + "; the read's last segment " + Report.fmt(readLast) + " ms per 1,000; the repeats' spread "
                        + Report.fmt(noise) + " ms per 1,000");
    }

    private static double[] column(List<Map<String, String>> results, String name) {
        return results.stream().mapToDouble(r -> Double.parseDouble(r.get(name))).toArray();
    }

    private static Map<String, String> parse(String line) {
        Map<String, String> result = new LinkedHashMap<>();
        Arrays.stream(line.substring("RESULT ".length()).trim().split(" ")).forEach(pair -> {
            int eq = pair.indexOf('=');
            result.put(pair.substring(0, eq), pair.substring(eq + 1));
        });
        return result;
    }
}
