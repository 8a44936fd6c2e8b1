package org.techvoice.surveys.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.slack.BotTokens;
import org.techvoice.slack.RetryAfter;
import org.techvoice.surveys.SurveyDirectory;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.users.UsersListResponse;
import com.slack.api.model.User;
import com.slack.api.model.Usergroup;

/**
 * Survey audiences from Slack: conversations.members, usergroups.list / usergroups.users.list, and who each person is
 * (time zone, bot or not) from users.list in bulk for big audiences, users.info for small ones and for the rest.
 */
@Component
class SlackSurveyDirectory implements SurveyDirectory {

    private static final int PAGE = 200;
    /**
     * From this many people on, users.list (200 a page, Tier 2: 20+ a minute) is the cheaper way to learn who they
     * are: a page costs as much allowance as about five users.info calls (Tier 4: 100+ a minute) and answers 200.
     */
    static final int BULK_FROM = 100;
    /** Once this few are still missing, they are asked for one by one rather than paging on through the workspace. */
    private static final int FEW_LEFT = 20;
    /** How often one page is tried again after a 429, and the longest Retry-After waited for, before giving up. */
    private static final int RATE_LIMITED_TRIES = 5;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

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
        return Optional.of(member(userId, response.getUser()));
    }

    /**
     * Pages through users.list while it can still find many of them (a workspace of 2,000 is ten calls instead of
     * 2,000), then users.info for those not found yet — people from other workspaces in a shared channel, or the last
     * few when the workspace is much larger than the audience.
     */
    @Override
    public List<Member> members(String teamId, List<String> userIds) {
        if (userIds.size() < BULK_FROM) {
            return SurveyDirectory.super.members(teamId, userIds);
        }
        MethodsClient client = client(teamId);
        Set<String> wanted = new HashSet<>(userIds);
        Map<String, Member> found = new HashMap<>();
        String cursor = null;
        do {
            String page = cursor;
            UsersListResponse response = waitingOutRateLimits(() -> client.usersList(r -> r.limit(PAGE).cursor(page)));
            if (!response.isOk()) {
                throw new DirectoryUnavailable("Slack couldn't list the workspace's members just now (" + response.getError() + ").", false);
            }
            for (User user : response.getMembers()) {
                if (wanted.contains(user.getId())) {
                    found.put(user.getId(), member(user.getId(), user));
                }
            }
            cursor = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
        } while (cursor != null && !cursor.isEmpty() && wanted.size() - found.size() > FEW_LEFT);
        List<Member> members = new ArrayList<>();
        for (String userId : userIds) {
            Member member = found.get(userId);
            if (member != null) {
                members.add(member);
            } else {
                member(teamId, userId).ifPresent(members::add);
            }
        }
        return members;
    }

    private static Member member(String userId, User user) {
        return new Member(userId, user.getTz(), !user.isBot() && !user.isAppUser() && !user.isDeleted()
                && !"USLACKBOT".equals(user.getId()));
    }

    /** A 429 is waited out (Retry-After, as Slack asks) and the same call made again, a few times at most. */
    private static <T extends SlackApiTextResponse> T waitingOutRateLimits(SlackCall<T> call) {
        for (int tries = 1; ; tries++) {
            try {
                return call.run();
            } catch (SlackApiException e) {
                Duration wait = retryAfter(e);
                if (wait == null || tries >= RATE_LIMITED_TRIES) {
                    throw new DirectoryUnavailable("Slack could not be reached: " + e.getMessage(), false);
                }
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new DirectoryUnavailable("Stopped while waiting for Slack's rate limit.", false);
                }
            } catch (IOException e) {
                throw new DirectoryUnavailable("Slack could not be reached: " + e.getMessage(), false);
            }
        }
    }

    /** How long a 429 asks to wait, capped; null when it was not a 429. */
    private static Duration retryAfter(SlackApiException e) {
        if (e.getResponse() == null || e.getResponse().code() != 429) {
            return null;
        }
        Duration asked = RetryAfter.parse(e.getResponse().header("Retry-After"));
        Duration wait = asked == null ? Duration.ofSeconds(1) : asked;
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
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
