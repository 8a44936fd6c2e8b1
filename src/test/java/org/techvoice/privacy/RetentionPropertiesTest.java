package org.techvoice.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RetentionPropertiesTest {

    @Test
    void kindsWithoutTheirOwnPeriodKeepTheEntriesPeriod() {
        RetentionProperties properties = new RetentionProperties(Period.ofYears(3), Map.of("audit", Period.ofYears(2)), "0 0 3 * * *");

        assertThat(properties.periodFor("audit")).isEqualTo(Period.ofYears(2));
        assertThat(properties.periodFor("voice")).isEqualTo(Period.ofYears(3));
        assertThat(new RetentionProperties(Period.ofYears(1), null, "0 0 3 * * *").periodFor("audit")).isEqualTo(Period.ofYears(1));
    }

    @Test
    void zeroOrNegativePeriodsAreRejectedAtStartUp() {
        assertThatThrownBy(() -> new RetentionProperties(Period.ZERO, Map.of(), "0 0 3 * * *"))
                .hasMessageContaining("techvoice.retention.entries must be a positive period");
        assertThatThrownBy(() -> new RetentionProperties(Period.ofYears(3), Map.of("outbox", Period.ofDays(-1)), "0 0 3 * * *"))
                .hasMessageContaining("techvoice.retention.periods.outbox must be a positive period");
    }
}
