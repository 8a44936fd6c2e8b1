package org.techvoice.entry;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
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

    @Override
    public Set<Theme> convertToEntityAttribute(String column) {
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        if (column != null) {
            Arrays.stream(column.split(",")).filter(name -> !name.isBlank()).map(Theme::valueOf).forEach(themes::add);
        }
        return themes;
    }
}
