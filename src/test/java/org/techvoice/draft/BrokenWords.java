package org.techvoice.draft;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words a page layout broke in two. The document's own text is the dictionary: every run of letters in it
 * (split at anything that is not a letter, so "co-author" gives "co" and "author", which a line may rightly break
 * between). A word broken inside a narrow table cell ("technica" / "l", "Succes" / "s measur" / "e") leaves on the
 * page runs of letters that the document never contains; LibreOffice does not hyphenate unless asked, so on a sound
 * page every run of letters is one of the document's. Each fragment is reported with the next line's start, so a
 * failure shows where the word broke.
 */
final class BrokenWords {

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    private final Set<String> dictionary;

    BrokenWords(String documentText) {
        this.dictionary = new HashSet<>(runs(documentText));
    }

    /** The fragments on a page's text, each with the line it is on and the start of the next one. */
    List<String> fragments(String pageText) {
        List<String> found = new ArrayList<>();
        String[] lines = normalised(pageText).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            for (String run : runs(lines[i])) {
                if (!dictionary.contains(run)) {
                    String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
                    found.add("\"" + run + "\" in line \"" + lines[i].strip() + "\" (next line: \""
                            + next.substring(0, Math.min(40, next.length())) + "\")");
                }
            }
        }
        return found;
    }

    private static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        Matcher m = LETTERS.matcher(normalised(text));
        while (m.find()) {
            runs.add(m.group().toLowerCase(Locale.ROOT));
        }
        return runs;
    }

    /** Ligatures (ﬁ, ﬂ) as the letters they join, as PDF text extraction may give them. */
    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
