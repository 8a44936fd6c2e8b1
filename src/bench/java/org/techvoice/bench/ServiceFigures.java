package org.techvoice.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.techvoice.slack.SlackRequestVerifier;

/**
 * Figures 1 and 4, which share the running apps: TechVoice (the packaged jar, as deployed) and the bare Bolt app,
 * each started {@code BENCH_STARTS} times for the start-up figure; the last start of each then takes the
 * slash-command load, one after the other, from a load generator in a third JVM.
 */
final class ServiceFigures {

    /** What the load generator sends to TechVoice, and what its acknowledgement must contain. */
    private record Command(String text, String expect, String label) {
    }

    private static final Command LOG = new Command("log Ran the school outreach day on microscopy for 60 Year 10 pupils (run {n})",
            "Logged as", "/tc log <text>");
    private static final Command HELP = new Command("help", "/tc", "/tc help");

    private final BenchConfig config;
    private final SlackStandIn slack;
    private final Report report;
    private final Path logs;
    /** How both apps are launched: the production treatment (README, "Run in production"), applied alike. */
    private ClassDataSharing cds = ClassDataSharing.NONE;

    ServiceFigures(BenchConfig config, SlackStandIn slack, Report report) {
        this.config = config;
        this.slack = slack;
        this.report = report;
        this.logs = config.out().resolve("logs");
    }

    void run() throws Exception {
        cds = ClassDataSharing.prepare(config, logs, this::startTechVoiceTraining, this::startBareTraining);
        report.note(cds.describe());
        List<Long> techvoiceStarts = new ArrayList<>();
        List<Long> bareStarts = new ArrayList<>();
        List<Long> techvoiceFirst = new ArrayList<>();
        List<Long> bareFirst = new ArrayList<>();
        JavaProcess techvoice = null;
        JavaProcess bare = null;
        int techvoicePort = 0;
        int barePort = 0;
        try {
            for (int i = 1; i <= Math.max(1, config.starts()); i++) {
                closeQuietly(techvoice);
                closeQuietly(bare);
                barePort = JavaProcess.freePort();
                bare = startBare(barePort, i);
                bareStarts.add(bare.awaitHealthy("http://127.0.0.1:" + barePort + "/health", Duration.ofMinutes(5)));
                bareFirst.add(firstRequest(barePort, "/hello", "", "hello"));
                techvoicePort = JavaProcess.freePort();
                techvoice = startTechVoice(techvoicePort, i);
                // readiness, as the Docker health check and an orchestrator use it: UP once the request path is warm
                techvoiceStarts.add(techvoice.awaitHealthy("http://127.0.0.1:" + techvoicePort + "/actuator/health/readiness", Duration.ofMinutes(5)));
                techvoiceFirst.add(firstRequest(techvoicePort, "/tc", LOG.text().replace("{n}", "first " + i), LOG.expect()));
                System.out.printf("start %d: TechVoice healthy after %d ms, first request %d ms; bare Bolt after %d ms, first request %d ms%n", i,
                        techvoiceStarts.get(i - 1), techvoiceFirst.get(i - 1), bareStarts.get(i - 1), bareFirst.get(i - 1));
            }
            Thread.sleep(3_000); // let start-up work (JIT, first scheduled runs) settle before "idle"
            double techvoiceIdle = techvoice.rssMb();
            double bareIdle = bare.rssMb();

            if (config.runs("4")) {
                long tvMedian = median(techvoiceStarts);
                long bareMedian = median(bareStarts);
                report.add(new Report.Row("4 Start-up", "time to healthy (median of " + techvoiceStarts.size() + ")",
                        tvMedian, "ms", "bare Bolt app listening", bareMedian, "≤ 6000 ms", Report.verdict(tvMedian <= 6000),
                        "TechVoice each start: " + techvoiceStarts + " ms; bare: " + bareStarts + " ms; fresh H2 file database (Flyway migrates) each start"));
                long tvFirst = median(techvoiceFirst);
                report.add(new Report.Row("4 Start-up", "first request after healthy (median of " + techvoiceFirst.size() + ")",
                        tvFirst, "ms", "bare Bolt app, first /hello", median(bareFirst), "≤ 1000 ms", Report.verdict(tvFirst <= 1000),
                        "signed `/tc log <text>` sent the moment /actuator/health/readiness is UP, answer read in full; TechVoice each start: "
                                + techvoiceFirst + " ms; bare: " + bareFirst + " ms"));
                report.add(new Report.Row("4 Footprint", "resident memory, idle", techvoiceIdle, "MB", "bare Bolt app, idle",
                        bareIdle, "≤ 350 MB", Report.verdict(techvoiceIdle <= 350), "VmRSS from /proc"));
            }
            if (config.runs("1")) {
                Command command = chooseCommand(techvoicePort);
                long bareCpu = bare.cpuMillis();
                Map<String, String> bareResult = load("bare", barePort, "/hello", "", "hello");
                bareCpu = bare.cpuMillis() - bareCpu;
                long techvoiceCpu = techvoice.cpuMillis();
                Map<String, String> tvResult = load("techvoice", techvoicePort, "/tc", command.text(), command.expect());
                techvoiceCpu = techvoice.cpuMillis() - techvoiceCpu;
                double techvoiceAtEnd = techvoice.rssMb();
                addLatencyRows(command, tvResult, bareResult);
                double requests = (double) config.rate() * (config.seconds() + config.warmupSeconds());
                report.add(new Report.Row("1 Slash ack", "CPU time per request", techvoiceCpu / requests, "ms", "bare Bolt app",
                        bareCpu / requests, "", "info", "process CPU (user + system, /proc) over warm-up and measurement, "
                                + "background work included; " + config.rate() + "/s needs " + Report.fmt(techvoiceCpu / requests * config.rate() / 1000)
                                + " of this machine's " + Runtime.getRuntime().availableProcessors() + " cores"));
                report.note("Web API calls the stand-in answered during figures 1 and 4 (both apps): " + slack.allCalls().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ".");
                if (config.runs("4")) {
                    // the same settling time as "idle", so both footprints are what the process keeps, not a
                    // compilation or a malloc arena caught mid-way; the figure at the load's last request is shown too
                    Thread.sleep(3_000);
                    double techvoiceAfter = techvoice.rssMb();
                    report.add(new Report.Row("4 Footprint", "resident memory, after figure 1", techvoiceAfter, "MB",
                            "bare Bolt app, after figure 1", bare.rssMb(), "≤ 350 MB", Report.verdict(techvoiceAfter <= 350),
                            "VmRSS from /proc, 3 s after the load's last request (as idle is 3 s after healthy); at the last request: "
                                    + Report.fmt(techvoiceAtEnd) + " MB"));
                }
            }
        } finally {
            closeQuietly(techvoice);
            closeQuietly(bare);
        }
    }

