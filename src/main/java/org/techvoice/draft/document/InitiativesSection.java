package org.techvoice.draft.document;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jfree.data.category.DefaultCategoryDataset;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Chart;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.document.DraftDocument.SubHeading;
import org.techvoice.draft.document.DraftDocument.Table;
import org.techvoice.draft.document.EvidenceTally.ThemeTally;
import org.techvoice.themes.Theme;

/** "Initiatives since becoming a signatory", theme by theme, from contributions and achievements. */
final class InitiativesSection {

    static final String HEADING = "Initiatives since becoming a signatory";
    static final String CHART_TITLE = "Entries per theme by month";
    private static final int ITEM_TEXT_LENGTH = 300;

    private InitiativesSection() {
    }

    static Section build(EvidenceTally tally, String period, Citations citations, ChartRenderer charts) {
        List<Block> blocks = new ArrayList<>();
        long contributions = tally.total(Kind.CONTRIBUTION);
        long achievements = tally.total(Kind.ACHIEVEMENT);
        blocks.add(new Paragraph("Compiled from " + contributions + " contribution(s) and " + achievements
                + " achievement(s) logged by technicians in TechVoice " + period + ". The tables show the most recent items "
                + "per theme; every item cited is listed by reference in the evidence appendix.", false));
        if (tally.total() > 0) {
            blocks.add(chart(tally, charts));
        }
        for (Theme theme : Theme.values()) {
            blocks.add(new SubHeading(theme.displayName()));
            ThemeTally themeTally = tally.theme(theme);
            long c = themeTally.count(Kind.CONTRIBUTION);
            long a = themeTally.count(Kind.ACHIEVEMENT);
            if (c + a == 0) {
                blocks.add(Placeholders.noEvidence("Contributions and achievements that technicians log in TechVoice against "
                        + theme.displayName() + " would fill this part."));
                continue;
            }
            blocks.add(new Paragraph(c + " contribution(s) and " + a + " achievement(s) logged against " + theme.displayName() + ".", false));
            blocks.add(itemsTable(themeTally, citations));
            Map<String, Long> celebrated = themeTally.celebratedByCategory();
            if (celebrated.isEmpty()) {
                blocks.add(new Paragraph("No achievements celebrated yet for " + theme.displayName() + ".", true));
            } else {
                blocks.add(new Paragraph("Celebrated achievements by kind:", false));
                blocks.add(new Table(List.of("Kind", "Celebrated"),
                        celebrated.entrySet().stream().map(e -> List.of(e.getKey(), Long.toString(e.getValue()))).toList()));
            }
        }
        return new Section(HEADING, blocks);
    }

    private static Table itemsTable(ThemeTally tally, Citations citations) {
        List<List<String>> rows = new ArrayList<>();
        for (EvidenceEntry item : tally.mainItems()) {
            rows.add(List.of(citations.cite(item), Dates.format(item.date()), describe(item), shorten(item.text())));
        }
        return new Table(List.of("Ref", "Date", "Kind", "What was done"), rows);
    }

    private static String describe(EvidenceEntry entry) {
        String kind = entry.kind() == Kind.ACHIEVEMENT ? (entry.celebrated() ? "Achievement (celebrated)" : "Achievement") : "Contribution";
        return entry.category() == null || entry.category().isBlank() ? kind : kind + ": " + entry.category().strip();
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip();
        return flat.length() <= ITEM_TEXT_LENGTH ? flat : flat.substring(0, ITEM_TEXT_LENGTH - 1) + "\u2026";
    }

    private static Chart chart(EvidenceTally tally, ChartRenderer charts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<YearMonth> months = tally.months();
        List<String> headers = new ArrayList<>(List.of("Month"));
        for (Theme theme : Theme.values()) {
            headers.add(theme.displayName());
        }
        List<List<String>> rows = new ArrayList<>();
        for (YearMonth month : months) {
            List<String> row = new ArrayList<>(List.of(Dates.month(month)));
            for (Theme theme : Theme.values()) {
                long count = tally.theme(theme).perMonth(month);
                data.addValue(count, theme.displayName(), Dates.month(month));
                row.add(Long.toString(count));
            }
            rows.add(row);
        }
        return new Chart(CHART_TITLE, charts.line(CHART_TITLE, "Month", "Entries", data), ChartRenderer.WIDTH, ChartRenderer.HEIGHT, new Table(headers, rows));
    }
}
