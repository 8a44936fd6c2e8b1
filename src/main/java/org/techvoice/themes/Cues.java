package org.techvoice.themes;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the whole-word patterns the theme rules are made of, so each rule reads like the phrase it
 * looks for instead of a regular expression.
 */
final class Cues {

    /** Letters or digits on either side mean the cue is inside another word ("CPD" in "XCPDY"). */
    private static final String START = "(?<![\\p{L}\\p{N}])";
    private static final String END = "(?![\\p{L}\\p{N}])";
    /** Between the words of a phrase: spaces (any Unicode space), or a hyphen or slash ("job-description"). */
    private static final String GAP = "(?:[\\s\\p{Z}]*[-\u2010\u2011\u2013/][\\s\\p{Z}]*|[\\s\\p{Z}]+)";
    private static final Pattern PLAIN_WORD = Pattern.compile("[a-z]+");
    /** A stem may only grow by a bounded number of letters: keeps matching linear on hostile input. */
    private static final String STEM_TAIL = "\\p{L}{0,14}(?:['\u2019]s?)?";

    private Cues() {
    }

    /**
     * An ordinary phrase, case-insensitive. Each word is written in lower case and, unless it says
     * otherwise, also matches its plural ({@code job description} finds "Job Descriptions"). A word ending
     * in {@code *} is a stem ({@code mentor*} finds mentoring, mentored, mentorship). Anything else in a
     * word is taken as regex, for the few cues that need an alternative.
     */
    static Pattern phrase(String phrase) {
        String body = Arrays.stream(phrase.trim().split(" +")).map(Cues::word).collect(Collectors.joining(GAP));
        return Pattern.compile(START + "(?:" + body + ")" + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * A short token such as {@code IEng} or {@code CPD}, matched exactly as written (case matters: "ieng"
     * or "Ceng" are not the registrations) and only as a whole word; a plural "s" is allowed ("JDs").
     */
    static Pattern token(String token) {
        return Pattern.compile(START + Pattern.quote(token) + "s?" + END);
    }

    /** A token no English word could be mistaken for, matched in any case ({@code rsci}, {@code Cpd}). */
    static Pattern tokenAnyCase(String token) {
        return Pattern.compile(START + Pattern.quote(token) + "s?" + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String word(String word) {
        if (word.endsWith("*") && PLAIN_WORD.matcher(word.substring(0, word.length() - 1)).matches()) {
            return word.substring(0, word.length() - 1) + STEM_TAIL;
        }
        if (!PLAIN_WORD.matcher(word).matches()) {
            // words are split on spaces, so an alternative holding a space would silently change meaning
            Pattern.compile(word.replace("*", ""));
            // a stem inside an alternative, e.g. (?:technic*|staff), grows the same bounded way
            return "(?:" + word.replaceAll("(?<=[a-z])\\*", STEM_TAIL.replace("\\", "\\\\")) + ")";
        }
        if (word.length() > 2 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "(?:y|ies)";
        }
        return word + "(?:s|es|['\u2019]s|s['\u2019])?";
    }
}