    /** {@code /tc log} once the voice/recognition feature is in this build; {@code /tc help} until then, said in the report. */
    private Command chooseCommand(int port) throws Exception {
        HttpResponse<String> probe = signedCommand(port, "/tc", "log Benchmark probe: checked the fume cupboards", "U0BENCHPROBE");
        if (probe.statusCode() == 200 && probe.body().contains(LOG.expect())) {
            return LOG;
        }
        report.note("Figure 1 used `/tc help`, not `/tc log`: this build answered `/tc log <text>` with HTTP "
                + probe.statusCode() + " and no \"Logged as\": `" + probe.body().substring(0, Math.min(300, probe.body().length())).replace('`', '\'') + "`");
        return HELP;
    }

    private void addLatencyRows(Command command, Map<String, String> tv, Map<String, String> bare) {
        double tvP99 = Double.parseDouble(tv.get("p99_ms"));
        double bareP99 = Double.parseDouble(bare.get("p99_ms"));
        int errors = Integer.parseInt(tv.get("errors"));
        String load = config.rate() + "/s for " + config.seconds() + " s after " + config.warmupSeconds() + " s warm-up; "
                + command.label() + " vs bare `/hello`";
        report.add(new Report.Row("1 Slash ack", "p50 latency", Double.parseDouble(tv.get("p50_ms")), "ms", "bare Bolt app",
                Double.parseDouble(bare.get("p50_ms")), "", "info", load));
        report.add(new Report.Row("1 Slash ack", "p99 latency", tvP99, "ms", "bare Bolt app", bareP99,
                "≤ 50 ms and ≤ 1.3 × ref.", Report.verdict(tvP99 <= 50 && tvP99 <= 1.3 * bareP99),
                "sent " + tv.get("sent_per_s") + "/s (bare: " + bare.get("sent_per_s") + "/s)"));
        report.add(new Report.Row("1 Slash ack", "max latency", Double.parseDouble(tv.get("max_ms")), "ms", "bare Bolt app",
                Double.parseDouble(bare.get("max_ms")), "≤ 3000 ms (Slack's limit)",
                Report.verdict(Double.parseDouble(tv.get("max_ms")) <= 3000), "p99.9: " + tv.get("p999_ms") + " ms (bare " + bare.get("p999_ms") + " ms)"));
        report.add(new Report.Row("1 Slash ack", "errors (of " + tv.get("requests") + ")", errors, "", "bare Bolt app",
                Double.parseDouble(bare.get("errors")), "0", Report.verdict(errors == 0),
                "first error: " + tv.get("first_error") + "; bare: " + bare.get("first_error")));
    }

