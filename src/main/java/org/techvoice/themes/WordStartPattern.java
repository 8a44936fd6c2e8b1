package org.techvoice.themes;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's pattern, which can only match where a word starts ({@link Cues#wholeWords}), searched only there.
 * {@code Pattern.find} tries the whole alternation of cues at every character; here the positions right after an
 * ASCII letter or digit, and those whose first two characters no cue can begin with, are skipped before the regex
 * runs. The draft's gap analysis matches thousands of texts, so this was most of its time. The answer is the same
 * as {@code find}'s: what is skipped is only what the pattern could not match, and every other position runs the
 * pattern itself.
 */
final class WordStartPattern {

    private static final int ASCII = 128;

    /** Each pattern's number, its place in a thread's {@link #MATCHERS}. */
    private static final AtomicInteger NUMBERS = new AtomicInteger();
    /**
     * One matcher per pattern and thread, reset for each text: a new one per call allocated its group and loop arrays
     * afresh, and a draft of 100,000 entries made millions of them (about a fifth of all it allocated). One thread-local
     * for every pattern: one each crowded the threads' maps, and finding its entry there was a seventh of the draft's
     * Appendix A matching.
     */
    private static final ThreadLocal<Matcher[]> MATCHERS = ThreadLocal.withInitial(() -> new Matcher[0]);

    private final Pattern pattern;
    private final int number = NUMBERS.getAndIncrement();
    /** For an ASCII character ending the text: whether a match can be it. */
    private final boolean[] mayStartWith = new boolean[ASCII];
    /**
     * For two ASCII characters: 0 not yet asked, 1 no match can start with them, 2 one may. Filled as pairs turn up
     * (a benign race between threads: every thread computes the same value).
     */
    private final byte[] mayStartWithPair = new byte[ASCII * ASCII];

    WordStartPattern(Pattern pattern) {
        this.pattern = pattern;
        for (char c = 0; c < ASCII; c++) {
            mayStartWith[c] = mayStartWith(String.valueOf(c));
        }
    }

    /** Whether a string starting with {@code prefix} could match: it matches, or the engine ran out of input first. */
    private boolean mayStartWith(String prefix) {
        Matcher probe = pattern.matcher(prefix);
        return probe.lookingAt() || probe.hitEnd();
    }

    /** Positions not right after an ASCII letter or digit: the only ones where a rule's look-behind can pass. */
    static int[] wordStarts(String text) {
        // counted first, then written into an array of that size: one as long as the text, then copied, was most of what
        // the draft's Appendix A matching allocated
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isWordStart(text, i)) {
                n++;
            }
        }
        int[] starts = new int[n];
        for (int i = 0, k = 0; k < n; i++) {
            if (isWordStart(text, i)) {
                starts[k++] = i;
            }
        }
        return starts;
    }

    private static boolean isWordStart(String text, int i) {
        return i == 0 || !isAsciiLetterOrDigit(text.charAt(i - 1));
    }

    /** The same as {@code pattern.matcher(text).find()}, given {@code wordStarts(text)}. */
    boolean find(String text, int[] wordStarts) {
        Matcher matcher = null;
        try {
            for (int i : wordStarts) {
                if (!mayStartAt(text, i)) {
                    continue;
                }
                if (matcher == null) {
                    matcher = matcher().reset(text); // transparent, unanchored bounds survive a reset
                }
                if (matcher.region(i, text.length()).lookingAt()) {
                    return true;
                }
            }
            return false;
        } finally {
            if (matcher != null) {
                matcher.reset(""); // the thread's matcher must not keep the last text (up to 40,000 characters) alive
            }
        }
    }

    /** This thread's matcher of the pattern. */
    private Matcher matcher() {
        Matcher[] matchers = MATCHERS.get();
        if (number >= matchers.length) {
            matchers = Arrays.copyOf(matchers, NUMBERS.get());
            MATCHERS.set(matchers);
        }
        Matcher matcher = matchers[number];
        if (matcher == null) {
            matcher = pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
            matchers[number] = matcher;
        }
        return matcher;
    }

    private boolean mayStartAt(String text, int i) {
        char first = text.charAt(i);
        if (first >= ASCII) {
            return true;
        }
        if (i + 1 == text.length()) {
            return mayStartWith[first];
        }
        char second = text.charAt(i + 1);
        if (!mayStartWith[first] || second >= ASCII) {
            return mayStartWith[first];
        }
        int pair = first * ASCII + second;
        if (mayStartWithPair[pair] == 0) {
            mayStartWithPair[pair] = mayStartWith(String.valueOf(new char[] {first, second})) ? (byte) 2 : (byte) 1;
        }
        return mayStartWithPair[pair] == 2;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
