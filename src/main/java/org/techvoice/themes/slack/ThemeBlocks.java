package org.techvoice.themes.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.UserText;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeSuggestion;

import com.slack.api.model.block.composition.OptionObject;

/** Themes in Block Kit: select options and the "Themes: … (why)" line. */
@NamedInterface("theme-blocks")
public final class ThemeBlocks {

    private ThemeBlocks() {
    }

    public static List<OptionObject> options() {
        return Arrays.stream(Theme.values()).map(ThemeBlocks::option).toList();
    }

    public static OptionObject option(Theme theme) {
        return OptionObject.builder().text(plainText(theme.displayName())).value(theme.name()).build();
    }

    public static List<OptionObject> options(Set<Theme> themes) {
        return themes.stream().sorted().map(ThemeBlocks::option).toList();
    }

    public static String names(Set<Theme> themes) {
        return themes.stream().sorted().map(Theme::displayName).collect(Collectors.joining(", "));
    }

    /** Why a theme was suggested, e.g. "mentions professional registration → Recognition", as plain text (escape it where shown). */
    public static String reason(ThemeSuggestion suggestion) {
        String why = suggestion.cues().isEmpty() ? "close to " + suggestion.closeTo()
                : "mentions " + String.join(" and ", suggestion.cues());
        return why + " → " + suggestion.theme().displayName();
    }

    /** e.g. "Themes: *Recognition* (mentions professional registration → Recognition)". */
    public static String line(Set<Theme> themes, List<ThemeSuggestion> suggestions) {
        String names = themes.stream().sorted().map(t -> "*" + t.displayName() + "*").collect(Collectors.joining(", "));
        String label = themes.size() == 1 ? "Theme: " : "Themes: ";
        if (suggestions.isEmpty()) {
            return label + names;
        }
        String why = suggestions.stream().map(s -> UserText.shown(reason(s))).collect(Collectors.joining("; "));
        return SlackReplies.truncate(label + names + " _(" + why + ")_", SlackReplies.SECTION_TEXT_LIMIT);
    }

    /**
     * The theme line of a confirmation: with the suggester's reasons, or, when nothing in the text pointed to a theme
     * and the default was taken, saying so, so the author knows why and that the menu below changes it.
     */
    public static String line(Set<Theme> themes, List<ThemeSuggestion> suggestions, boolean fallback) {
        if (!fallback) {
            return line(themes, suggestions);
        }
        return line(themes, List.of()) + " _(nothing in the text pointed to a theme, so it counts for "
                + names(themes) + " by default: change it below if another fits better)_";
    }

    /** Parses option values; unknown values (a forged payload) are ignored. */
    public static Set<Theme> parse(List<String> values) {
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        for (String value : values) {
            Arrays.stream(Theme.values()).filter(t -> t.name().equals(value)).forEach(themes::add);
        }
        return themes;
    }
}
