package org.techvoice.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one run, written as a Markdown table and as CSV. */
final class Report {

    /**
     * One measured figure beside its same-run reference.
     *
     * @param reference NaN when the figure has no reference
     * @param verdict   PASS, FAIL, or a word saying why there is none (e.g. "info")
     */
    record Row(String figure, String measure, double value, String unit, String referenceName, double reference,
            String target, String verdict, String note) {

        String ratio() {
            return Double.isNaN(reference) || reference == 0 || Double.isNaN(value) ? "" : fmt(value / reference);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> header = new ArrayList<>();

    void header(String line) {
        header.add(line);
    }

    void add(Row row) {
        rows.add(row);
    }

    void note(String note) {
        notes.add(note);
    }

    /** A figure that could not be measured: said plainly, never a number. */
    void notMeasured(String figure, String why) {
        rows.add(new Row(figure, "not measured", Double.NaN, "", "", Double.NaN, "", "NOT MEASURED", why));
    }

    static String verdict(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder md = new StringBuilder("# TechVoice benchmark report\n\n");
        header.forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\n| Figure | Measure | Value | Reference (same run) | Ref. value | Ratio | Target | Result | Note |\n");
        md.append("|---|---|---:|---|---:|---:|---|---|---|\n");
        StringBuilder csv = new StringBuilder("figure,measure,value,unit,reference,reference_value,ratio,target,result,note\n");
        for (Row row : rows) {
            md.append("| ").append(String.join(" | ", row.figure(), row.measure(), withUnit(row.value(), row.unit()),
                    row.referenceName(), withUnit(row.reference(), row.unit()), row.ratio(), row.target(),
                    row.verdict().equals("PASS") || row.verdict().equals("FAIL") ? "**" + row.verdict() + "**" : row.verdict(),
                    row.note())).append(" |\n");
            csv.append(String.join(",", csvCell(row.figure()), csvCell(row.measure()), Double.isNaN(row.value()) ? "" : fmt(row.value()),
                    csvCell(row.unit()), csvCell(row.referenceName()), Double.isNaN(row.reference()) ? "" : fmt(row.reference()),
                    row.ratio(), csvCell(row.target()), row.verdict(), csvCell(row.note()))).append('\n');
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        Files.writeString(dir.resolve("report.md"), md, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.csv"), csv, StandardCharsets.UTF_8);
    }

    private static String withUnit(double value, String unit) {
        return Double.isNaN(value) ? "" : fmt(value) + (unit.isEmpty() ? "" : " " + unit);
    }

    static String fmt(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String csvCell(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
