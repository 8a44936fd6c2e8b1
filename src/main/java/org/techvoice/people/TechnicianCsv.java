package org.techvoice.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the technicians an admin pastes: one per line, {@code user,department,job family,registration}, where
 * user is a Slack user id ({@code U0123ABCD}, or a {@code <@U0123ABCD>} mention) or an email address. A first
 * line naming the columns is skipped. Everything wrong is reported by line; nothing is guessed.
 */
public final class TechnicianCsv {

    /** Far above what Slack's 3,000-character input can hold; guards the lookups that follow. */
    public static final int MAX_ROWS = 500;

    private static final Pattern USER_ID = Pattern.compile("^[UW][A-Z0-9]{2,}$");
    private static final Pattern MENTION = Pattern.compile("^<@([UW][A-Z0-9]{2,})(\\|[^>]*)?>$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+$");

    private TechnicianCsv() {
    }

    /** A technician as given on one line, the user not yet looked up. */
    public record Row(int line, String user, boolean byEmail, TechnicianDetails details) {
    }

    /**
     * A problem with one line, or with line 0, with the whole text.
     *
     * @param user the user as typed on the line; empty for the whole text
     */
    public record RowError(int line, String user, ImportProblem problem) {

        public RowError {
            user = user == null ? "" : user;
        }

        static RowError ofText(ImportProblem problem) {
            return new RowError(0, "", problem);
        }
    }

    public record Parsed(List<Row> rows, List<RowError> errors) {

        public boolean ok() {
            return errors.isEmpty() && !rows.isEmpty();
        }
    }

    public static Parsed parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(RowError.ofText(ImportProblem.Plain.NOTHING_PASTED));
            return new Parsed(rows, errors);
        }
        Map<String, Integer> firstLineOf = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.strip()), format)) {
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                if (line == 1 && isHeader(record)) {
                    continue;
                }
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    errors.add(RowError.ofText(new ImportProblem.TooManyLines(MAX_ROWS)));
                    break;
                }
                readRow(record, line, rows, errors, firstLineOf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException malformed) {
            // commons-csv reports an unclosed quote this way
            errors.add(RowError.ofText(new ImportProblem.NotCsv(malformed.getMessage())));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(RowError.ofText(ImportProblem.Plain.NO_TECHNICIANS));
        }
        return new Parsed(rows, errors);
    }

    private static void readRow(CSVRecord record, int line, List<Row> rows, List<RowError> errors,
            Map<String, Integer> firstLineOf) {
        String rawUser = record.get(0);
        if (record.size() < 3 || record.size() > 4) {
            errors.add(new RowError(line, rawUser, new ImportProblem.WrongColumnCount(record.size())));
            return;
        }
        String user;
        boolean byEmail;
        var mention = MENTION.matcher(rawUser);
        if (mention.matches()) {
            user = mention.group(1);
            byEmail = false;
        } else if (USER_ID.matcher(rawUser).matches()) {
            user = rawUser;
            byEmail = false;
        } else if (EMAIL.matcher(rawUser).matches()) {
            user = rawUser.toLowerCase(Locale.ROOT);
            byEmail = true;
        } else {
            errors.add(new RowError(line, rawUser, rawUser.isEmpty() ? ImportProblem.Plain.USER_MISSING : ImportProblem.Plain.NOT_A_USER));
            return;
        }
        Integer earlier = firstLineOf.putIfAbsent(user, line);
        if (earlier != null) {
            errors.add(new RowError(line, rawUser, new ImportProblem.Repeated(earlier, false)));
            return;
        }
        TechnicianDetails details = new TechnicianDetails(record.get(1), record.get(2), record.size() > 3 ? record.get(3) : null);
        var problems = details.problems();
        if (!problems.isEmpty()) {
            errors.add(new RowError(line, rawUser, new ImportProblem.InvalidDetails(problems)));
            return;
        }
        rows.add(new Row(line, user, byEmail, details));
    }

    private static boolean isHeader(CSVRecord record) {
        String first = record.get(0).toLowerCase(Locale.ROOT);
        return first.equals("user") || first.equals("email") || first.startsWith("slack") || first.equals("user id")
                || first.equals("id");
    }
}
