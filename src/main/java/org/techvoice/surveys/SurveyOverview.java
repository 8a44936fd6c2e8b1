package org.techvoice.surveys;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may read of a workspace's surveys without a lead asking: the open ones with their response rate
 * (live counts in steps, as {@link DisclosureControl} shows them), a survey's summary, and who was asked (for sharing a
 * closed survey's results back with them).
 */
@Service
public class SurveyOverview {

    private final SurveyRepository surveys;
    private final SurveyRecipientRepository recipients;
    private final SurveyLookup lookup;

    SurveyOverview(SurveyRepository surveys, SurveyRecipientRepository recipients, SurveyLookup lookup) {
        this.surveys = surveys;
        this.recipients = recipients;
        this.lookup = lookup;
    }

    /** The surveys open now, and those that closed or opened recently enough to be among the latest 20. */
    @Transactional(readOnly = true)
    public List<SurveySummary> latest(String teamId) {
        return surveys.findTop20ByTeamIdAndStatusInOrderByIdDesc(teamId, EnumSet.of(SurveyStatus.OPEN, SurveyStatus.CLOSED))
                .stream().map(lookup::summary).toList();
    }

    /** A survey's title, whatever its age (a "you said, we did" DM names the survey it thanks people for). */
    @Transactional(readOnly = true)
    public Optional<String> title(String teamId, long surveyId) {
        return surveys.findByTeamIdAndId(teamId, surveyId).map(Survey::title);
    }

    /** The people a survey asked, by Slack user id. */
    @Transactional(readOnly = true)
    public List<String> asked(String teamId, long surveyId) {
        return recipients.findByTeamIdAndSurveyIdOrderByUserId(teamId, surveyId).stream().map(SurveyRecipient::userId).toList();
    }
}
