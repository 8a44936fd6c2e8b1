package org.techvoice.recognition;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.EntryText;
import org.techvoice.entry.ThemeChoice;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeSuggester;
import org.techvoice.themes.ThemeSuggestion;

/** Contributions technicians log about their own work. */
@Service
public class ContributionService {

    /** A contribution that names no theme still makes technical work seen. */
    static final Theme DEFAULT_THEME = Theme.VISIBILITY;
    static final int MAX_COLLABORATORS = 20;

    private final ContributionRepository contributions;
    private final ThemeSuggester suggester;
    private final Clock clock;

    ContributionService(ContributionRepository contributions, ThemeSuggester suggester, Clock clock) {
        this.contributions = contributions;
        this.suggester = suggester;
        this.clock = clock;
    }

    /** What was logged and why those themes. */
    public record Logged(ContributionView contribution, List<ThemeSuggestion> suggestions) {
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
        Contribution saved = contributions.save(new Contribution(teamId, userId, checked, themes, sourceRef, clock.instant()));
        return new Logged(saved.view(), suggestions);
    }

    private ContributionDraft check(String userId, ContributionDraft draft) {
        String text = EntryText.clean(draft.text(), "your contribution");
        LocalDate today = LocalDate.now(clock);
        LocalDate on = draft.happenedOn() == null ? today : draft.happenedOn();
        if (on.isAfter(today)) {
            throw new EntryRejected(EntryRejected.Field.DATE, EntryRejected.Problem.INVALID, "The date can't be in the future: log it once it has happened.");
        }
        List<String> collaborators = draft.collaborators().stream().filter(id -> !id.equals(userId)).distinct().toList();
        if (collaborators.size() > MAX_COLLABORATORS) {
            throw new EntryRejected(EntryRejected.Field.COLLABORATORS, EntryRejected.Problem.TOO_LONG, "Please name at most " + MAX_COLLABORATORS + " collaborators.");
        }
        return new ContributionDraft(draft.kind() == null ? ContributionKind.OTHER : draft.kind(), text, on,
                checkLink(draft.link()), collaborators, draft.themes());
    }

    /** Only web links: anything else (javascript:, mailto:, Slack markup) could surprise whoever clicks it. */
    static String checkLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String trimmed = link.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && trimmed.length() <= 1000) {
                return trimmed;
            }
        } catch (Exception notAUri) {
            // answered below
        }
        throw new EntryRejected(EntryRejected.Field.LINK, EntryRejected.Problem.INVALID, "The evidence link must be a web address starting with https:// (at most 1,000 characters).");
    }
}
