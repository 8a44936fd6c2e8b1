package org.techvoice.draft.document;

import java.awt.Color;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
    static final String CHART_TITLE = "Contributions and achievements logged per theme, by month";
    private static final int ITEM_TEXT_LENGTH = 300;

    private InitiativesSection() {
    }

    static Section build(EvidenceTally tally, String period, Citations citations, ChartRenderer charts) {
        List<Block> blocks = new ArrayList<>();
        long contributions = tally.total(Kind.CONTRIBUTION);
        long achievements = tally.total(Kind.ACHIEVEMENT);
        blocks.add(new Paragraph(opening(tally, period, contributions, achievements), false));
        if (contributions + achievements > 0) {
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
            blocks.add(new Paragraph(Words.count(c, "contribution") + " and " + Words.count(a, "achievement")
                    + " logged against " + theme.displayName() + "." + (themeTally.mainItems().size() < c + a
                            ? " The " + Words.count(themeTally.mainItems().size(), "most recent is", "most recent are") + " listed." : ""),
                    false));
            blocks.add(itemsTable(themeTally, citations));
            Map<String, Long> celebrated = themeTally.celebratedByCategory();
            if (celebrated.isEmpty()) {
                blocks.add(new Paragraph("No achievements celebrated yet for " + theme.displayName() + ".", true));
            } else {
                blocks.add(new Paragraph("Achievements celebrated in the technician network channel, by kind:", false));
                blocks.add(new Table(List.of("Kind", "Celebrated"),
                        celebrated.entrySet().stream().map(e -> List.of(e.getKey(), Long.toString(e.getValue()))).toList()));
            }
        }
        return new Section(HEADING, blocks);
    }

    /** A scaffold the lead can keep or rewrite, saying only what the figures say. */
    private static String opening(EvidenceTally tally, String period, long contributions, long achievements) {
        StringBuilder text = new StringBuilder(capitalised(period)).append(", technicians logged ")
                .append(Words.count(contributions, "contribution")).append(" and ").append(Words.count(achievements, "achievement"))
                .append(" in TechVoice");
        List<Theme> busiest = java.util.Arrays.stream(Theme.values())
                .filter(theme -> initiatives(tally.theme(theme)) > 0)
                .sorted(Comparator.comparingLong((Theme theme) -> initiatives(tally.theme(theme))).reversed()).toList();
        if (busiest.size() > 1) {
            Theme top = busiest.get(0);
            text.append(", the most under ").append(top.displayName()).append(" (").append(initiatives(tally.theme(top))).append(')');
        }
        text.append('.');
        List<String> quiet = java.util.Arrays.stream(Theme.values()).filter(theme -> initiatives(tally.theme(theme)) == 0)
                .map(Theme::displayName).toList();
        if (!quiet.isEmpty() && contributions + achievements > 0) {
            text.append(" None ").append(quiet.size() == 1 ? "was" : "were").append(" logged under ").append(and(quiet)).append('.');
        }
        text.append(" An item can count under more than one theme. The tables show the most recent items per theme; every item "
                + "cited is listed by reference in Appendix B.");
        return text.toString();
    }

    private static long initiatives(ThemeTally tally) {
        return tally.count(Kind.CONTRIBUTION) + tally.count(Kind.ACHIEVEMENT);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static Table itemsTable(ThemeTally tally, Citations citations) {
        List<List<String>> rows = new ArrayList<>();
        for (EvidenceEntry item : tally.mainItems()) {
            rows.add(List.of(citations.cite(item), Dates.format(item.date()), describe(item), shorten(item.text())));
        }
        return new Table(List.of("Ref", "Date", "Kind", "What was done"), rows);
    }

    private static String describe(EvidenceEntry entry) {
        if (entry.kind() == Kind.ACHIEVEMENT) {
            String kind = AchievementKinds.of(entry);
            String named = kind.equals(AchievementKinds.OTHER) ? "Achievement" : "Achievement: " + kind;
            return entry.celebrated() ? named + " (celebrated)" : named;
        }
        return entry.category() == null || entry.category().isBlank() ? "Contribution" : "Contribution: " + entry.category().strip();
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip();
        return flat.length() <= ITEM_TEXT_LENGTH ? flat : flat.substring(0, ITEM_TEXT_LENGTH - 1) + "\u2026";
    }

    /** Only themes with something logged: a flat line at zero would be a chart of nothing. */
    private static Chart chart(EvidenceTally tally, ChartRenderer charts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<YearMonth> months = tally.months();
        List<Theme> shown = java.util.Arrays.stream(Theme.values()).filter(theme -> initiatives(tally.theme(theme)) > 0).toList();
        List<String> headers = new ArrayList<>(List.of("Month"));
        shown.forEach(theme -> headers.add(theme.displayName()));
        List<List<String>> rows = new ArrayList<>();
        for (YearMonth month : months) {
            List<String> row = new ArrayList<>(List.of(Dates.month(month)));
            for (Theme theme : shown) {
                long count = tally.theme(theme).perMonth(month);
                data.addValue(count, theme.displayName(), Dates.month(month));
                row.add(Long.toString(count));
            }
            rows.add(row);
        }
        List<Color> colours = shown.stream().map(ChartRenderer::colour).toList();
        Png png = charts.countLines("Month", "Contributions and achievements", data, colours);
        return new Chart(CHART_TITLE, altText(tally, shown, months), png, ChartRenderer.WIDTH, ChartRenderer.HEIGHT, new Table(headers, rows));
    }

    private static String altText(EvidenceTally tally, List<Theme> shown, List<YearMonth> months) {
        String totals = shown.stream().map(theme -> theme.displayName() + " " + initiatives(tally.theme(theme)))
                .collect(Collectors.joining(", "));
        String span = months.size() == 1 ? "in " + Dates.month(months.get(0))
                : "each month from " + Dates.month(months.get(0)) + " to " + Dates.month(months.get(months.size() - 1));
        return "Line chart of the contributions and achievements technicians logged per theme " + span
                + ". Totals for the period: " + totals + ".";
    }
}
