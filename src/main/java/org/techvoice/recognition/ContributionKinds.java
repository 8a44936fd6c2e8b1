package org.techvoice.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests what kind of contribution a text describes, as the theme suggester does for themes: whole-word cues,
 * each with a weight; the kind whose cues found in the text weigh most wins (ties go to the kind listed first in
 * {@link ContributionKind}), and nothing is suggested below {@link #THRESHOLD}. Training that was <em>received</em>
 * ("attended a training course") is career development, not training given, so it is not a cue.
 */
final class ContributionKinds {

    static final int THRESHOLD = 2;
    private static final int CUES_IN_REASON = 2;

    private record Rule(ContributionKind kind, int weight, Pattern pattern) {
    }

    /** Letters or digits on either side mean the cue is inside another word. */
    private static final String START = "(?<![\\p{L}\\p{N}])";
    private static final String END = "(?![\\p{L}\\p{N}])";
    /** "attended/completed/received/went on ... training" within a few words: training received. */
    private static final Pattern TRAINING_RECEIVED = Pattern.compile(START
            + "(?:attend(?:ed|ing)?|complet(?:ed|ing)|receiv(?:ed|ing)|went on|undert(?:ook|aking)|took|did)"
            + "(?:\\s+[\\p{L}\\p{N}'’-]+){0,4}?\\s+(?:training|course)" + END);

    private static final List<Rule> RULES = List.of(
            rule(ContributionKind.RESEARCH_OUTPUT, 3, "publications?|published|co-?authored|co-?authors?|preprints?|"
                    + "journal (?:article|paper)s?|conference (?:paper|poster)s?|patents?|datasets?|data sets?"),
            rule(ContributionKind.RESEARCH_OUTPUT, 2, "papers?|posters?|acknowledged in|citations?|doi"),
            rule(ContributionKind.TEACHING, 3, "taught|teach(?:es|ing)?|lectures?|lectured|demonstrat(?:ed|ing|or|ors)|"
                    + "practical (?:class|classes|session|sessions)|lab(?:oratory)? (?:class|classes|practicals?)|tutorials?"),
            rule(ContributionKind.TEACHING, 2, "undergraduates?|modules?|students'? projects?|marking|assessed"),
            rule(ContributionKind.OUTREACH, 3, "outreach|open days?|science (?:festival|fair)s?|stem ambassadors?|"
                    + "pupils|schools?|public engagement|museum|community (?:event|group)s?|festival"),
            rule(ContributionKind.OUTREACH, 2, "(?:the )?public|visitors|year \\d{1,2}|sixth form|primary|secondary"),
            rule(ContributionKind.TRAINING_GIVEN, 3, "trained|inducted|inductions?|training (?:session|course|day|workshop)s?|"
                    + "ran (?:a |the )?training|gave (?:a |the )?training|deliver(?:ed|ing) (?:a |the )?training|"
                    + "showed [\\p{L} ]{1,40} how to"),
            rule(ContributionKind.TRAINING_GIVEN, 2, "training|workshops?|mentored|mentoring|coached"),
            rule(ContributionKind.COMMITTEE, 3, "committees?|working groups?|steering groups?|boards?|elected|"
                    + "(?:staff|technician) (?:rep|representative)s?|sat on|panel member"),
            rule(ContributionKind.COMMITTEE, 2, "chaired|chair|panels?|council|network lead|representative"),
            rule(ContributionKind.PROCESS_IMPROVEMENT, 3, "streamlined|automated|automat(?:ion|ing)|"
                    + "standard operating procedures?|sops?|new (?:process|procedure|workflow|booking system)s?|"
                    + "(?:cut|reduced|halved) [\\p{L}\\p{N} ]{0,30}(?:time|waste|cost|costs|queue|backlog|downtime)"),
            rule(ContributionKind.PROCESS_IMPROVEMENT, 2, "improved|redesigned|simplified|process(?:es)?|workflows?|"
                    + "saved|efficien(?:t|cy)|booking system"));

    private ContributionKinds() {
    }

    private static Rule rule(ContributionKind kind, int weight, String alternatives) {
        return new Rule(kind, weight, Pattern.compile(START + "(?:" + alternatives + ")" + END));
    }

    static Optional<KindSuggestion> suggest(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = text.toLowerCase(Locale.ROOT);
        String withoutReceived = TRAINING_RECEIVED.matcher(folded).replaceAll(" ");
        Map<ContributionKind, Integer> weights = new EnumMap<>(ContributionKind.class);
        Map<ContributionKind, Set<String>> cues = new EnumMap<>(ContributionKind.class);
        for (Rule rule : RULES) {
            String searched = rule.kind() == ContributionKind.TRAINING_GIVEN ? withoutReceived : folded;
            Matcher matcher = rule.pattern().matcher(searched);
            if (matcher.find()) {
                weights.merge(rule.kind(), rule.weight(), Integer::sum);
                cues.computeIfAbsent(rule.kind(), k -> new LinkedHashSet<>()).add(matcher.group().strip());
            }
        }
        return weights.entrySet().stream()
                .filter(entry -> entry.getValue() >= THRESHOLD)
                .max(Comparator.comparingInt((Map.Entry<ContributionKind, Integer> entry) -> entry.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(entry -> new KindSuggestion(entry.getKey(),
                        new ArrayList<>(cues.get(entry.getKey())).subList(0, Math.min(CUES_IN_REASON, cues.get(entry.getKey()).size()))));
    }
}
