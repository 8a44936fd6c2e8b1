package org.techvoice.themes;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the whole-word regular expressions the theme rules are made of, so each rule reads like the
 * phrase it looks for. Case-insensitive cues are matched against lower-cased text with no regex flags:
 * Java's case-insensitive Unicode matching is several times slower, and it matters on long text.
 */
final class Cues {

    /**
     * A piece of a rule's pattern, and whether it is matched against the text as typed or lower-cased. The
     * regex says where the cue ends; {@link #wholeWords} adds the start once for all of a rule's cues, so
     * the word-start test runs once per position rather than once per cue.
     */
    record Cue(String regex, boolean exactCase) {
    }

    /** The cues as one pattern that matches only where a word starts. */
    static String wholeWords(java.util.List<String> regexes) {
        return START + "(?:" + String.join("|", regexes) + ")";
    }

    /** Letters or digits on either side mean the cue is inside another word ("CPD" in "XCPDY"). */
    private static final String START = "(?<![\\p{L}\\p{N}])";
    private static final String END = "(?![\\p{L}\\p{N}])";
    /** Between the words of a phrase: spaces (any Unicode space), or a hyphen or slash ("job-description"). */
    private static final String GAP = "(?:[\\s\\p{Z}]*[-\u2010\u2011\u2013/][\\s\\p{Z}]*|[\\s\\p{Z}]+)";
    private static final Pattern PLAIN_WORD = Pattern.compile("[a-z]+");
    /** A stem grows by a bounded number of letters (and a possessive): keeps matching linear on hostile input. */
    private static final String STEM_TAIL = "\\p{L}{0,14}(?:['\u2019]s?)?";

    private Cues() {
    }

    /**
     * An ordinary phrase, in any case. Each word is written in lower case and, unless it says otherwise,
     * also matches its plural ({@code job description} finds "Job Descriptions"). A word ending in
     * {@code *} is a stem ({@code mentor*} finds mentoring, mentored, mentorship). Anything else in a word
     * is taken as regex, for the few cues that need an alternative.
     */
    static Cue phrase(String phrase) {
        String body = Arrays.stream(phrase.trim().split(" +")).map(Cues::word).collect(Collectors.joining(GAP));
        return new Cue("(?:" + body + ")" + END, false);
    }

    /** A lower-case regular expression matched as a whole word in any case, for cues a phrase cannot say. */
    static Cue wholeWord(String regex) {
        return new Cue("(?:" + regex + ")" + END, false);
    }

    /**
     * A short token such as {@code IEng} or {@code CPD}, matched exactly as written (case matters: "ieng"
     * or "Ceng" are not the registrations) and only as a whole word; a plural "s" is allowed ("JDs").
     */
    static Cue token(String token) {
        return new Cue(Pattern.quote(token) + "s?" + END, true);
    }

    /** A token no English word could be mistaken for, matched in any case ({@code rsci}, {@code Cpd}). */
    static Cue tokenAnyCase(String token) {
        return new Cue(Pattern.quote(token.toLowerCase(Locale.ROOT)) + "s?" + END, false);
    }

    /** The text as the case-insensitive cues see it. */
    static String fold(CharSequence text) {
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static String word(String word) {
        if (word.endsWith("*") && PLAIN_WORD.matcher(word.substring(0, word.length() - 1)).matches()) {
            return word.substring(0, word.length() - 1) + STEM_TAIL;
        }
        if (!PLAIN_WORD.matcher(word).matches()) {
            // words are split on spaces, so an alternative holding a space would silently change meaning
            Pattern.compile(word.replace("*", ""));
            // a stem inside an alternative, e.g. (?:technic*|staff), grows the same bounded way (\\s* stays regex)
            return "(?:" + word.replaceAll("(?<=[a-z])(?<!\\\\[a-z])\\*", STEM_TAIL.replace("\\", "\\\\")) + ")";
        }
        if (word.length() > 2 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "(?:y|ies)";
        }
        return word + "(?:s|es|['\u2019]s|s['\u2019])?";
    }
}
