package org.techvoice.surveys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.outbox.MessageContent;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.surveys.FieldErrors.Problem;
import org.techvoice.surveys.FieldErrors.Reason;
import org.techvoice.themes.Theme;

/**
 * The survey builder behind the modal: settings first (a draft is saved), then questions one by one, then
 * scheduling. Every field a person types is validated here and answered with a {@link FieldErrors.Problem} per field.
 */
@Service
public class SurveyBuilder {

    /** Keeps the builder's question list and every answer page well inside Slack's 100 blocks per modal. */
    public static final int MAX_QUESTIONS = 40;
    static final int MAX_TITLE = 150;
    static final int MAX_INTRODUCTION = 1000;
    static final Duration LONGEST = Duration.ofDays(366);

    private final SurveyRepository surveys;
    private final SurveyQuestionRepository questions;
    private final SurveyLookup lookup;
    private final SurveyAccess access;
    private final SurveyDirectory directory;
    private final SurveyMessages messages;
    private final Outbox outbox;
    private final Clock clock;

    SurveyBuilder(SurveyRepository surveys, SurveyQuestionRepository questions, SurveyLookup lookup, SurveyAccess access,
            SurveyDirectory directory, SurveyMessages messages, Outbox outbox, Clock clock) {
        this.surveys = surveys;
        this.questions = questions;
        this.lookup = lookup;
        this.access = access;
        this.directory = directory;
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Checked before the builder opens, so a non-lead is told at once rather than after filling it in. */
    public void requireBuilder(String teamId, String userId) {
        access.requireLead(teamId, userId, SurveyProblem.LeadAction.BUILD);
    }

    /** Result of the first page: a {@link Drafted} survey, or the {@link FieldErrors} to fix (nothing saved). */
    public sealed interface Started {
    }

    /** The draft was saved as survey {@code surveyId}; its questions come next. */
    public record Drafted(long surveyId) implements Started {
    }

    /** Nothing was saved: these fields need fixing. */
    public record Invalid(FieldErrors errors) implements Started {
    }

    @Transactional
    public Started start(String teamId, String userId, BuilderInput input) {
        access.requireLead(teamId, userId, SurveyProblem.LeadAction.BUILD);
        Map<SurveyField, FieldErrors.Problem> errors = new LinkedHashMap<>();
        String title = input.title() == null ? "" : input.title().strip();
        if (title.isEmpty()) {
            errors.put(SurveyField.TITLE, Problem.of(Reason.MISSING));
        } else if (title.length() > MAX_TITLE) {
            errors.put(SurveyField.TITLE, Problem.over(Reason.TOO_LONG, MAX_TITLE));
        }
        String intro = input.introduction() == null ? null : input.introduction().strip();
        if (intro != null && intro.length() > MAX_INTRODUCTION) {
            errors.put(SurveyField.INTRODUCTION, Problem.over(Reason.TOO_LONG, MAX_INTRODUCTION));
        }
        AudienceKind kind = Arrays.stream(AudienceKind.values()).filter(k -> k.name().equals(input.audienceKind())).findFirst().orElse(null);
        String audienceRef = null;
        if (kind == null) {
            errors.put(SurveyField.AUDIENCE, Problem.of(Reason.MISSING));
        } else if (kind == AudienceKind.CHANNEL) {
            if (input.channelId() == null || input.channelId().isBlank()) {
                errors.put(SurveyField.CHANNEL, Problem.of(Reason.MISSING));
            }
            audienceRef = input.channelId();
        } else if (kind == AudienceKind.USER_GROUP) {
            audienceRef = userGroup(teamId, input.userGroup(), errors);
        }
        Instant now = clock.instant();
        Instant opens = input.opensAt() == null || input.opensAt().isBefore(now) ? now : input.opensAt();
        if (input.closesAt() == null) {
            errors.put(SurveyField.CLOSES, Problem.of(Reason.MISSING));
        } else if (!input.closesAt().isAfter(opens.plus(Duration.ofHours(1)))) {
            errors.put(SurveyField.CLOSES, Problem.of(Reason.CLOSES_TOO_SOON));
        } else if (input.closesAt().isAfter(opens.plus(LONGEST))) {
            errors.put(SurveyField.CLOSES, Problem.of(Reason.OPEN_TOO_LONG));
        }
        if (input.opensAt() != null && input.opensAt().isAfter(now.plus(LONGEST))) {
            errors.put(SurveyField.OPENS, Problem.of(Reason.OPENS_TOO_LATE));
        }
        if (!errors.isEmpty()) {
            return new Invalid(new FieldErrors(errors));
        }
        SurveySettings settings = new SurveySettings(title, intro == null || intro.isEmpty() ? null : intro, input.anonymous(),
                kind, audienceRef, input.opensAt(), input.closesAt(), Math.max(0, Math.min(input.reminderEveryDays(), 14)));
        Survey survey = surveys.save(new Survey(teamId, userId, withOpening(settings, opens), now));
        SurveyTemplate template = SurveyTemplate.byName(input.template()).orElse(SurveyTemplate.BLANK);
        int seq = 1;
        for (QuestionSpec spec : template.questions()) {
            questions.save(new SurveyQuestion(teamId, survey.id(), seq++, spec));
        }
        return new Drafted(survey.id());
    }

    private static SurveySettings withOpening(SurveySettings s, Instant opens) {
        return new SurveySettings(s.title(), s.introduction(), s.anonymous(), s.audienceKind(), s.audienceRef(), opens,
                s.closesAt(), s.reminderEveryDays());
    }

    private String userGroup(String teamId, String typed, Map<SurveyField, FieldErrors.Problem> errors) {
        if (typed == null || typed.isBlank()) {
            errors.put(SurveyField.USER_GROUP, Problem.of(Reason.MISSING));
            return null;
        }
        try {
            Optional<SurveyDirectory.UserGroup> group = directory.findUserGroup(teamId, typed.strip());
            if (group.isEmpty()) {
                errors.put(SurveyField.USER_GROUP, new Problem(Reason.NO_SUCH_USER_GROUP, 0, typed.strip()));
                return null;
            }
            return group.get().id();
        } catch (SurveyDirectory.DirectoryUnavailable e) {
            errors.put(SurveyField.USER_GROUP, Problem.of(Reason.DIRECTORY_UNAVAILABLE));
            return null;
        }
    }

    /** The draft as its builder sees it. */
    @Transactional(readOnly = true)
    public DraftView draft(String teamId, String userId, long surveyId) {
        Survey survey = editableDraft(teamId, userId, surveyId);
        return new DraftView(lookup.summary(survey), lookup.questions(survey));
    }

    /** A survey being built and its questions so far. */
    public record DraftView(SurveySummary survey, List<SurveyQuestionView> questions) {
    }

    @Transactional
    public FieldErrors addQuestion(String teamId, String userId, long surveyId, QuestionInput input) {
        Survey survey = editableDraft(teamId, userId, surveyId);
        Map<SurveyField, FieldErrors.Problem> errors = new LinkedHashMap<>();
        long count = questions.countByTeamIdAndSurveyId(teamId, survey.id());
        String text = input.text() == null ? "" : input.text().strip();
        if (count >= MAX_QUESTIONS) {
            errors.put(SurveyField.QUESTION_TEXT, Problem.over(Reason.TOO_MANY_QUESTIONS, MAX_QUESTIONS));
        } else if (text.isEmpty()) {
            errors.put(SurveyField.QUESTION_TEXT, Problem.of(Reason.MISSING));
        } else if (text.length() > QuestionSpec.MAX_TEXT) {
            errors.put(SurveyField.QUESTION_TEXT, Problem.over(Reason.TOO_LONG, QuestionSpec.MAX_TEXT));
        }
        QuestionType type = enumOf(QuestionType.class, input.type());
        if (type == null) {
            errors.put(SurveyField.QUESTION_TYPE, Problem.of(Reason.MISSING));
        }
        Theme theme = enumOf(Theme.class, input.theme());
        if (theme == null) {
            errors.put(SurveyField.QUESTION_THEME, Problem.of(Reason.MISSING));
        }
        List<String> choices = choices(input.choices());
        if (type != null && type.hasChoices()) {
            if (choices.size() < QuestionSpec.MIN_CHOICES || choices.size() > QuestionSpec.MAX_CHOICES) {
                errors.put(SurveyField.CHOICES, Problem.over(Reason.CHOICE_COUNT, QuestionSpec.MAX_CHOICES));
            } else if (choices.stream().anyMatch(c -> c.length() > QuestionSpec.MAX_CHOICE_LENGTH)) {
                errors.put(SurveyField.CHOICES, Problem.over(Reason.TOO_LONG, QuestionSpec.MAX_CHOICE_LENGTH));
            } else if (choices.stream().distinct().count() != choices.size()) {
                errors.put(SurveyField.CHOICES, Problem.of(Reason.CHOICES_REPEATED));
            }
        }
        if (!errors.isEmpty()) {
            return new FieldErrors(errors);
        }
        QuestionSpec spec = new QuestionSpec(type, theme, text, type.hasChoices() ? choices : List.of(),
                cut(input.lowLabel()), cut(input.highLabel()));
        questions.save(new SurveyQuestion(teamId, survey.id(), (int) count + 1, spec));
        return FieldErrors.none();
    }

    /** Completes the draft; the opening job sends it at its opening time. */
    @Transactional
    public FieldErrors schedule(String teamId, String userId, long surveyId) {
        Survey survey = editableDraft(teamId, userId, surveyId);
        if (questions.countByTeamIdAndSurveyId(teamId, survey.id()) == 0) {
            return new FieldErrors(Map.of(SurveyField.QUESTIONS, Problem.of(Reason.NO_QUESTIONS)));
        }
        survey.schedule();
        SurveyNote note = new SurveyNote.Scheduled(survey.reference(), survey.title(), survey.opensAt(), survey.closesAt());
        MessageContent told = messages.note(note);
        outbox.enqueue(OutboundMessage.directMessage(teamId, "survey:%d:scheduled".formatted(survey.id()), userId,
                told.text(), told.blocksJson()));
        return FieldErrors.none();
    }

    private Survey editableDraft(String teamId, String userId, long surveyId) {
        access.requireLead(teamId, userId, SurveyProblem.LeadAction.BUILD);
        Survey survey = lookup.byId(teamId, surveyId);
        if (survey.status() != SurveyStatus.DRAFT) {
            throw SurveyProblem.about(SurveyProblem.Reason.QUESTIONS_FIXED, survey);
        }
        return survey;
    }

    private static List<String> choices(String typed) {
        if (typed == null) {
            return List.of();
        }
        List<String> choices = new ArrayList<>();
        for (String line : typed.split("\\R")) {
            if (!line.isBlank()) {
                choices.add(line.strip());
            }
        }
        return choices;
    }

    private static String cut(String label) {
        if (label == null) {
            return null;
        }
        String stripped = label.strip();
        return stripped.length() > 50 ? stripped.substring(0, 50) : stripped;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }
}
