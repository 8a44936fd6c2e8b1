package org.techvoice.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.EntryKind;
import org.techvoice.entry.EntryText;
import org.techvoice.entry.ThemeChoice;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeSuggester;
import org.techvoice.themes.ThemeSuggestion;

/** Technician voice: ideas, concerns and suggestions, anonymous unless the author chooses otherwise. */
@Service
public class VoiceService {

    /**
     * Voice that names no other theme still counts: the self-assessment must show that the technician voice
     * was heard, which is Evaluating Impact.
     */
    static final Theme DEFAULT_THEME = Theme.EVALUATING_IMPACT;

    private final VoiceRepository entries;
    private final VoicePages pages;
    private final ThemeSuggester suggester;
    private final Clock clock;

    VoiceService(VoiceRepository entries, VoicePages pages, ThemeSuggester suggester, Clock clock) {
        this.entries = entries;
        this.pages = pages;
        this.suggester = suggester;
        this.clock = clock;
    }

    /**
     * Stores what was said. With {@code anonymous} the author's id is not stored anywhere.
     *
     * @param chosen themes the author picked; empty to take the suggested ones
     * @throws EntryRejected when the text is empty or too long
     */
    @Transactional
    public VoiceReceipt speak(String teamId, String userId, String text, boolean anonymous, Set<Theme> chosen) {
        return speakOn(teamId, userId, text, anonymous, chosen, LocalDate.now(clock));
    }

    /**
     * As {@link #speak}, for voice gathered before it reached TechVoice (the playground's sample institution, notes
     * from an earlier listening exercise): stored on the day it was said, which may not be in the future.
     */
    @Transactional
    public VoiceReceipt speakOn(String teamId, String userId, String text, boolean anonymous, Set<Theme> chosen, LocalDate saidOn) {
        if (saidOn.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("Voice cannot be dated in the future: " + saidOn);
        }
        String body = EntryText.clean(text, EntryKind.VOICE);
        List<ThemeSuggestion> suggestions = chosen.isEmpty() ? suggester.suggest(body) : List.of();
        Set<Theme> themes = ThemeChoice.chosenOrSuggested(chosen, suggestions, DEFAULT_THEME);
        String token = DeleteTokens.newToken();
        VoiceEntry entry = entries.save(new VoiceEntry(teamId, body, themes, chosen.isEmpty(), anonymous ? null : userId,
                DeleteTokens.hash(token), saidOn));
        return new VoiceReceipt(entry.view(), token, suggestions, chosen.isEmpty() && suggestions.isEmpty());
    }

    /**
     * The entry a follow code opens ({@link FollowCode}): only the entry it was made for, and nothing for a code that is
     * mistyped, made up, or for an entry since deleted. Which of those it was is not said.
     */
    @Transactional(readOnly = true)
    public Optional<VoiceView> followed(String teamId, String typedCode) {
        return FollowCode.parse(typedCode)
                .flatMap(code -> entries.findByIdAndTeamId(code.entryId(), teamId)
                        .filter(entry -> entry.deleteTokenHash() != null && FollowCode.matches(code, entry.deleteTokenHash())))
                .map(VoiceEntry::view);
    }

    /** Anyone holding the entry's token, or its named author, may change its themes. */
    @Transactional
    public EntryChange changeThemes(String teamId, long id, String token, String userId, Set<Theme> themes) {
        ThemeChoice.required(themes);
        Optional<VoiceEntry> entry = entries.findByIdAndTeamId(id, teamId);
        if (entry.isEmpty()) {
            return EntryChange.NOT_FOUND;
        }
        if (!mayChange(entry.get(), token, userId)) {
            return EntryChange.NOT_YOURS;
        }
        entry.get().rethemed(themes);
        return EntryChange.DONE;
    }

    @Transactional
    public EntryChange edit(String teamId, long id, String token, String userId, String text, Set<Theme> themes) {
        String body = EntryText.clean(text, EntryKind.VOICE);
        EntryChange change = changeThemes(teamId, id, token, userId, themes);
        if (change == EntryChange.DONE) {
            entries.findByIdAndTeamId(id, teamId).orElseThrow().rewritten(body);
        }
        return change;
    }

    @Transactional
    public EntryChange delete(String teamId, long id, String token, String userId) {
        Optional<VoiceEntry> entry = entries.findByIdAndTeamId(id, teamId);
        if (entry.isEmpty()) {
            return EntryChange.NOT_FOUND;
        }
        if (!mayChange(entry.get(), token, userId)) {
            return EntryChange.NOT_YOURS;
        }
        entries.delete(entry.get());
        return EntryChange.DONE;
    }

    @Transactional(readOnly = true)
    public Optional<VoiceView> find(String teamId, long id) {
        return entries.findByIdAndTeamId(id, teamId).map(VoiceEntry::view);
    }

    /** The entries of the workspace with these ids, in no particular order; ids it has no entry for are left out. */
    @Transactional(readOnly = true)
    public List<VoiceView> findAll(String teamId, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : entries.findByTeamIdAndIdIn(teamId, ids).stream().map(VoiceEntry::view).toList();
    }

    /** The entries a person chose to put their name to, newest first. Anonymous ones are linked to nobody. */
    @Transactional(readOnly = true)
    public List<VoiceView> attributedTo(String teamId, String userId) {
        return entries.findByTeamIdAndAuthorUserIdOrderByIdDesc(teamId, userId).stream().map(VoiceEntry::view).toList();
    }

    /** Forget-me: attributed entries are deleted, since the words may identify their author. */
    @Transactional
    public int eraseAttributed(String teamId, String userId) {
        List<VoiceEntry> theirs = entries.findByTeamIdAndAuthorUserIdOrderByIdDesc(teamId, userId);
        entries.deleteAll(theirs);
        return theirs.size();
    }

    /**
     * Up to {@code size} entries dated on or after {@code since} with ids above {@code afterId}, in the order they
     * were stored (not by date): a walk over many pages reads the table front to back.
     */
    public List<VoiceView> page(String teamId, LocalDate since, long afterId, int size) {
        return pages.after(teamId, since, afterId, size);
    }

    /** The id of the first entry stored that is dated on or after {@code since}, where a walk can start. */
    @Transactional(readOnly = true)
    public Optional<Long> firstIdSince(String teamId, LocalDate since) {
        return entries.firstIdSince(teamId, since);
    }

    private static boolean mayChange(VoiceEntry entry, String token, String userId) {
        return DeleteTokens.matches(token, entry.deleteTokenHash()) || entry.attributedTo(userId);
    }
}
