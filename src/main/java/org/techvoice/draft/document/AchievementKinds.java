package org.techvoice.draft.document;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.techvoice.draft.EvidenceEntry;

/**
 * The kind of an achievement as a reader of the draft wants it named: a professional registration, an award, a
 * promotion... Celebrations are logged as free text, so their evidence arrives with the generic category
 * "achievement"; the kind is then read from the text, and "other" when nothing says which.
 */
final class AchievementKinds {

    static final String OTHER = "other";
    private static final String GENERIC = "achievement";

    private record Kind(String name, Pattern cue) {
    }

    /** The first that matches names it: "shortlisted for an award" is a nomination, not an award. */
    private static final List<Kind> KINDS = List.of(
            new Kind("award nomination", Pattern.compile("\\b(shortlist\\w*|nominat\\w*|finalist|runner[- ]up)\\b", Pattern.CASE_INSENSITIVE)),
            new Kind("professional registration", Pattern.compile(
                    "\\b(regist(?:ered|ration)|chartered|RSciTech|RSci|CSci|CSciTeach|EngTech|IEng|CEng|RITTech|post[- ]?nominals?)\\b",
                    Pattern.CASE_INSENSITIVE)),
            new Kind("award", Pattern.compile("\\b(award(?:s|ed)?|prizes?|medals?|won)\\b", Pattern.CASE_INSENSITIVE)),
            new Kind("promotion", Pattern.compile("\\b(promot\\w*|regrad\\w*)\\b", Pattern.CASE_INSENSITIVE)),
            new Kind("fellowship", Pattern.compile("\\b(fellow(?:ship)?|A?S?FHEA)\\b", Pattern.CASE_INSENSITIVE)),
            new Kind("qualification", Pattern.compile(
                    "\\b(qualifi\\w*|degree|diploma|certificat\\w*|graduat\\w*|apprenticeship|accredit\\w*|passed)\\b",
                    Pattern.CASE_INSENSITIVE)),
            new Kind("publication", Pattern.compile("\\b(publish\\w*|publication|paper|co-?author\\w*)\\b", Pattern.CASE_INSENSITIVE)));

    private AchievementKinds() {
    }

    /** The category the entry came with when it says something, else the kind its text names. */
    static String of(EvidenceEntry entry) {
        String category = entry.category() == null ? "" : entry.category().strip();
        if (!category.isEmpty() && !category.toLowerCase(Locale.ROOT).equals(GENERIC)) {
            return category;
        }
        String text = entry.text() == null ? "" : entry.text();
        return KINDS.stream().filter(kind -> kind.cue().matcher(text).find()).map(Kind::name).findFirst().orElse(OTHER);
    }
}
