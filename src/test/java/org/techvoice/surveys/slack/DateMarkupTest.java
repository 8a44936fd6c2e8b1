package org.techvoice.surveys.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class DateMarkupTest {

    @Test
    void slackFormatsTheMomentForEachReaderAndTheFallbackIsReadableUtc() {
        Instant closes = Instant.parse("2026-12-09T07:05:23.842097Z");

        assertThat(DateMarkup.of(closes)).isEqualTo("<!date^1796799923^{date_short_pretty} at {time}|9 Dec 2026, 07:05 UTC>");
    }
}
