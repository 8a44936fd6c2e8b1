package org.techvoice.people.slack;

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
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.HomeSection;
import org.techvoice.slack.InteractionReplies;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.Modals;
import org.techvoice.slack.SlackReplies;

import com.slack.api.bolt.App;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;

/**
 * Roles on the App Home of leads and admins: who holds which role (as {@code /tc role list}), and for admins, who
 * change roles, the commands and a button to import technicians.
 */
@Component
class RolesHomeSection implements HomeSection, BoltListener {

    static final String IMPORT = "home_people_import";

    private final RoleService roles;
    private final InteractionReplies replies;

    RolesHomeSection(RoleService roles, InteractionReplies replies) {
        this.roles = roles;
        this.replies = replies;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<LayoutBlock> blocks(String teamId, String userId) {
        if (!roles.hasRole(teamId, userId, Role.LEAD)) {
            return List.of();
        }
        boolean admin = roles.hasRole(teamId, userId, Role.ADMIN);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(divider());
        blocks.add(header(h -> h.text(plainText("Roles"))));
        String roster = SlackReplies.truncate(RoleSubcommand.list(roles.roster(teamId)), SlackReplies.SECTION_TEXT_LIMIT);
        blocks.add(section(s -> s.text(markdownText(roster))));
        if (admin) {
            blocks.add(actions(a -> a.blockId("home_people_actions").elements(List.of(
                    button(b -> b.actionId(IMPORT).text(plainText("Import technicians")).value("import"))))));
            blocks.add(context(c -> c.elements(List.of(markdownText("You are an admin: `/tc role add lead|champion @person` "
                    + "appoints, `/tc role remove` removes, `/tc audit` shows recent lead and admin actions, "
                    + "`/tc config network #channel` sets where celebrations are posted.")))));
        } else {
            blocks.add(context(c -> c.elements(List.of(markdownText("Admins appoint leads and champions; ask one of them "
                    + "to add a colleague to the self-assessment.")))));
        }
        blocks.add(divider());
        return blocks;
    }

    @Override
    public void register(App app) {
        app.blockAction(IMPORT, (request, context) -> {
            var payload = request.getPayload();
            String teamId = payload.getTeam().getId();
            View view = roles.hasRole(teamId, payload.getUser().getId(), Role.ADMIN) ? ImportForm.modal()
                    : Modals.done("home_people_refused", "Import technicians", List.of(section(s -> s.text(
                            markdownText(":lock: " + RoleRefusals.text(roles.whoCan(teamId, Role.ADMIN), "import technicians"))))));
            if (!ModalOpener.open(context.client(), payload.getTriggerId(), view)) {
                replies.note(payload, context, ModalOpener.COULD_NOT_OPEN);
            }
            return context.ack();
        });
    }
}
