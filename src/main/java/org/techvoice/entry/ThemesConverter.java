package org.techvoice.entry;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.techvoice.themes.Theme;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a set of themes as their names, comma-separated, in theme order (e.g. {@code RECOGNITION,SUSTAINABILITY}). */
@Converter
public class ThemesConverter implements AttributeConverter<Set<Theme>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Theme> themes) {
        return themes == null ? "" : EnumSet.copyOf(themes.isEmpty() ? EnumSet.noneOf(Theme.class) : themes).stream()
                .map(Theme::name).collect(Collectors.joining(","));
    }

    /**
     * Each column value read before, parsed: four themes make at most 16 values, and a draft reads this column for up to
     * 100,000 rows. The caller gets its own copy, as entities may change their set.
     */
    private static final Map<String, EnumSet<Theme>> PARSED = new ConcurrentHashMap<>();
    private static final int MOST_REMEMBERED = 64;

    @Override
    public Set<Theme> convertToEntityAttribute(String column) {
        if (column == null) {
            return EnumSet.noneOf(Theme.class);
        }
        EnumSet<Theme> parsed = PARSED.get(column);
        if (parsed == null) {
            parsed = parse(column);
            if (PARSED.size() < MOST_REMEMBERED) {
                PARSED.put(column, parsed);
            }
        }
        return parsed.clone();
    }

    private static EnumSet<Theme> parse(String column) {
        EnumSet<Theme> themes = EnumSet.noneOf(Theme.class);
        Arrays.stream(column.split(",")).filter(name -> !name.isBlank()).map(Theme::valueOf).forEach(themes::add);
        return themes;
    }
}
