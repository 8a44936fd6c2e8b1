package org.techvoice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * TechVoice's SQL is PostgreSQL's; on H2 it runs only in H2's PostgreSQL mode with lower-case names and nulls sorted
 * last. A plausible URL without those settings ({@code jdbc:h2:file:/var/lib/techvoice/db}) would start healthy and
 * then answer every request with a 500, so they are checked before anything starts: missing ones are added (and
 * the URL used is logged), and one set to something else stops start-up with the exact URL to use.
 *
 * <p>A file database also gets {@link #FILE_DATABASE_DEFAULTS} where its URL does not set them.
 */
public final class H2CompatibilityCheck implements EnvironmentPostProcessor, Ordered {

    static final String URL = "spring.datasource.url";
    static final String PROPERTY_SOURCE = "techvoiceH2Compatibility";
    private static final String H2 = "jdbc:h2:";
    private static final String CLOSE_ON_EXIT = "DB_CLOSE_ON_EXIT";
    /** The settings TechVoice needs, in the order the README shows them. */
    static final Map<String, String> REQUIRED = requiredSettings();
    /**
     * Added to a file database's URL that does not set them; a value the URL sets is kept. An in-memory database has
     * neither a page cache to size nor a file to close.
     * <ul>
     * <li>{@code CACHE_SIZE=2048}: a 2 MB page cache. H2's own default is 64 MB per GB of heap (16 MB at the production
     * flags' 256 MB). Under a stream of writes (figure 1's 200 {@code /tc log} a second) every page written enters the
     * cache and outlives a young collection or two, so the cache filled the old generation with pages soon dropped:
     * young pauses of 11 to 14 ms and a full collection of 160 to 230 ms every 20 to 40 s. With 2 MB the acks' p99.9
     * fell from 186-226 ms to 37 ms, their worst from 200-250 ms to 51-66 ms (README, Performance), and the draft of
     * 100,000 entries on H2 took no longer (2.7 s against 3.0 s; peak heap 138 MB against 156 MB): it reads each page
     * once, in order.</li>
     * <li>{@code DB_CLOSE_ON_EXIT=FALSE}: H2 otherwise closes the database from a JVM shutdown hook of its own, at the
     * same moment as Spring's graceful shutdown starts, so the requests and jobs that graceful shutdown waits for met
     * "Database is already closed" (an outbox run logged it as the benchmark stopped the app). Spring closes the pool
     * last, and H2 closes the file with its last connection. Not added where the URL sets {@code AUTO_SERVER=TRUE}: H2
     * refuses to open such a database with it.</li>
     * </ul>
     */
    static final Map<String, String> FILE_DATABASE_DEFAULTS = fileDatabaseDefaults();
    private static final List<String> NOT_EMBEDDED_FILES = List.of("mem:", "tcp:", "ssl:");

    private final Log log;

    public H2CompatibilityCheck(DeferredLogFactory logs) {
        this.log = logs.getLog(H2CompatibilityCheck.class);
    }

    /** After every other post-processor (the playground picks its own URL). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(URL);
        if (url == null) {
            return;
        }
        String compatible = compatibleUrl(url);
        String used = withFileDefaults(compatible);
        if (!compatible.equals(url)) {
            log.warn("The H2 database URL lacked settings TechVoice needs; using " + used);
        }
        if (!used.equals(url)) {
            environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(URL, used)));
        }
    }

    /**
     * The URL with the settings TechVoice needs added; any other database's URL unchanged.
     *
     * @throws IllegalStateException when the URL sets one of them to another value, naming the URL to use
     */
    static String compatibleUrl(String url) {
        if (!isH2(url)) {
            return url;
        }
        String[] parts = url.split(";", -1);
        List<String> conflicts = new ArrayList<>();
        Map<String, String> missing = new LinkedHashMap<>(REQUIRED);
        StringBuilder fixed = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.isBlank()) {
                continue;
            }
            String key = key(part);
            String value = value(part);
            String required = REQUIRED.get(key);
            if (required != null) {
                missing.remove(key);
                if (!required.equalsIgnoreCase(value)) {
                    conflicts.add(key + "=" + value);
                    part = key + "=" + required;
                }
            }
            fixed.append(';').append(part);
        }
        missing.forEach((key, value) -> fixed.append(';').append(key).append('=').append(value));
        if (!conflicts.isEmpty()) {
            throw new IllegalStateException("The database URL sets " + String.join(", ", conflicts) + ", but TechVoice needs "
                    + settings() + " on H2. Use SPRING_DATASOURCE_URL=" + fixed);
        }
        return fixed.toString();
    }

    /**
     * An embedded file database's URL with the {@link #FILE_DATABASE_DEFAULTS} it does not set; any other URL unchanged,
     * in memory or on an H2 server ({@code tcp:}, {@code ssl:}), whose own settings are the server's to make.
     */
    static String withFileDefaults(String url) {
        if (!isH2(url)
                || NOT_EMBEDDED_FILES.stream().anyMatch(kind -> url.regionMatches(true, H2.length(), kind, 0, kind.length()))) {
            return url;
        }
        List<String> settings = Arrays.stream(url.split(";", -1)).skip(1).toList();
        List<String> set = settings.stream().map(H2CompatibilityCheck::key).toList();
        // H2 refuses to open a database shared with other processes (AUTO_SERVER=TRUE) that it would not close at exit
        // ("Feature not supported"), so such a URL keeps H2's own closing
        boolean autoServer = settings.stream().anyMatch(setting -> key(setting).equals("AUTO_SERVER") && value(setting).equalsIgnoreCase("TRUE"));
        StringBuilder completed = new StringBuilder(url);
        FILE_DATABASE_DEFAULTS.forEach((key, value) -> {
            if (!set.contains(key) && !(autoServer && key.equals(CLOSE_ON_EXIT))) {
                completed.append(';').append(key).append('=').append(value);
            }
        });
        return completed.toString();
    }

    private static boolean isH2(String url) {
        return url.regionMatches(true, 0, H2, 0, H2.length());
    }

    /** A URL setting's value as H2 reads it: {@code "auto_server = true "} is {@code true}; empty when it has none. */
    private static String value(String setting) {
        int equals = setting.indexOf('=');
        return equals < 0 ? "" : setting.substring(equals + 1).trim();
    }

    /** A URL setting's name as H2 reads it: {@code " cache_size =2048"} is {@code CACHE_SIZE}. */
    private static String key(String setting) {
        int equals = setting.indexOf('=');
        return (equals < 0 ? setting : setting.substring(0, equals)).trim().toUpperCase(Locale.ROOT);
    }

    private static String settings() {
        return String.join(";", REQUIRED.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static Map<String, String> fileDatabaseDefaults() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("CACHE_SIZE", "2048");
        settings.put(CLOSE_ON_EXIT, "FALSE");
        return Collections.unmodifiableMap(settings);
    }

    private static Map<String, String> requiredSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("MODE", "PostgreSQL");
        settings.put("DATABASE_TO_LOWER", "TRUE");
        settings.put("DEFAULT_NULL_ORDERING", "HIGH");
        return Collections.unmodifiableMap(settings);
    }
}
