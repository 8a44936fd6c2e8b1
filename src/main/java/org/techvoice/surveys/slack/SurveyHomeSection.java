package org.techvoice.surveys.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.slack.HomeSection;
import org.techvoice.slack.SlackReplies;
import org.techvoice.surveys.SurveyAdmin;
import org.techvoice.surveys.SurveyStatus;
import org.techvoice.surveys.SurveySummary;

import com.slack.api.model.block.LayoutBlock;

/** The leads' (and admins') surveys on the App Home: the newest few with their state, a Results button each, and New survey. */
@Component
class SurveyHomeSection implements HomeSection {

    static final String NEW = "home_survey_new";
    static final String RESULTS = "home_survey_results";
    static final int SHOWN = 5;

    private final RoleService roles;
    private final SurveyAdmin admin;

    SurveyHomeSection(RoleService roles, SurveyAdmin admin) {
        this.roles = roles;
        this.admin = admin;
    }

    @Override
    public int order() {
        // after the review of findings (20)
        return 25;
    }

    @Override
    public List<LayoutBlock> blocks(String teamId, String userId) {
        if (!roles.hasRole(teamId, userId, Role.LEAD)) {
            return List.of();
        }
        List<SurveySummary> surveys = admin.list(teamId, userId);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(divider());
        blocks.add(header(h -> h.text(plainText("Surveys"))));
        if (surveys.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("No surveys yet. The *Technician voice baseline* template asks ten questions "
                    + "across the four themes; a termly pulse shows whether anything changed."))));
        }
        for (SurveySummary survey : surveys.stream().limit(SHOWN).toList()) {
            String line = "*" + survey.reference() + "* " + SlackReplies.escape(survey.title()) + "\n" + survey.status().label() + " · "
                    + SurveyReportBlocks.answered(survey) + " · " + SurveySubcommand.closing(survey);
            boolean hasResults = survey.status() == SurveyStatus.OPEN || survey.status() == SurveyStatus.CLOSED;
            blocks.add(section(s -> {
                s.text(markdownText(line));
                if (hasResults) {
                    s.accessory(button(b -> b.actionId(RESULTS).text(plainText("Results")).value(survey.reference())));
                }
                return s;
            }));
        }
        blocks.add(actions(a -> a.blockId("home_survey_actions").elements(List.of(
                button(b -> b.actionId(NEW).text(plainText("New survey")).value("new"))))));
        String more = surveys.size() > SHOWN ? "The newest " + SHOWN + " of " + surveys.size() + "; `/tc survey list` shows all. " : "";
        blocks.add(context(c -> c.elements(List.of(markdownText(more + "`/tc survey close`, `extend` and `cancel` manage one; "
                + "figures for fewer than the minimum group of respondents are withheld.")))));
        return blocks;
    }
}
