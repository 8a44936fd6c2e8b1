package org.techvoice.loop;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;
import org.techvoice.surveys.SurveyProperties;

/**
 * When a workspace's posts may go out: on a working day (Monday to Friday), within the working day the survey reminders
 * use ({@code techvoice.surveys.workday-start}/{@code -end}), in the workspace's time zone.
 */
@Component
class WorkspaceTime {

    private final LoopSettingsStore settings;
    private final SurveyProperties surveys;
    private final Clock clock;

    WorkspaceTime(LoopSettingsStore settings, SurveyProperties surveys, Clock clock) {
        this.settings = settings;
        this.surveys = surveys;
        this.clock = clock;
    }

    ZonedDateTime now(String teamId) {
        return now(settings.settings(teamId).zone());
    }

    ZonedDateTime now(ZoneId zone) {
        return clock.instant().atZone(zone);
    }

    /** Inside the working day. */
    boolean working(ZonedDateTime local) {
        return workingDay(local) && !local.toLocalTime().isBefore(surveys.workdayStart()) && local.toLocalTime().isBefore(surveys.workdayEnd());
    }

    /**
     * A sensible hour for something people read at leisure: a working day, an hour after the working day starts (people
     * have read their mail) until an hour before it ends.
     */
    boolean readingHour(ZonedDateTime local) {
        LocalTime time = local.toLocalTime();
        LocalTime from = surveys.workdayStart().plusHours(1);
        LocalTime until = surveys.workdayEnd().minusHours(1);
        if (!from.isBefore(until)) { // a short working day: the whole of it
            return working(local);
        }
        return workingDay(local) && !time.isBefore(from) && time.isBefore(until);
    }

    static boolean workingDay(ZonedDateTime local) {
        DayOfWeek day = local.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
