package org.techvoice.draft.submission;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.themes.Theme;

/**
 * Reads the actions of an earlier plan a lead pastes, one per line:
 * {@code reference, action, themes, status[, RAG][, deadline YYYY-MM-DD][, what was achieved]}. Themes are separated by
 * {@code ;} and named as the Commitment names them (Visibility, Recognition, Career Development, Sustainability,
 * Evaluating Impact); status is not started, in progress, done or dropped. A first line naming the columns is skipped.
 * Everything wrong is reported by line; nothing is guessed.
 */
public final class PlanCsv {

    public static final int MAX_ROWS = 200;
    /** Characters of an action's text and of what was achieved. */
    public static final int MAX_TEXT = 3000;
    public static final int MIN_COLUMNS = 4;
    public static final int MAX_COLUMNS = 7;

    private PlanCsv() {
    }

    /**
     * A problem with one line, as facts the draft's Slack adapter words.
     *
     * @param line  0 when the problem is with the whole text
     * @param typed what the line had where the words repeat it (a reference, status, rating or date), or the CSV
     *              reader's own account for {@link Problem#NOT_CSV}; else empty
     * @param count the columns found, for {@link Problem#WRONG_COLUMN_COUNT}; else 0
     */
    public record RowError(int line, Problem problem, String typed, int count) {

        public RowError {
            typed = typed == null ? "" : typed;
        }

        static RowError of(int line, Problem problem, String typed) {
            return new RowError(line, problem, typed, 0);
        }
    }

    public enum Problem {
        /** Nothing pasted. */
        NOTHING_PASTED,
        /** More than {@link PlanCsv#MAX_ROWS} lines. */
        TOO_MANY_LINES,
        /** Not CSV (an unclosed quote). */
        NOT_CSV,
        /** Only the line of column names. */
        NO_ACTIONS,
        /** Fewer than {@link PlanCsv#MIN_COLUMNS} or more than {@link PlanCsv#MAX_COLUMNS} columns. */
        WRONG_COLUMN_COUNT,
        /** Not a reference like TC-01 or 3.2. */
        NOT_A_REFERENCE,
        /** The reference is on an earlier line too. */
        LISTED_TWICE,
        /** The action's text is empty or over {@link PlanCsv#MAX_TEXT} characters. */
        NO_ACTION_TEXT,
        /** No theme named. */
        NO_THEME,
        /** Not a status. */
        NOT_A_STATUS,
        /** Not a RAG rating. */
        NOT_A_RAG,
        /** Not a date like 2024-07-31. */
        NOT_A_DATE,
        /** What was achieved is over {@link PlanCsv#MAX_TEXT} characters. */
        ACHIEVED_TOO_LONG
    }

    public record Parsed(List<SubmittedAction> actions, List<RowError> errors) {
    }

    public static Parsed parse(String text) {
        List<SubmittedAction> actions = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(RowError.of(0, Problem.NOTHING_PASTED, null));
            return new Parsed(actions, errors);
        }
        Set<String> seen = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.strip()), format)) {
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                if (line == 1 && record.get(0).toLowerCase(Locale.ROOT).startsWith("ref")) {
                    continue;
                }
                if (actions.size() + errors.size() >= MAX_ROWS) {
                    errors.add(RowError.of(0, Problem.TOO_MANY_LINES, null));
                    break;
                }
                Optional<RowError> problem = problem(record, line, seen);
                if (problem.isPresent()) {
                    errors.add(problem.get());
                } else {
                    actions.add(read(record, seen));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException malformed) {
            errors.add(RowError.of(0, Problem.NOT_CSV, malformed.getMessage()));
        }
        if (actions.isEmpty() && errors.isEmpty()) {
            errors.add(RowError.of(0, Problem.NO_ACTIONS, null));
        }
        return new Parsed(errors.isEmpty() ? actions : List.of(), errors);
    }

    private static SubmittedAction read(CSVRecord record, Set<String> seen) {
        String reference = record.get(0).toUpperCase(Locale.ROOT);
        seen.add(reference);
        Rag rag = record.size() > 4 && !record.get(4).isBlank() ? rag(record.get(4)) : null;
        LocalDate deadline = record.size() > 5 && !record.get(5).isBlank() ? LocalDate.parse(record.get(5)) : null;
        String note = record.size() > 6 && !record.get(6).isBlank() ? record.get(6) : null;
        return new SubmittedAction(reference, themes(record.get(2)), record.get(1), null, deadline, rag,
                status(record.get(3)), note, rag == null ? List.of() : List.of(rag), List.of());
    }

    private static Optional<RowError> problem(CSVRecord record, int line, Set<String> seen) {
        if (record.size() < MIN_COLUMNS || record.size() > MAX_COLUMNS) {
            return Optional.of(new RowError(line, Problem.WRONG_COLUMN_COUNT, null, record.size()));
        }
        String reference = record.get(0).toUpperCase(Locale.ROOT);
        if (!reference.matches("^[A-Z0-9]{1,8}[-.]?\\d{0,4}$") || reference.isEmpty()) {
            return Optional.of(RowError.of(line, Problem.NOT_A_REFERENCE, record.get(0)));
        }
        if (seen.contains(reference)) {
            return Optional.of(RowError.of(line, Problem.LISTED_TWICE, reference));
        }
        if (record.get(1).isBlank() || record.get(1).length() > MAX_TEXT) {
            return Optional.of(RowError.of(line, Problem.NO_ACTION_TEXT, null));
        }
        if (themes(record.get(2)).isEmpty()) {
            return Optional.of(RowError.of(line, Problem.NO_THEME, null));
        }
        if (status(record.get(3)) == null) {
            return Optional.of(RowError.of(line, Problem.NOT_A_STATUS, record.get(3)));
        }
        if (record.size() > 4 && !record.get(4).isBlank() && rag(record.get(4)) == null) {
            return Optional.of(RowError.of(line, Problem.NOT_A_RAG, record.get(4)));
        }
        if (record.size() > 5 && !record.get(5).isBlank()) {
            try {
                LocalDate.parse(record.get(5));
            } catch (DateTimeParseException e) {
                return Optional.of(RowError.of(line, Problem.NOT_A_DATE, record.get(5)));
            }
        }
        if (record.size() > 6 && record.get(6).length() > MAX_TEXT) {
            return Optional.of(RowError.of(line, Problem.ACHIEVED_TOO_LONG, null));
        }
        return Optional.empty();
    }

    private static Set<Theme> themes(String text) {
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        for (String part : text.split("[;|/]")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            Optional<Theme> theme = Arrays.stream(Theme.values())
                    .filter(t -> t.displayName().toLowerCase(Locale.ROOT).equals(name) || t.name().toLowerCase(Locale.ROOT).equals(name))
                    .findFirst();
            if (theme.isEmpty()) {
                return Set.of();
            }
            themes.add(theme.get());
        }
        return themes;
    }

    private static ActionStatus status(String text) {
        String name = text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        return switch (name) {
            case "not started" -> ActionStatus.NOT_STARTED;
            case "in progress", "ongoing", "started" -> ActionStatus.IN_PROGRESS;
            case "done", "complete", "completed" -> ActionStatus.DONE;
            case "dropped", "closed", "withdrawn" -> ActionStatus.DROPPED;
            default -> null;
        };
    }

    private static Rag rag(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Rag.values()).filter(r -> r.name().equals(name) || r.name().substring(0, 1).equals(name)).findFirst().orElse(null);
    }
}
