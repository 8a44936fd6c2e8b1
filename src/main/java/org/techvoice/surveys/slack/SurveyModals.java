package org.techvoice.surveys.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.conversationsSelect;
import static com.slack.api.model.block.element.BlockElements.datetimePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.techvoice.slack.Modals;
import org.techvoice.slack.SlackReplies;
import org.techvoice.surveys.AnswerForm;
import org.techvoice.surveys.AudienceKind;
import org.techvoice.surveys.FieldErrors;
import org.techvoice.surveys.QuestionSpec;
import org.techvoice.surveys.QuestionType;
import org.techvoice.surveys.SurveyAnswering;
import org.techvoice.surveys.SurveyBuilder;
import org.techvoice.surveys.SurveyField;
import org.techvoice.surveys.SurveyQuestionView;
import org.techvoice.surveys.SurveySummary;
import org.techvoice.surveys.SurveyTemplate;
import org.techvoice.themes.Theme;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ConversationsFilter;
import com.slack.api.model.view.View;

/** The survey modals: builder pages, the pushed add-question page, answer pages and their endings. */
@Component
class SurveyModals {

    static final String BUILDER = "survey_builder";
    static final String QUESTIONS = "survey_questions";
    static final String ADD_QUESTION = "survey_question";
    static final String ANSWER = "survey_answer";
    static final String ADD_QUESTION_ACTION = "survey_add_question";
    static final String ANSWER_ACTION = "survey_answer_open";
    static final String TEMPLATE = "template";
    static final String ANONYMITY = "anonymity";
    static final String REMINDERS = "reminders";
    static final String LOW_LABEL = "low_label";
    static final String HIGH_LABEL = "high_label";
    // the builder's fields: each block id is its field's, so the builder's errors land beside it
    static final String TITLE = Modals.blockId(SurveyField.TITLE);
    static final String INTRODUCTION = Modals.blockId(SurveyField.INTRODUCTION);
    static final String AUDIENCE = Modals.blockId(SurveyField.AUDIENCE);
    static final String CHANNEL = Modals.blockId(SurveyField.CHANNEL);
    static final String USER_GROUP = Modals.blockId(SurveyField.USER_GROUP);
    static final String OPENS = Modals.blockId(SurveyField.OPENS);
    static final String CLOSES = Modals.blockId(SurveyField.CLOSES);
    static final String QUESTION_TEXT = Modals.blockId(SurveyField.QUESTION_TEXT);
    static final String QUESTION_TYPE = Modals.blockId(SurveyField.QUESTION_TYPE);
    static final String QUESTION_THEME = Modals.blockId(SurveyField.QUESTION_THEME);
    static final String CHOICES = Modals.blockId(SurveyField.CHOICES);
    static final String QUESTION_LIST = Modals.blockId(SurveyField.QUESTIONS);

    /** The builder's errors by block id, for {@code response_action: errors}. */
    static Map<String, String> blockErrors(FieldErrors errors) {
        Map<String, String> byBlock = new LinkedHashMap<>();
        errors.byField().forEach((field, problem) -> byBlock.put(Modals.blockId(field), SurveyProblems.text(field, problem)));
        return byBlock;
    }

