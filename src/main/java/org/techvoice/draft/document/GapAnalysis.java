package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.document.DraftDocument.SubHeading;
import org.techvoice.draft.document.DraftDocument.Table;
import org.techvoice.themes.ActivityMatcher;
import org.techvoice.themes.ExampleActivity;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeCatalogue;

/** Appendix A gap analysis: for each theme, which of the form's example activities have evidence and which have none. */
@Component
class GapAnalysis {

    static final String HEADING = "Appendix A: Gap analysis against the example activities";

    private final ThemeCatalogue catalogue;
    private final ActivityMatcher matcher;

    private final DraftProperties properties;

    GapAnalysis(ThemeCatalogue catalogue, ActivityMatcher matcher, DraftProperties properties) {
        this.catalogue = catalogue;
        this.matcher = matcher;
        this.properties = properties;
    }

    /** Collects, as the entries stream past, which activities each entry speaks to. */
    ActivityEvidence collector(long seed) {
        return new ActivityEvidence(matcher::matchingActivities, properties.gapAnalysisEntries(), seed);
    }

    Result result(ActivityEvidence evidence, Citations citations) {
        List<Block> blocks = new ArrayList<>();
        int total = 0;
        int withEvidence = 0;
        List<Block> themes = new ArrayList<>();
        String none = evidence.sampled() ? "None found in the sample" : "None yet";
        for (Theme theme : Theme.values()) {
            List<ExampleActivity> activities = catalogue.activities(theme);
            if (activities.isEmpty()) {
                continue;
            }
            themes.add(new SubHeading(theme.displayName()));
            List<List<String>> rows = new ArrayList<>();
            for (ExampleActivity activity : activities) {
                ActivityEvidence.Hits hits = evidence.hits(activity.id());
                total++;
                if (hits.count() > 0) {
                    withEvidence++;
                }
                rows.add(List.of(activity.text(), hits.count() == 0 ? none : "Yes (" + hits.count() + ")", examples(hits, citations)));
            }
            themes.add(new Table(List.of("Example activity", "Evidence", "For example"), rows));
        }
        blocks.add(new Paragraph(withEvidence + " of the form's " + total + " example activities have evidence in TechVoice. "
                + "Activities with none are candidates for the action plan, or may be happening without being logged.", false));
        blocks.add(new Paragraph(evidence.sampled()
                ? "Matched against an even random sample of " + evidence.matched() + " of the " + evidence.seen()
                        + " contributions and achievements in the period; counts are within the sample."
                : "Matched against all " + evidence.seen() + " contributions and achievements in the period.", false));
        blocks.addAll(themes);
        return new Result(new Section(HEADING, blocks), withEvidence, total);
    }

    private static String examples(ActivityEvidence.Hits hits, Citations citations) {
        if (hits.count() == 0) {
            return "";
        }
        String shown = hits.examples().stream().map(citations::cite).collect(Collectors.joining(", "));
        long more = hits.count() - hits.examples().size();
        return more > 0 ? shown + " and " + more + " more" : shown;
    }

    record Result(Section section, int withEvidence, int total) {
    }

}
