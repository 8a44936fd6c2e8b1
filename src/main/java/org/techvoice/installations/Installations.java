package org.techvoice.installations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.people.InstallerAdmins;
import org.techvoice.workspaces.WorkspaceService;

/**
 * The workspaces and Enterprise Grid orgs that installed TechVoice through OAuth, their tokens (encrypted at
 * rest), and what happens when they leave: tokens removed at once, data deleted after the grace period.
 * The installer becomes an admin through {@link AppInstalled} ({@link InstallerAdmins}).
 */
@Service
public class Installations {

    private static final Logger log = LoggerFactory.getLogger(Installations.class);

    private final InstallationRepository installations;
    private final WorkspaceDeletionRepository deletions;
    private final TokenCipher cipher;
    private final WorkspaceService workspaces;
    private final ApplicationEventPublisher events;
    private final InstallationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Installations(InstallationRepository installations, WorkspaceDeletionRepository deletions, TokenCipher cipher,
            WorkspaceService workspaces, ApplicationEventPublisher events, InstallationProperties properties,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.installations = installations;
        this.deletions = deletions;
        this.cipher = cipher;
        this.workspaces = workspaces;
        this.events = events;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** True when tokens can be stored, i.e. {@code TECHVOICE_TOKEN_KEY} is set and valid. */
    public boolean canStoreTokens() {
        return cipher.hasKey();
    }

    /**
     * Stores a new installation or replaces the one of the same workspace or org, cancels a pending deletion of
     * its data, and makes the installer an admin of TechVoice there.
     */
    public void save(InstalledApp app) {
        transaction.executeWithoutResult(status -> {
            Installation installation = installations.findByInstallationKey(app.key())
                    .orElseGet(() -> new Installation(app.key()));
            installation.update(app, cipher);
            installations.save(installation);
            List<String> teams = app.enterpriseInstall() ? workspaces.teamsOf(app.enterpriseId()) : List.of(app.teamId());
            teams.forEach(this::cancelPendingDeletion);
            events.publishEvent(new AppInstalled(teams, app.installerUserId()));
        });
        // outside the transaction, as WorkspaceService asks; an org's workspaces are recorded on their first request
        if (!app.enterpriseInstall()) {
            workspaces.recordSeen(app.teamId(), app.enterpriseId());
        }
        log.info("TechVoice installed: {}", app);
    }

    /**
     * The installation serving a workspace: its own, or its org's org-wide one.
     *
     * @param enterpriseId the org, when the caller knows it; otherwise looked up from the workspaces served
     */
    @Transactional(readOnly = true)
    public Optional<InstalledApp> find(String enterpriseId, String teamId) {
        Optional<Installation> found = teamId == null ? Optional.empty()
                : installations.findByInstallationKey(InstalledApp.keyOf(false, null, teamId));
        if (found.isEmpty()) {
            String enterprise = enterpriseId != null ? enterpriseId
                    : teamId == null ? null : workspaces.enterpriseOf(teamId).orElse(null);
            if (enterprise != null) {
                found = installations.findByInstallationKey(InstalledApp.keyOf(true, enterprise, null));
            }
        }
        return found.flatMap(this::open);
    }

    /** The bot token for calls on behalf of a workspace; empty when TechVoice is not (or no longer) installed there. */
    @Transactional(readOnly = true)
    public Optional<String> botToken(String teamId, String enterpriseId) {
        return find(enterpriseId, teamId).map(InstalledApp::botToken);
    }

    /** The installer's own record, when a user token was granted at install (TechVoice asks for none). */
    @Transactional(readOnly = true)
    public Optional<InstalledApp> findInstaller(String enterpriseId, String teamId, String userId) {
        return find(enterpriseId, teamId).filter(app -> userId != null && userId.equals(app.installerUserId()));
    }

    /**
     * Slack revoked tokens ({@code tokens_revoked}): forget them. An installation left with no token is removed.
     *
     * @param userIds users whose user tokens were revoked
     */
    @Transactional
    public void tokensRevoked(String enterpriseId, String teamId, boolean bot, Collection<String> userIds) {
        serving(enterpriseId, teamId).ifPresent(installation -> {
            if (bot) {
                installation.revokeBot();
            }
            if (userIds.contains(installation.installerUserId())) {
                installation.revokeInstallerToken();
            }
            if (installation.hasAnyToken()) {
                installations.save(installation);
            } else {
                installations.delete(installation);
            }
            log.info("Slack revoked TechVoice's tokens for team {} (enterprise {}); they are deleted", teamId, enterpriseId);
        });
    }

    /**
     * TechVoice was uninstalled ({@code app_uninstalled}): its tokens go now, and the data of the workspace (or of
     * every workspace of the org, for an org-wide install) is scheduled for deletion after the grace period.
     *
     * @return the teams whose data is now due for deletion, and when
     */
    @Transactional
    public List<PendingDeletion> uninstalled(String enterpriseId, String teamId) {
        List<String> teams = new ArrayList<>();
        Optional<Installation> installation = serving(enterpriseId, teamId);
        if (installation.isPresent() && installation.get().enterpriseInstall()) {
            teams.addAll(workspaces.teamsOf(installation.get().enterpriseId()));
        }
        if (teamId != null && !teams.contains(teamId)) {
            // a workspace install, or single-workspace mode where nothing was stored: the workspace itself
            teams.add(teamId);
        }
        installation.ifPresent(installations::delete);
        Instant now = clock.instant();
        List<PendingDeletion> scheduled = teams.stream().map(team -> schedule(team, enterpriseId, now)).toList();
        log.info("TechVoice uninstalled from team {} (enterprise {}): tokens deleted, data of {} due for deletion after {}",
                teamId, enterpriseId, teams, now.plus(properties.uninstallGracePeriod()));
        return scheduled;
    }

    /** When a workspace's data is due for deletion, if it is. */
    @Transactional(readOnly = true)
    public Optional<PendingDeletion> pendingDeletion(String teamId) {
        return deletions.findById(teamId).map(d -> new PendingDeletion(d.teamId(), d.uninstalledAt(), d.deleteAfter()));
    }

    /** The workspace is served again (reinstalled, or its single-workspace token confirmed): keep its data. */
    @Transactional
    public void cancelPendingDeletion(String teamId) {
        if (teamId != null && deletions.existsById(teamId)) {
            deletions.deleteById(teamId);
            log.info("Workspace {} is back: the deletion of its data is cancelled", teamId);
        }
    }

    /** Who installed TechVoice org-wide for the Enterprise Grid org, if it is. */
    @Transactional(readOnly = true)
    public Optional<String> orgInstaller(String enterpriseId) {
        return installations.findByInstallationKey(InstalledApp.keyOf(true, enterpriseId, null))
                .map(Installation::installerUserId);
    }

    private Optional<Installation> serving(String enterpriseId, String teamId) {
        Optional<Installation> found = teamId == null ? Optional.empty()
                : installations.findByInstallationKey(InstalledApp.keyOf(false, null, teamId));
        if (found.isEmpty() && enterpriseId != null) {
            found = installations.findByInstallationKey(InstalledApp.keyOf(true, enterpriseId, null));
        }
        if (found.isEmpty() && enterpriseId == null && teamId != null) {
            // an org-level event may name the org in team_id alone
            found = installations.findByInstallationKey(InstalledApp.keyOf(true, teamId, null));
        }
        return found;
    }

    private PendingDeletion schedule(String teamId, String enterpriseId, Instant now) {
        WorkspaceDeletion deletion = deletions.findById(teamId).orElseGet(() -> deletions.save(
                new WorkspaceDeletion(teamId, enterpriseId, now, now.plus(properties.uninstallGracePeriod()))));
        return new PendingDeletion(teamId, deletion.uninstalledAt(), deletion.deleteAfter());
    }

    private Optional<InstalledApp> open(Installation installation) {
        if (!installation.hasBot()) {
            return Optional.empty();
        }
        try {
            return Optional.of(installation.open(cipher));
        } catch (TokenCipher.UnreadableTokenException e) {
            log.error("The stored token of team {} (enterprise {}) is unreadable, {}; the workspace must install TechVoice again",
                    installation.teamId(), installation.enterpriseId(), e.getMessage());
            return Optional.empty();
        }
    }

    /** A workspace whose data will be deleted at {@code deleteAfter} unless TechVoice is installed there again. */
    public record PendingDeletion(String teamId, Instant uninstalledAt, Instant deleteAfter) {
    }
}
