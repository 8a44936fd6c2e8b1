package org.techvoice.draft.document;

import java.util.List;

/**
 * Column widths weighted to what the columns hold, so no word is broken inside a cell: every column is at least
 * as wide as its longest word (capped, so one web address cannot take the table), and what is left goes to the
 * columns with the most text. A "Ref" or "RAG" column stays narrow; "Action" and "Success measure" get the room.
 */
final class ColumnWidths {

    /** An average character of the table text (Arial 9.5 pt, bold headers) in twips, with a margin for wide letters. */
    static final int CHAR = 125;
    /** Left and right cell margins together (Word's default 0.19 cm each side, a little more in LibreOffice), in twips. */
    static final int PADDING = 260;
    /** Words longer than this (web addresses, e-mail addresses) may wrap rather than widen their column. */
    static final int LONGEST_WORD_KEPT = 16;
    /** How much a column's extra width follows its extra text: 1 is in proportion, 0.5 the square root. */
    static final double DAMPING = 0.75;

    private ColumnWidths() {
    }

    /** @return each column's width in twips, adding up to {@code total} */
    static int[] of(List<String> headers, List<List<String>> rows, int total) {
        int columns = headers.size();
        double[] minimum = new double[columns];
        double[] wanted = new double[columns];
        for (int c = 0; c < columns; c++) {
            int longestWord = longestWord(headers.get(c));
            long characters = 0;
            int filled = 0;
            for (List<String> row : rows) {
                String cell = c < row.size() && row.get(c) != null ? row.get(c) : "";
                longestWord = Math.max(longestWord, longestWord(cell));
                characters += cell.length();
                filled += cell.isBlank() ? 0 : 1;
            }
            // the average of the cells with something in them: a column mostly empty still needs room where it is not
            double average = filled == 0 ? headers.get(c).length() : (double) characters / filled;
            minimum[c] = Math.min(longestWord, LONGEST_WORD_KEPT) * CHAR + PADDING;
            // a column's ideal is its average text on one line; it never needs more than a few lines' worth
            wanted[c] = Math.max(minimum[c], Math.min(average, 120) * CHAR + PADDING);
        }
        return fit(minimum, wanted, total);
    }

    private static int[] fit(double[] minimum, double[] wanted, int total) {
        double minimumSum = sum(minimum);
        double wantedSum = sum(wanted);
        double extraWanted = 0;
        for (int c = 0; c < minimum.length; c++) {
            extraWanted += Math.pow(wanted[c] - minimum[c], DAMPING);
        }
        double[] widths = new double[minimum.length];
        for (int c = 0; c < widths.length; c++) {
            if (minimumSum >= total) {
                widths[c] = minimum[c] * total / minimumSum;
            } else if (wantedSum <= total) {
                widths[c] = wanted[c] * total / wantedSum;
            } else {
                // every column gets its minimum; the rest is shared by how much more each wants, dampened (a power below
                // one) so one column of long sentences cannot squeeze a column of short references onto many lines
                widths[c] = minimum[c] + (total - minimumSum) * Math.pow(wanted[c] - minimum[c], DAMPING) / extraWanted;
            }
        }
        int[] rounded = new int[widths.length];
        int given = 0;
        for (int c = 0; c < widths.length; c++) {
            rounded[c] = (int) Math.floor(widths[c]);
            given += rounded[c];
        }
        if (rounded.length > 0) {
            rounded[rounded.length - 1] += total - given;
        }
        return rounded;
    }

    private static int longestWord(String text) {
        int longest = 0;
        // a slash between words is a place to break the line in the Word document (DocxRenderer.shown)
        for (String word : text.split("[\\s\\p{Z}]+|(?<=\\p{L}/)(?=\\p{L})")) {
            longest = Math.max(longest, word.codePointCount(0, word.length()));
        }
        return longest;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
