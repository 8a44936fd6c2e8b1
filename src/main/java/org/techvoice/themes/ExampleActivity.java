package org.techvoice.themes;

import java.util.Objects;

/**
 * One of Appendix A's example activities for a theme.
 *
 * @param id    stable reference such as {@code VIS-1}; the draft's gap analysis cites it, so it never changes
 * @param theme the theme Appendix A lists it under
 * @param text  Appendix A's wording
 */
public record ExampleActivity(String id, Theme theme, String text) {

    public ExampleActivity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(text, "text");
    }
}
