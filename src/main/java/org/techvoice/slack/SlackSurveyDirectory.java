package org.techvoice.slack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.techvoice.surveys.SurveyDirectory;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import com.slack.api.model.Usergroup;

/** Survey audiences from Slack: conversations.members, usergroups.list / usergroups.users.list, users.info. */
@Component
class SlackSurveyDirectory implements SurveyDirectory {

    private static final int PAGE = 200;

    private final Slack slack;
    private final BotTokens tokens;

    SlackSurveyDirectory(Slack slack, BotTokens tokens) {
        this.slack = slack;
        this.tokens = tokens;
    }

    @Override
    public List<String> channelMembers(String teamId, String channelId) {
        MethodsClient client = client(teamId);
        List<String> members = new ArrayList<>();
        String cursor = null;
        do {
            String page = cursor;
            ConversationsMembersResponse response = call(() -> client.conversationsMembers(r -> r.channel(channelId).limit(PAGE).cursor(page)));
            if (!response.isOk()) {
                boolean cannotSee = List.of("channel_not_found", "not_in_channel", "missing_scope").contains(response.getError());
                throw new DirectoryUnavailable(cannotSee
                        ? "TechVoice can't see who is in that channel. If it is private, invite @techvoice to it first."
                        : "Slack couldn't list the channel's members just now (" + response.getError() + ").", cannotSee);
            }
            members.addAll(response.getMembers());
            cursor = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
        } while (cursor != null && !cursor.isEmpty());
        return members;
    }

    @Override
    public Optional<UserGroup> findUserGroup(String teamId, String typed) {
        String wanted = typed.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        // A mention typed in a plain-text input arrives as <!subteam^S123|@handle> only in messages; handle both.
        String id = typed.matches("^<!subteam\\^([A-Z0-9]+).*") ? typed.replaceAll("^<!subteam\\^([A-Z0-9]+).*", "$1") : null;
        var response = call(() -> client(teamId).usergroupsList(r -> r.includeDisabled(false)));
        if (!response.isOk()) {
            throw new DirectoryUnavailable("Slack couldn't list user groups just now (" + response.getError() + ").", false);
        }
        for (Usergroup group : response.getUsergroups()) {
            if (group.getId().equals(id) || group.getId().equalsIgnoreCase(wanted)
                    || wanted.equals(lower(group.getHandle())) || wanted.equals(lower(group.getName()))) {
                return Optional.of(new UserGroup(group.getId(), group.getHandle()));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<String> userGroupMembers(String teamId, String userGroupId) {
        var response = call(() -> client(teamId).usergroupsUsersList(r -> r.usergroup(userGroupId)));
        if (!response.isOk()) {
            throw new DirectoryUnavailable("Slack couldn't list the user group's members (" + response.getError() + ").",
                    "no_such_subteam".equals(response.getError()));
        }
        return response.getUsers();
    }

    @Override
    public Optional<Member> member(String teamId, String userId) {
        UsersInfoResponse response = call(() -> client(teamId).usersInfo(r -> r.user(userId)));
        if (!response.isOk()) {
            if ("user_not_found".equals(response.getError())) {
                return Optional.empty();
            }
            throw new DirectoryUnavailable("Slack couldn't look up a member (" + response.getError() + ").", false);
        }
        User user = response.getUser();
        return Optional.of(new Member(userId, user.getTz(), !user.isBot() && !user.isAppUser() && !user.isDeleted()
                && !"USLACKBOT".equals(user.getId())));
    }

    private MethodsClient client(String teamId) {
        String token = tokens.botToken(teamId, null)
                .orElseThrow(() -> new DirectoryUnavailable("TechVoice has no bot token for this workspace.", false));
        return slack.methods(token);
    }

    private interface SlackCall<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    private static <T extends SlackApiTextResponse> T call(SlackCall<T> call) {
        try {
            return call.run();
        } catch (IOException | SlackApiException e) {
            throw new DirectoryUnavailable("Slack could not be reached: " + e.getMessage(), false);
        }
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
