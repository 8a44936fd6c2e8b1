package org.techvoice.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.techvoice.slack.SlackRequestVerifier;

/**
 * Sends signed slash commands at a fixed rate, open-loop, and prints the latency of the measured phase as one
 * {@code key=value} line. It runs in its own JVM so that it does not share a heap or JIT with the app it loads.
 *
 * <p>Latency is taken from the moment a request was <em>due</em>, not when it left: if the generator or the
 * app falls behind, the wait counts (no coordinated omission).
 *
 * <p>Arguments: {@code url rate seconds warmupSeconds command text expect}; {@code text} may contain {@code {n}},
 * replaced by the request's number so every request is distinct.
 */
public final class LoadGenerator {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        String command = args[4];
        String text = args[5];
        String expect = args[6];

        SlackRequestVerifier signer = new SlackRequestVerifier(BenchConfig.SIGNING_SECRET, Clock.systemUTC());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();

        int warmupCount = rate * warmup;
        int total = warmupCount + rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        long[] latencyNanos = new long[total];
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long measuredStart = start + warmupCount * intervalNanos;
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int n = i;
            HttpRequest request = slashCommand(url, signer, command, text.replace("{n}", Integer.toString(i)), i);
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).whenComplete((response, failure) -> {
                latencyNanos[n] = System.nanoTime() - due;
                boolean good = failure == null && response.statusCode() == 200 && response.body().contains(expect);
                if (!good && n >= warmupCount) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, failure != null ? failure.toString()
                            : response.statusCode() + " " + abbreviate(response.body()));
                }
                done.countDown();
            });
        }
        long sendEnd = System.nanoTime();
        boolean all = done.await(30, TimeUnit.SECONDS);
        long now = System.nanoTime();
        for (int i = warmupCount; i < total; i++) {
            if (latencyNanos[i] == 0) {
                // never answered: it counts as an error, and as slow as it has been so far
                latencyNanos[i] = now - (start + i * intervalNanos);
            }
        }
        long[] measured = Arrays.copyOfRange(latencyNanos, warmupCount, total);
        int unanswered = (int) done.getCount();
        Arrays.sort(measured);
        double achieved = (total - warmupCount) / ((sendEnd - measuredStart) / 1e9);
        Map<String, String> result = new LinkedHashMap<>();
        result.put("requests", Integer.toString(measured.length));
        result.put("errors", Integer.toString(errors.get() + (all ? 0 : unanswered)));
        result.put("p50_ms", ms(percentile(measured, 0.50)));
        result.put("p90_ms", ms(percentile(measured, 0.90)));
        result.put("p99_ms", ms(percentile(measured, 0.99)));
        result.put("p999_ms", ms(percentile(measured, 0.999)));
        result.put("max_ms", ms(measured.length == 0 ? 0 : measured[measured.length - 1]));
        result.put("sent_per_s", String.format("%.1f", achieved));
        result.put("first_error", firstError.get() == null ? "-" : firstError.get().replace(' ', '_'));
        System.out.println("RESULT " + result.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
        System.exit(0);
    }

    private static HttpRequest slashCommand(URI url, SlackRequestVerifier signer, String command, String text, int n) {
        String user = BenchConfig.user(n % 2000);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", BenchConfig.TEAM);
        form.put("team_domain", "bench-university");
        form.put("channel_id", "C0GENERAL1");
        form.put("channel_name", "general");
        form.put("user_id", user);
        form.put("user_name", "tech-" + user.toLowerCase());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0TECHVOICE");
        form.put("is_enterprise_install", "false");
        form.put("response_url", "https://hooks.slack.com/commands/" + BenchConfig.TEAM + "/" + n + "/bench");
        form.put("trigger_id", n + ".738474920.8088930838d88f008e0");
        byte[] body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
        long timestamp = System.currentTimeMillis() / 1000;
        return HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signer.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String ms(long nanos) {
        return String.format("%.2f", nanos / 1e6);
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 120 ? flat.substring(0, 120) : flat;
    }
}
