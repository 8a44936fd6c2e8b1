package org.techvoice.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.entry.EntryKind;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.EntryText;
import org.techvoice.entry.ThemeChoice;
import org.techvoice.text.WebAddress;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeSuggester;
import org.techvoice.themes.ThemeSuggestion;
import org.techvoice.voice.EntryChange;

/** Contributions technicians log about their own work. */
@Service
public class ContributionService {

    /** A contribution that names no theme still makes technical work seen. */
    static final Theme DEFAULT_THEME = Theme.VISIBILITY;
    static final int MAX_COLLABORATORS = 20;
    /** Characters of an evidence link. */
    static final int MAX_LINK = 1000;

    private final ContributionRepository contributions;
    private final ThemeSuggester suggester;
    private final Clock clock;

    ContributionService(ContributionRepository contributions, ThemeSuggester suggester, Clock clock) {
        this.contributions = contributions;
        this.suggester = suggester;
        this.clock = clock;
    }

    /**
     * What was logged, why those themes and why that kind.
     *
     * @param kindSuggestion what made TechVoice choose the kind, or null when the kind was chosen or nothing pointed
     *                       to one (it is then "other contribution")
     * @param fallbackTheme  no theme was chosen and nothing in the text pointed to one, so the default was taken
     */
    public record Logged(ContributionView contribution, List<ThemeSuggestion> suggestions, KindSuggestion kindSuggestion,
            boolean fallbackTheme) {
    }

    /** @throws EntryRejected when something typed cannot be stored; nothing is then */
    @Transactional
    public Logged log(String teamId, String userId, ContributionDraft draft) {
        return log(teamId, userId, draft, null);
    }

    Logged log(String teamId, String userId, ContributionDraft draft, String sourceRef) {
        ContributionDraft checked = check(userId, draft);
        List<ThemeSuggestion> suggestions = checked.themes().isEmpty() ? suggester.suggest(checked.text()) : List.of();
        Set<Theme> themes = ThemeChoice.chosenOrSuggested(checked.themes(), suggestions, DEFAULT_THEME);
        // a kind left open (the quick "/tc log <text>") is suggested from the text, as themes are
        KindSuggestion kind = draft.kind() == null ? ContributionKinds.suggest(checked.text()).orElse(null) : null;
        ContributionDraft described = kind == null ? checked : new ContributionDraft(kind.kind(), checked.text(),
                checked.happenedOn(), checked.link(), checked.collaborators(), checked.themes());
        Contribution saved = contributions.save(new Contribution(teamId, userId, described, themes,
                checked.themes().isEmpty(), sourceRef, clock.instant()));
        return new Logged(saved.view(), suggestions, kind, checked.themes().isEmpty() && suggestions.isEmpty());
    }

    /** The author changes the kind from the confirmation's menu. */
    @Transactional
    public EntryChange changeKind(String teamId, String userId, long id, ContributionKind kind) {
        return change(teamId, userId, id, contribution -> contribution.rekind(kind));
    }

    /** The author changes the themes from the confirmation's menu. */
    @Transactional
    public EntryChange changeThemes(String teamId, String userId, long id, Set<Theme> themes) {
        Set<Theme> chosen = ThemeChoice.required(themes);
        return change(teamId, userId, id, contribution -> contribution.rewrite(contribution.view().text(), chosen));
    }

    public Optional<ContributionView> find(String teamId, String userId, long id) {
        return contributions.findByIdAndTeamId(id, teamId).filter(c -> c.userId().equals(userId)).map(Contribution::view);
    }

    private EntryChange change(String teamId, String userId, long id, java.util.function.Consumer<Contribution> change) {
        Optional<Contribution> found = contributions.findByIdAndTeamId(id, teamId);
        if (found.isEmpty()) {
            return EntryChange.NOT_FOUND;
        }
        if (!found.get().userId().equals(userId)) {
            return EntryChange.NOT_YOURS;
        }
        change.accept(found.get());
        return EntryChange.DONE;
    }

    private ContributionDraft check(String userId, ContributionDraft draft) {
        String text = EntryText.clean(draft.text(), EntryKind.CONTRIBUTION);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = draft.happenedOn() == null ? today : draft.happenedOn();
        if (on.isAfter(today)) {
            throw EntryRejected.dateInFuture();
        }
        List<String> collaborators = draft.collaborators().stream().filter(id -> !id.equals(userId)).distinct().toList();
        if (collaborators.size() > MAX_COLLABORATORS) {
            throw EntryRejected.tooManyCollaborators(collaborators.size(), MAX_COLLABORATORS);
        }
        return new ContributionDraft(draft.kind() == null ? ContributionKind.OTHER : draft.kind(), text, on,
                checkLink(draft.link()), collaborators, draft.themes());
    }

    /** Only https links ({@link WebAddress}); blank is no link. */
    static String checkLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String trimmed = link.strip();
        if (!WebAddress.isHttps(trimmed, MAX_LINK)) {
            throw EntryRejected.linkNotHttps(MAX_LINK);
        }
        return trimmed;
    }
}
