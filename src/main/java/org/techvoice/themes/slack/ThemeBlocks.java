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

    /** e.g. "Themes: *Recognition* (mentions professional registration → Recognition)". */
    public static String line(Set<Theme> themes, List<ThemeSuggestion> suggestions) {
        String names = themes.stream().sorted().map(t -> "*" + t.displayName() + "*").collect(Collectors.joining(", "));
        String label = themes.size() == 1 ? "Theme: " : "Themes: ";
        if (suggestions.isEmpty()) {
            return label + names;
        }
        String why = suggestions.stream().map(s -> UserText.shown(s.reason())).collect(Collectors.joining("; "));
        return SlackReplies.truncate(label + names + " _(" + why + ")_", SlackReplies.SECTION_TEXT_LIMIT);
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
