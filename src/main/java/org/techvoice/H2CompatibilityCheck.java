package org.techvoice;

import java.util.ArrayList;
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
 */
public final class H2CompatibilityCheck implements EnvironmentPostProcessor, Ordered {

    static final String URL = "spring.datasource.url";
    static final String PROPERTY_SOURCE = "techvoiceH2Compatibility";
    /** The settings TechVoice needs, in the order the README shows them. */
    static final Map<String, String> REQUIRED = requiredSettings();

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
        if (!compatible.equals(url)) {
            log.warn("The H2 database URL lacked settings TechVoice needs; using " + compatible);
            environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(URL, compatible)));
        }
    }

    /**
     * The URL with the settings TechVoice needs added; any other database's URL unchanged.
     *
     * @throws IllegalStateException when the URL sets one of them to another value, naming the URL to use
     */
    static String compatibleUrl(String url) {
        if (!url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
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
            int equals = part.indexOf('=');
            String key = (equals < 0 ? part : part.substring(0, equals)).trim().toUpperCase(Locale.ROOT);
            String value = equals < 0 ? "" : part.substring(equals + 1).trim();
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

    private static String settings() {
        return String.join(";", REQUIRED.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static Map<String, String> requiredSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("MODE", "PostgreSQL");
        settings.put("DATABASE_TO_LOWER", "TRUE");
        settings.put("DEFAULT_NULL_ORDERING", "HIGH");
        return java.util.Collections.unmodifiableMap(settings);
    }
}