    private Map<String, String> load(String name, int port, String command, String text, String expect) throws Exception {
        Path log = logs.resolve("load-" + name + ".log");
        JavaProcess generator = JavaProcess.start("load generator", List.of("-Xmx512m"),
                List.of("-cp", config.classpath(), LoadGenerator.class.getName(), "http://127.0.0.1:" + port + "/slack/events",
                        Integer.toString(config.rate()), Integer.toString(config.seconds()), Integer.toString(config.warmupSeconds()),
                        command, text, expect), Map.of(), log);
        generator.waitFor(Duration.ofSeconds(config.seconds() + config.warmupSeconds() + 120L));
        String line = Files.readAllLines(log).stream().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("load generator printed no result: see " + log));
        Map<String, String> result = new LinkedHashMap<>();
        Arrays.stream(line.substring("RESULT ".length()).split(" ")).forEach(pair -> {
            int eq = pair.indexOf('=');
            result.put(pair.substring(0, eq), pair.substring(eq + 1));
        });
        System.out.println(name + ": " + result);
        return result;
    }

    private JavaProcess startTechVoice(int port, int run) throws IOException {
        return JavaProcess.start("TechVoice", cds.techvoiceOptions(config.jvmOptions()), List.of("-jar", cds.techvoiceJar().toString()),
                techvoiceEnv(port, "figure1-" + run), logs.resolve("techvoice-" + run + ".log"));
    }

    /** The training run of {@link ClassDataSharing}: the app as deployed, stopped by Spring once its context is refreshed. */
    private JavaProcess startTechVoiceTraining(List<String> jvmOptions, Path jar) throws IOException {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Dspring.context.exit=onRefresh");
        return JavaProcess.start("TechVoice (CDS training)", options, List.of("-jar", jar.toString()),
                techvoiceEnv(JavaProcess.freePort(), "cds-training"), logs.resolve("techvoice-cds-training.log"));
    }

    /** The training run of {@link ClassDataSharing} for the bare app: started until it listens, then stopped. */
    private JavaProcess startBareTraining(List<String> jvmOptions, String classpath, int port) throws IOException {
        return JavaProcess.start("bare Bolt app (CDS training)", jvmOptions,
                List.of("-cp", classpath, BareBoltApp.class.getName(), Integer.toString(port), slack.apiUrl()),
                Map.of(), logs.resolve("bare-bolt-cds-training.log"));
    }

    private Map<String, String> techvoiceEnv(int port, String dataName) {
        Path data = config.out().resolve("data").resolve(dataName).toAbsolutePath();
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SLACK_SIGNING_SECRET", BenchConfig.SIGNING_SECRET);
        env.put("SLACK_BOT_TOKEN", BenchConfig.BOT_TOKEN);
        env.put("SLACK_APP_TOKEN", "");
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("TECHVOICE_ADMINS", "U0BENCH0000");
        env.put("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + data + "/techvoice;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        return env;
    }

    private JavaProcess startBare(int port, int run) throws IOException {
        return JavaProcess.start("bare Bolt app", cds.bareOptions(config.jvmOptions()),
                List.of("-cp", cds.bareClasspath(), BareBoltApp.class.getName(), Integer.toString(port), slack.apiUrl()),
                Map.of(), logs.resolve("bare-bolt-" + run + ".log"));
    }

    /**
     * The first slash command after the app turned healthy, in ms (Slack gives up after 3 s); -1 when its answer was
     * not the expected acknowledgement, so a fast error cannot pass for a fast answer.
     */
    private static long firstRequest(int port, String command, String text, String expect) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = signedCommand(port, command, text, "U0BENCHFIRST");
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (response.statusCode() != 200 || !response.body().contains(expect)) {
            System.out.printf("first request to %d answered HTTP %d: %s%n", port, response.statusCode(), response.body());
            return -1;
        }
        return millis;
    }

    private static HttpResponse<String> signedCommand(int port, String command, String text, String user) throws Exception {
        SlackRequestVerifier signer = new SlackRequestVerifier(BenchConfig.SIGNING_SECRET, Clock.systemUTC());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("team_id", BenchConfig.TEAM);
        form.put("team_domain", "bench-university");
        form.put("channel_id", "C0GENERAL1");
        form.put("user_id", user);
        form.put("user_name", "probe");
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0TECHVOICE");
        form.put("response_url", "https://hooks.slack.com/commands/probe");
        // Slack gives every request its own trigger id: a repeated one is a replay, answered without a second effect
        form.put("trigger_id", "1." + System.nanoTime() + ".probe");
        byte[] body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signer.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void closeQuietly(JavaProcess process) throws InterruptedException {
        if (process != null) {
            process.close();
        }
    }
}
