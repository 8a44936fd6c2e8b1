package org.techvoice.findings.slack;

import java.util.List;

import org.springframework.stereotype.Component;
import org.techvoice.draft.slack.LeadAccess;
import org.techvoice.slack.HomeSection;

import com.slack.api.model.block.LayoutBlock;

/** The leads' part of the App Home: the review of findings and proposed actions, with the same buttons as {@code /tc plan}. */
@Component
class PlanHomeSection implements HomeSection {

    /** Of the tab's 100 blocks, the review takes at most this many; the rest of the tab keeps its room. */
    static final int BUDGET = 40;

    private final PlanReplies replies;
    private final LeadAccess access;

    PlanHomeSection(PlanReplies replies, LeadAccess access) {
        this.replies = replies;
        this.access = access;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<LayoutBlock> blocks(String teamId, String userId) {
        if (!access.isLead(teamId, userId)) {
            return List.of();
        }
        return replies.home(teamId, userId, BUDGET);
    }
}
