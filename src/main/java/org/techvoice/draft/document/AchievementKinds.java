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

    /**
     * @param stems words one of which every match of the cue contains (lower case): a text with none of them is
     *              passed over without running the regex, the same answer for a fraction of the cost (a large draft
     *              asks this of every celebration, tens of thousands of times)
     */
    private record Kind(String name, Pattern cue, List<String> stems) {

        Kind(String name, Pattern cue, String... stems) {
            this(name, cue, List.of(stems));
        }

        boolean matches(String text, String lowerCase) {
            // a loop, not a stream: this runs for every achievement of a draft, and each stream was four objects
            for (String stem : stems) {
                if (lowerCase.contains(stem)) {
                    return cue.matcher(text).find();
                }
            }
            return false;
        }
    }

    /** The first that matches names it: "shortlisted for an award" is a nomination, not an award. */
    private static final List<Kind> KINDS = List.of(
            new Kind("award nomination", Pattern.compile("\\b(shortlist\\w*|nominat\\w*|finalist|runner[- ]up)\\b", Pattern.CASE_INSENSITIVE),
                    "shortlist", "nominat", "finalist", "runner"),
            new Kind("professional registration", Pattern.compile(
                    "\\b(regist(?:ered|ration)|chartered|RSciTech|RSci|CSci|CSciTeach|EngTech|IEng|CEng|RITTech|post[- ]?nominals?)\\b",
                    Pattern.CASE_INSENSITIVE), "regist", "chartered", "sci", "eng", "rittech", "nominal"),
            new Kind("award", Pattern.compile("\\b(award(?:s|ed)?|prizes?|medals?|won)\\b", Pattern.CASE_INSENSITIVE),
                    "award", "prize", "medal", "won"),
            new Kind("promotion", Pattern.compile("\\b(promot\\w*|regrad\\w*)\\b", Pattern.CASE_INSENSITIVE), "promot", "regrad"),
            new Kind("fellowship", Pattern.compile("\\b(fellow(?:ship)?|A?S?FHEA)\\b", Pattern.CASE_INSENSITIVE), "fellow", "fhea"),
            new Kind("qualification", Pattern.compile(
                    "\\b(qualifi\\w*|degree|diploma|certificat\\w*|graduat\\w*|apprenticeship|accredit\\w*|passed)\\b",
                    Pattern.CASE_INSENSITIVE), "qualifi", "degree", "diploma", "certificat", "graduat", "apprenticeship", "accredit", "passed"),
            new Kind("publication", Pattern.compile("\\b(publish\\w*|publication|paper|co-?author\\w*)\\b", Pattern.CASE_INSENSITIVE),
                    "publish", "publication", "paper", "author"));

    private AchievementKinds() {
    }

    /** The category the entry came with when it says something, else the kind its text names. */
    static String of(EvidenceEntry entry) {
        String category = entry.category() == null ? "" : entry.category().strip();
        if (!category.isEmpty() && !category.toLowerCase(Locale.ROOT).equals(GENERIC)) {
            return category;
        }
        String text = entry.text() == null ? "" : entry.text();
        String lowerCase = text.toLowerCase(Locale.ROOT);
        for (Kind kind : KINDS) {
            if (kind.matches(text, lowerCase)) {
                return kind.name();
            }
        }
        return OTHER;
    }
}
