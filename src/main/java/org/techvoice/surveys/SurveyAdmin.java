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
        access.requireLead(teamId, userId, SurveyProblem.LeadAction.MANAGE);
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
        access.requireLead(teamId, userId, SurveyProblem.LeadAction.CLOSE);
        Survey survey = lookup.byReference(teamId, typed);
        if (survey.status() != SurveyStatus.OPEN) {
            throw SurveyProblem.about(SurveyProblem.Reason.NOTHING_TO_CLOSE, survey);
        }
        lifecycle.close(survey);
        return Changed.of(survey);
    }

    @Transactional
    public Changed cancel(String teamId, String userId, String typed) {
        access.requireLead(teamId, userId, SurveyProblem.LeadAction.CANCEL);
        Survey survey = lookup.byReference(teamId, typed);
        if (survey.status() == SurveyStatus.CLOSED || survey.status() == SurveyStatus.CANCELLED) {
            throw SurveyProblem.about(SurveyProblem.Reason.ALREADY_ENDED, survey);
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
        access.requireLead(teamId, userId, SurveyProblem.LeadAction.EXTEND);
        Survey survey = lookup.byReference(teamId, typedReference);
        if (survey.status() != SurveyStatus.OPEN && survey.status() != SurveyStatus.SCHEDULED) {
            throw SurveyProblem.about(SurveyProblem.Reason.CANNOT_EXTEND, survey);
        }
        Instant closes = newClosing(survey, typedWhen);
        Instant now = clock.instant();
        if (!closes.isAfter(survey.closesAt())) {
            throw SurveyProblem.about(SurveyProblem.Reason.EXTENSION_NOT_LATER, survey);
        }
        if (closes.isAfter(survey.opensAt().plus(SurveyBuilder.LONGEST)) || closes.isBefore(now)) {
            throw SurveyProblem.about(SurveyProblem.Reason.EXTENSION_TOO_LONG, survey);
        }
        survey.extendTo(closes);
        return Changed.of(survey);
    }

    private Instant newClosing(Survey survey, String typed) {
        String when = typed == null ? "" : typed.strip();
        if (when.matches("\\+?\\d{1,3}")) {
            int days = Integer.parseInt(when.replace("+", ""));
            if (days < 1 || days > 180) {
                throw SurveyProblem.about(SurveyProblem.Reason.EXTENSION_DAYS_OUT_OF_RANGE, survey);
            }
            return survey.closesAt().plus(Duration.ofDays(days));
        }
        try {
            return LocalDate.parse(when).plusDays(1).atStartOfDay(ZoneId.of(properties.defaultTimeZone())).toInstant().minusSeconds(60);
        } catch (DateTimeParseException e) {
            throw SurveyProblem.about(SurveyProblem.Reason.EXTENSION_UNREADABLE, survey);
        }
    }
}
