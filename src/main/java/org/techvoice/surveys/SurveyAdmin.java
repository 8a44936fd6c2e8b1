package org.techvoice.surveys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@code /tc survey list}, and closing early, extending and cancelling. */
@Service
public class SurveyAdmin {

    private final SurveyRepository surveys;
    private final SurveyLookup lookup;
    private final SurveyAccess access;
    private final SurveyLifecycle lifecycle;
    private final SurveyProperties properties;
    private final Clock clock;

    SurveyAdmin(SurveyRepository surveys, SurveyLookup lookup, SurveyAccess access, SurveyLifecycle lifecycle,
            SurveyProperties properties, Clock clock) {
        this.surveys = surveys;
        this.lookup = lookup;
        this.access = access;
        this.lifecycle = lifecycle;
        this.properties = properties;
        this.clock = clock;
    }

    /** The workspace's surveys (drafts left unfinished are not listed), newest first. */
    @Transactional(readOnly = true)
    public List<SurveySummary> list(String teamId, String userId) {
        access.requireLead(teamId, userId, "manage surveys");
        return surveys.findTop20ByTeamIdAndStatusInOrderByIdDesc(teamId, EnumSet.complementOf(EnumSet.of(SurveyStatus.DRAFT)))
                .stream().map(lookup::summary).toList();
    }

    /** The survey after a change: its reference, its lead, and when it closes now. */
    public record Changed(String reference, String leadUserId, Instant closesAt) {

        static Changed of(Survey survey) {
            return new Changed(survey.reference(), survey.leadUserId(), survey.closesAt());
        }
    }

    @Transactional
    public Changed close(String teamId, String userId, String typed) {
        access.requireLead(teamId, userId, "close surveys");
        Survey survey = lookup.byReference(teamId, typed);
        if (survey.status() != SurveyStatus.OPEN) {
            throw new SurveyProblem(survey.reference() + " is " + survey.status().label().toLowerCase()
                    + ", so there is nothing to close." + (survey.status() == SurveyStatus.SCHEDULED
                    ? " To stop it opening, use `/tc survey cancel " + survey.reference() + "`." : ""));
        }
        lifecycle.close(survey);
        return Changed.of(survey);
    }

    @Transactional
    public Changed cancel(String teamId, String userId, String typed) {
        access.requireLead(teamId, userId, "cancel surveys");
        Survey survey = lookup.byReference(teamId, typed);
        if (survey.status() == SurveyStatus.CLOSED || survey.status() == SurveyStatus.CANCELLED) {
            throw new SurveyProblem(survey.reference() + " is already " + survey.status().label().toLowerCase() + ".");
        }
        lifecycle.cancel(survey);
        return Changed.of(survey);
    }

    /**
     * Moves the closing time: {@code days} (e.g. {@code 7}) from the current closing time, or a date
     * ({@code 2026-12-04}) meaning the end of that day in {@link SurveyProperties#defaultTimeZone()}.
     */
    @Transactional
    public Changed extend(String teamId, String userId, String typedReference, String typedWhen) {
        access.requireLead(teamId, userId, "extend surveys");
        Survey survey = lookup.byReference(teamId, typedReference);
        if (survey.status() != SurveyStatus.OPEN && survey.status() != SurveyStatus.SCHEDULED) {
            throw new SurveyProblem(survey.reference() + " is " + survey.status().label().toLowerCase()
                    + "; only open or scheduled surveys can be extended. Build a new one with `/tc survey new`.");
        }
        Instant closes = newClosing(survey, typedWhen);
        Instant now = clock.instant();
        if (!closes.isAfter(survey.closesAt())) {
            throw new SurveyProblem("That is not later than the current closing time; to close sooner use `/tc survey close "
                    + survey.reference() + "`.");
        }
        if (closes.isAfter(survey.opensAt().plus(SurveyBuilder.LONGEST)) || closes.isBefore(now)) {
            throw new SurveyProblem("A survey can stay open for a year at most; choose an earlier date.");
        }
        survey.extendTo(closes);
        return Changed.of(survey);
    }

    private Instant newClosing(Survey survey, String typed) {
        String when = typed == null ? "" : typed.strip();
        if (when.matches("\\+?\\d{1,3}")) {
            int days = Integer.parseInt(when.replace("+", ""));
            if (days < 1 || days > 180) {
                throw new SurveyProblem("Extend by 1 to 180 days, e.g. `/tc survey extend " + survey.reference() + " 7`.");
            }
            return survey.closesAt().plus(Duration.ofDays(days));
        }
        try {
            return LocalDate.parse(when).plusDays(1).atStartOfDay(ZoneId.of(properties.defaultTimeZone())).toInstant().minusSeconds(60);
        } catch (DateTimeParseException e) {
            throw new SurveyProblem("Say how long to extend by: a number of days (`/tc survey extend " + survey.reference()
                    + " 7`) or a new closing date (`/tc survey extend " + survey.reference() + " 2026-12-04`).");
        }
    }
}
