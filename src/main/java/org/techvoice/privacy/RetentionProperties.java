package org.techvoice.privacy;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long TechVoice keeps data.
 *
 * @param entries default period for every kind of data not listed in {@code periods} (entries, answers...)
 * @param periods periods for particular kinds, by {@link RetentionParticipant#dataKind()}, e.g. {@code audit: P2Y}
 * @param cron    when the retention job runs (Spring cron, UTC)
 */
@ConfigurationProperties("techvoice.retention")
public record RetentionProperties(
        @DefaultValue("P3Y") Period entries,
        Map<String, Period> periods,
        @DefaultValue("0 15 3 * * *") String cron) {

    public RetentionProperties {
        periods = periods == null ? Map.of() : Map.copyOf(periods);
        if (entries.isNegative() || entries.isZero()) {
            throw new IllegalArgumentException("techvoice.retention.entries must be a positive period such as P3Y");
        }
        periods.forEach((kind, period) -> {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("techvoice.retention.periods." + kind + " must be a positive period");
            }
        });
    }

    /** The period that applies to a kind of data. */
    public Period periodFor(String dataKind) {
        return periods.getOrDefault(dataKind, entries);
    }
}
