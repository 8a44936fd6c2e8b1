package org.techvoice.people.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.techvoice.people.PersonDirectory;
import org.techvoice.slack.BoltConfiguration;
import org.techvoice.slack.BotTokens;
import org.techvoice.slack.SlackProperties;
import org.techvoice.workspaces.WorkspaceService;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.users.UsersLookupByEmailResponse;
import com.slack.api.model.User;

/**
 * {@link PersonDirectory} over Slack's {@code users.info} and {@code users.lookupByEmail}. Role checks run
 * before a command is acknowledged, so calls are bounded well inside Slack's three seconds and answers
 * about a person are remembered for a minute (a demoted workspace admin loses TechVoice admin within that).
 */
@Component
class SlackPersonDirectory implements PersonDirectory {

    static final Duration CACHE_FOR = Duration.ofMinutes(1);
    static final int TIMEOUT_MILLIS = 1_200;
    /** Slackbot is no bot by users.info's account, but it is no person either. */
    private static final String SLACKBOT = "USLACKBOT";

    private final Slack slack;
    /** Looked up on use: the installations behind the tokens grant roles, and roles ask this directory. */
    private final ObjectProvider<BotTokens> tokens;
    private final WorkspaceService workspaces;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    SlackPersonDirectory(SlackProperties properties, ObjectProvider<BotTokens> tokens, WorkspaceService workspaces, Clock clock) {
        SlackConfig config = BoltConfiguration.slackConfig(properties);
        config.setHttpClientCallTimeoutMillis(TIMEOUT_MILLIS);
        this.slack = Slack.getInstance(config);
        this.tokens = tokens;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Override
    public Optional<DirectoryPerson> person(String teamId, String userId) {
        String key = teamId + ":" + userId;
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.person();
        }
        Optional<DirectoryPerson> person = lookUp(teamId, userId);
        if (cache.size() > 10_000) {
            cache.values().removeIf(c -> !c.until().isAfter(now));
        }
        cache.put(key, new Cached(person, now.plus(CACHE_FOR)));
        return person;
    }

    private Optional<DirectoryPerson> lookUp(String teamId, String userId) {
        if (SLACKBOT.equals(userId)) {
            // Slack's own bot is in every workspace and is never a person: no need to ask
            return Optional.of(new DirectoryPerson(userId, true, false, false, null));
        }
        UsersInfoResponse response;
        try {
            response = client(teamId).usersInfo(r -> r.user(userId));
        } catch (Exception e) {
            throw new DirectoryUnavailableException("users.info failed: " + e.getMessage(), e);
        }
        if (!response.isOk()) {
            if ("user_not_found".equals(response.getError()) || "users_not_found".equals(response.getError())) {
                return Optional.empty();
            }
            throw new DirectoryUnavailableException("users.info: " + response.getError(), null);
        }
        User user = response.getUser();
        boolean bot = user.isBot() || user.isAppUser() || SLACKBOT.equals(user.getId());
        return Optional.of(new DirectoryPerson(user.getId(), bot, user.isDeleted(),
                user.isAdmin() || user.isOwner() || user.isPrimaryOwner(), user.getTeamId(), user.getTz()));
    }

    @Override
    public Optional<String> userIdByEmail(String teamId, String email) {
        UsersLookupByEmailResponse response;
        try {
            response = client(teamId).usersLookupByEmail(r -> r.email(email));
        } catch (Exception e) {
            throw new DirectoryUnavailableException("users.lookupByEmail failed: " + e.getMessage(), e);
        }
        if (!response.isOk()) {
            if ("users_not_found".equals(response.getError())) {
                return Optional.empty();
            }
            throw new DirectoryUnavailableException("users.lookupByEmail: " + response.getError(), null);
        }
        return Optional.of(response.getUser().getId());
    }

    private MethodsClient client(String teamId) {
        // an org-wide (Enterprise Grid) install holds its token under the org, recorded with the workspace
        String token = tokens.getObject().botToken(teamId, workspaces.enterpriseOf(teamId).orElse(null))
                .orElseThrow(() -> new DirectoryUnavailableException("no bot token for team " + teamId, null));
        return slack.methods(token, teamId);
    }

    private record Cached(Optional<DirectoryPerson> person, Instant until) {
    }
}