    View builder() {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(input(i -> i.blockId(TITLE).label(plainText("Title"))
                .element(plainTextInput(p -> p.actionId(Modals.VALUE).maxLength(150)
                        .placeholder(plainText("e.g. Technician voice 2026"))))));
        blocks.add(input(i -> i.blockId(INTRODUCTION).label(plainText("Introduction")).optional(true)
                .hint(plainText("Shown in the invitation: why you are asking and what will happen with the answers."))
                .element(plainTextInput(p -> p.actionId(Modals.VALUE).multiline(true).maxLength(1000)))));
        blocks.add(input(i -> i.blockId(TEMPLATE).label(plainText("Start from")).optional(true)
                .hint(plainText("Template questions are copied in; you can add more on the next page."))
                .element(staticSelect(s -> s.actionId(Modals.VALUE).placeholder(plainText("Blank survey"))
                        .options(Arrays.stream(SurveyTemplate.values())
                                .map(t -> option(plainText(t.title() + (t.questions().isEmpty() ? "" : " (" + t.questions().size() + " questions)")), t.name()))
                                .toList())))));
        OptionObject anonymous = option(plainText("Anonymous: answers are never linked to names"), "anonymous");
        blocks.add(input(i -> i.blockId(ANONYMITY).label(plainText("Who can see answers"))
                .element(radioButtons(r -> r.actionId(Modals.VALUE).initialOption(anonymous).options(List.of(anonymous,
                        option(plainText("Attributed: leads see who said what"), "attributed")))))));
        OptionObject technicians = option(plainText("Everyone registered as a technician in TechVoice"), AudienceKind.TECHNICIANS.name());
        blocks.add(input(i -> i.blockId(AUDIENCE).label(plainText("Send to"))
                .element(radioButtons(r -> r.actionId(Modals.VALUE).initialOption(technicians).options(List.of(technicians,
                        option(plainText("Members of a channel (choose it below)"), AudienceKind.CHANNEL.name()),
                        option(plainText("A user group (type its handle below)"), AudienceKind.USER_GROUP.name())))))));
        blocks.add(input(i -> i.blockId(CHANNEL).label(plainText("Channel")).optional(true)
                .element(conversationsSelect(c -> c.actionId(Modals.VALUE)
                        .filter(ConversationsFilter.builder().include(List.of("public", "private")).excludeBotUsers(true).build())))));
        blocks.add(input(i -> i.blockId(USER_GROUP).label(plainText("User group")).optional(true)
                .element(plainTextInput(p -> p.actionId(Modals.VALUE).maxLength(80).placeholder(plainText("@lab-technicians"))))));
        blocks.add(input(i -> i.blockId(OPENS).label(plainText("Opens")).optional(true)
                .hint(plainText("Leave empty to open as soon as it is scheduled."))
                .element(datetimePicker(d -> d.actionId(Modals.VALUE)))));
        blocks.add(input(i -> i.blockId(CLOSES).label(plainText("Closes"))
                .element(datetimePicker(d -> d.actionId(Modals.VALUE)))));
        OptionObject none = option(plainText("No reminders"), "0");
        blocks.add(input(i -> i.blockId(REMINDERS).label(plainText("Remind those who have not answered"))
                .hint(plainText("In each person's working hours, never at weekends, never after closing."))
                .element(staticSelect(s -> s.actionId(Modals.VALUE).initialOption(none).options(List.of(none,
                        option(plainText("Every 2 working days"), "2"), option(plainText("Every 3 days"), "3"),
                        option(plainText("Weekly"), "7")))))));
        return view(v -> v.type("modal").callbackId(BUILDER).title(viewTitle(t -> t.type("plain_text").text("New survey")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Next: questions")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    View questions(SurveySummary survey, List<SurveyQuestionView> questions) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("*" + SlackReplies.escape(survey.title()) + "* (" + survey.reference() + ", "
                + (survey.anonymous() ? "anonymous" : "attributed") + ")"))));
        blocks.add(divider());
        if (questions.isEmpty()) {
            blocks.add(section(s -> s.blockId(QUESTION_LIST).text(markdownText("_No questions yet. Add the first one._"))));
        }
        for (SurveyQuestionView q : questions) {
            blocks.add(section(s -> s.text(markdownText("*Q" + q.number() + ".* " + SlackReplies.escape(q.spec().text()) + "\n"
                    + describe(q.spec())))));
        }
        if (questions.size() < SurveyBuilder.MAX_QUESTIONS) {
            blocks.add(actions(a -> a.blockId(questions.isEmpty() ? "add" : QUESTION_LIST).elements(List.of(
                    button(b -> b.actionId(ADD_QUESTION_ACTION).value(Long.toString(survey.id())).text(plainText("Add a question")))))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText("Scheduling sends it at its opening time to everyone in the audience. "
                + (questions.size() > ANSWER_PAGE ? "People answer " + ANSWER_PAGE + " questions per page." : ""))))));
        return view(v -> v.type("modal").callbackId(QUESTIONS).privateMetadata(Long.toString(survey.id()))
                .title(viewTitle(t -> t.type("plain_text").text("Survey questions")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Schedule survey")))
                .close(viewClose(c -> c.type("plain_text").text("Finish later")))
                .blocks(blocks));
    }

    private static final int ANSWER_PAGE = SurveyAnswering.PAGE_SIZE;

    private static String describe(QuestionSpec spec) {
        String detail = switch (spec.type()) {
            case RATING -> "1 (" + spec.lowLabel() + ") to 5 (" + spec.highLabel() + ")";
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> String.join(" · ", spec.choices());
            case FREE_TEXT -> "free text";
        };
        return "_" + spec.type().label() + ", " + spec.theme().displayName() + "_ — " + SlackReplies.escape(detail);
    }

    View addQuestion(long surveyId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(input(i -> i.blockId(QUESTION_TEXT).label(plainText("Question"))
                .element(plainTextInput(p -> p.actionId(Modals.VALUE).maxLength(QuestionSpec.MAX_TEXT)
                        .placeholder(plainText("e.g. I know how to progress my career here"))))));
        blocks.add(input(i -> i.blockId(QUESTION_TYPE).label(plainText("Kind of answer"))
                .element(staticSelect(s -> s.actionId(Modals.VALUE).options(List.of(
                        option(plainText("Rating 1–5 (agree/disagree)"), QuestionType.RATING.name()),
                        option(plainText("Single choice"), QuestionType.SINGLE_CHOICE.name()),
                        option(plainText("Multiple choice"), QuestionType.MULTIPLE_CHOICE.name()),
                        option(plainText("Free text"), QuestionType.FREE_TEXT.name())))))));
        blocks.add(input(i -> i.blockId(QUESTION_THEME).label(plainText("Theme"))
                .element(staticSelect(s -> s.actionId(Modals.VALUE).options(Arrays.stream(Theme.values())
                        .map(t -> option(plainText(t.displayName()), t.name())).toList())))));
        blocks.add(input(i -> i.blockId(CHOICES).label(plainText("Options (choice questions)")).optional(true)
                .hint(plainText("One per line, 2 to " + QuestionSpec.MAX_CHOICES + "."))
                .element(plainTextInput(p -> p.actionId(Modals.VALUE).multiline(true).maxLength(900)))));
        blocks.add(input(i -> i.blockId(LOW_LABEL).label(plainText("Label for 1 (ratings)")).optional(true)
                .element(plainTextInput(p -> p.actionId(Modals.VALUE).maxLength(50).placeholder(plainText(QuestionSpec.DEFAULT_LOW))))));
        blocks.add(input(i -> i.blockId(HIGH_LABEL).label(plainText("Label for 5 (ratings)")).optional(true)
                .element(plainTextInput(p -> p.actionId(Modals.VALUE).maxLength(50).placeholder(plainText(QuestionSpec.DEFAULT_HIGH))))));
        return view(v -> v.type("modal").callbackId(ADD_QUESTION).privateMetadata(Long.toString(surveyId))
                .title(viewTitle(t -> t.type("plain_text").text("Add a question")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Add")))
                .close(viewClose(c -> c.type("plain_text").text("Back")))
                .blocks(blocks));
    }

    View answer(AnswerForm form) {
        SurveySummary survey = form.survey();
        List<LayoutBlock> blocks = new ArrayList<>();
        if (form.page() == 0) {
            blocks.add(section(s -> s.text(markdownText("*" + SlackReplies.escape(survey.title()) + "*"
                    + (survey.introduction() == null ? "" : "\n" + SlackReplies.escape(survey.introduction()))))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(whoSees(survey)
                + (form.previous().isEmpty() ? "" : " You answered before: change anything and submit again."))))));
        for (SurveyQuestionView q : form.questions()) {
            blocks.add(input(i -> i.blockId(Long.toString(q.id()))
                    .label(plainText(SlackReplies.truncate("Q" + q.number() + ". " + q.spec().text(), 2000)))
                    .optional(q.spec().type() == QuestionType.FREE_TEXT)
                    .element(element(q, form.previous().getOrDefault(q.id(), List.of())))));
        }
        String title = form.pageCount() > 1 ? "Survey (" + (form.page() + 1) + "/" + form.pageCount() + ")" : "Survey";
        return view(v -> v.type("modal").callbackId(ANSWER).privateMetadata(survey.id() + ":" + form.page())
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .submit(viewSubmit(s -> s.type("plain_text").text(form.lastPage() ? "Submit answers" : "Next page")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    static String whoSees(SurveySummary survey) {
        return survey.anonymous()
                ? ":lock: Anonymous: your name is never stored with your answers, and results for small groups are withheld."
                : ":bust_in_silhouette: Attributed: the survey's lead can see your name with your answers.";
    }

    private static BlockElement element(SurveyQuestionView q, List<String> previous) {
        QuestionSpec spec = q.spec();
        List<OptionObject> options = new ArrayList<>();
        for (String value : spec.options()) {
            options.add(option(plainText(label(spec, value)), value));
        }
        List<OptionObject> chosen = options.stream().filter(o -> previous.contains(o.getValue())).toList();
        return switch (spec.type()) {
            case RATING, SINGLE_CHOICE -> radioButtons(r -> r.actionId(Modals.VALUE).options(options)
                    .initialOption(chosen.isEmpty() ? null : chosen.get(0)));
            case MULTIPLE_CHOICE -> checkboxes(c -> c.actionId(Modals.VALUE).options(options).initialOptions(chosen.isEmpty() ? null : chosen));
            case FREE_TEXT -> plainTextInput(p -> p.actionId(Modals.VALUE).multiline(true).maxLength(1000)
                    .initialValue(previous.isEmpty() ? null : previous.get(0)));
        };
    }

    private static String label(QuestionSpec spec, String value) {
        if (spec.type() != QuestionType.RATING) {
            return value;
        }
        return switch (value) {
            case "1" -> "1 – " + spec.lowLabel();
            case "5" -> "5 – " + spec.highLabel();
            default -> value;
        };
    }

    View notice(String title, String mrkdwn) {
        return view(v -> v.type("modal").title(viewTitle(t -> t.type("plain_text").text(title)))
                .close(viewClose(c -> c.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.text(markdownText(SlackReplies.truncate(mrkdwn, SlackReplies.SECTION_TEXT_LIMIT)))))));
    }
}
