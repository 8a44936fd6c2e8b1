package org.techvoice.slack;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;

/**
 * With TechVoice installed org-wide (Enterprise Grid), Slack may send a button, form or shortcut payload with
 * {@code "team": null}. The workspace is then the one of the person who acted ({@code user.team_id}), which Bolt
 * also puts in the context: it is filled in here once, so every listener can read the payload's team as usual.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PayloadTeamFallback implements BoltListener {

    @Override
    public void register(App app) {
        app.use(PayloadTeamFallback::fillIn);
    }

    static Response fillIn(Request<?> request, Response response, MiddlewareChain chain) throws Exception {
        String team = request.getContext().getTeamId();
        if (request instanceof BlockActionRequest action && action.getPayload().getTeam() == null) {
            BlockActionPayload.Team filled = new BlockActionPayload.Team();
            filled.setId(team != null ? team : action.getPayload().getUser().getTeamId());
            action.getPayload().setTeam(filled);
        } else if (request instanceof ViewSubmissionRequest submission && submission.getPayload().getTeam() == null) {
            ViewSubmissionPayload.Team filled = new ViewSubmissionPayload.Team();
            filled.setId(team != null ? team : submission.getPayload().getUser().getTeamId());
            submission.getPayload().setTeam(filled);
        } else if (request instanceof MessageShortcutRequest shortcut && shortcut.getPayload().getTeam() == null) {
            MessageShortcutPayload.Team filled = new MessageShortcutPayload.Team();
            filled.setId(team != null ? team : shortcut.getPayload().getUser().getTeamId());
            shortcut.getPayload().setTeam(filled);
        }
        return chain.next(request);
    }
}
