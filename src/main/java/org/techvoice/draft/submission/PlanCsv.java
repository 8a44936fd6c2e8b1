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
    static final String COLUMNS = "reference, action, themes, status, RAG, deadline, what was achieved";

    private PlanCsv() {
    }

    /** @param line 0 when the problem is with the whole text */
    public record RowError(int line, String problem) {
    }

    public record Parsed(List<SubmittedAction> actions, List<RowError> errors) {
    }

    public static Parsed parse(String text) {
        List<SubmittedAction> actions = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(new RowError(0, "Paste at least one action: " + COLUMNS + "."));
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
                    errors.add(new RowError(0, "That is more than " + MAX_ROWS + " lines."));
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
            errors.add(new RowError(0, "The text is not valid CSV (" + malformed.getMessage() + "). Check for an unclosed double quote."));
        }
        if (actions.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(0, "There are column names but no actions below them."));
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
        if (record.size() < 4 || record.size() > 7) {
            return Optional.of(new RowError(line, "expected 4 to 7 columns (" + COLUMNS + ") but found " + record.size() + "."));
        }
        String reference = record.get(0).toUpperCase(Locale.ROOT);
        if (!reference.matches("^[A-Z0-9]{1,8}[-.]?\\d{0,4}$") || reference.isEmpty()) {
            return Optional.of(new RowError(line, "\"" + record.get(0) + "\" is not a reference like TC-01 or 3.2."));
        }
        if (seen.contains(reference)) {
            return Optional.of(new RowError(line, reference + " is listed twice."));
        }
        if (record.get(1).isBlank() || record.get(1).length() > 3000) {
            return Optional.of(new RowError(line, "say what the action was (up to 3,000 characters)."));
        }
        if (themes(record.get(2)).isEmpty()) {
            return Optional.of(new RowError(line, "name at least one theme (Visibility, Recognition, Career Development, "
                    + "Sustainability, Evaluating Impact), separated by ;"));
        }
        if (status(record.get(3)) == null) {
            return Optional.of(new RowError(line, "\"" + record.get(3) + "\" is not a status: use not started, in progress, done or dropped."));
        }
        if (record.size() > 4 && !record.get(4).isBlank() && rag(record.get(4)) == null) {
            return Optional.of(new RowError(line, "\"" + record.get(4) + "\" is not a RAG rating: use red, amber or green."));
        }
        if (record.size() > 5 && !record.get(5).isBlank()) {
            try {
                LocalDate.parse(record.get(5));
            } catch (DateTimeParseException e) {
                return Optional.of(new RowError(line, "\"" + record.get(5) + "\" is not a date like 2024-07-31."));
            }
        }
        if (record.size() > 6 && record.get(6).length() > 3000) {
            return Optional.of(new RowError(line, "please keep what was achieved under 3,000 characters."));
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
