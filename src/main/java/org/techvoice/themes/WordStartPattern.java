package org.techvoice.themes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's pattern, which can only match where a word starts ({@link Cues#wholeWords}), searched only there.
 * {@code Pattern.find} tries the whole alternation of cues at every character; here the positions after a letter
 * or digit, and those whose character no cue can start with, are skipped before the regex runs. The draft's gap
 * analysis matches thousands of texts, so this is most of its time. The answer is the same as {@code find}'s:
 * what is skipped is only what the pattern could not match, and every other position runs the pattern itself.
 */
final class WordStartPattern {

    private final Pattern pattern;
    /** For ASCII characters: whether a match can start with it. Other characters are always tried. */
    private final boolean[] mayStartWith = new boolean[128];

    WordStartPattern(Pattern pattern) {
        this.pattern = pattern;
        for (char c = 0; c < 128; c++) {
            // the engine says whether a string starting with c could match: it matches, or it ran out of input first
            Matcher probe = pattern.matcher(String.valueOf(c));
            mayStartWith[c] = probe.lookingAt() || probe.hitEnd();
        }
    }

    Pattern pattern() {
        return pattern;
    }

    /** The same as {@code pattern.matcher(text).find()}. */
    boolean find(String text) {
        Matcher matcher = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && !mayStartWith[c] || i > 0 && isAsciiLetterOrDigit(text.charAt(i - 1))) {
                continue; // no cue starts with c, or the pattern's word-start look-behind fails here
            }
            if (matcher == null) {
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (matcher.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
