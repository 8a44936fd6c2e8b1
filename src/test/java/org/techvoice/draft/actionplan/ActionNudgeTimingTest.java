package org.techvoice.draft.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.techvoice.people.WorkingHours;

/** When an owner's nudge is due: a month after the last update or nudge, in their working hours, in their zone. */
class ActionNudgeTimingTest {

    static final WorkingHours HOURS = new WorkingHours(ZoneId.of("Europe/London"), LocalTime.of(9, 0), LocalTime.of(17, 0));
    static final Instant LAST_UPDATE = Instant.parse("2030-01-15T10:00:00Z");

    @Test
    void notBeforeAMonthHasPassedSinceTheLastUpdate() {
        Clock dayBefore = Clock.fixed(Instant.parse("2030-02-14T10:00:00Z"), ZoneOffset.UTC);
        Clock monthAfter = Clock.fixed(Instant.parse("2030-02-15T10:00:00Z"), ZoneOffset.UTC);

        assertThat(ActionNudges.due(LAST_UPDATE, HOURS.local(dayBefore.instant(), "Europe/London"), HOURS)).isFalse();
        assertThat(ActionNudges.due(LAST_UPDATE, HOURS.local(monthAfter.instant(), "Europe/London"), HOURS)).isTrue();
    }

    @Test
    void onlyInTheOwnersWorkingHoursInTheirOwnZone() {
        // Friday 15 February 2030, 10:00 UTC: working time in London, 05:00 in New York
        Instant morning = Clock.fixed(Instant.parse("2030-02-15T10:00:00Z"), ZoneOffset.UTC).instant();
        assertThat(ActionNudges.due(LAST_UPDATE, HOURS.local(morning, "America/New_York"), HOURS)).isFalse();
        assertThat(ActionNudges.due(LAST_UPDATE, HOURS.local(morning.plusSeconds(5 * 3600), "America/New_York"), HOURS)).isTrue();
        // Saturday in London is never working time; an unknown zone falls back to the default one
        assertThat(ActionNudges.due(LAST_UPDATE, HOURS.local(Instant.parse("2030-02-16T10:00:00Z"), "Europe/London"), HOURS)).isFalse();
        assertThat(HOURS.zoneOf("Mars/Olympus")).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void theOwnerIsAMentionOrAUserIdAndNothingElse() {
        assertThat(ActionOwner.userId("<@U0OWNER01>")).contains("U0OWNER01");
        assertThat(ActionOwner.userId(" <@U0OWNER01|sam> ")).contains("U0OWNER01");
        assertThat(ActionOwner.userId("U0OWNER01")).contains("U0OWNER01");
        assertThat(ActionOwner.userId("Head of Technical Services")).isEmpty();
        assertThat(ActionOwner.userId("<@U0OWNER01> and <@U0OWNER02>")).isEmpty();
        assertThat(ActionOwner.userId(null)).isEmpty();
    }
}
