package org.techvoice.slack;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.slack.api.model.view.ViewState;

/** Reads submitted modal values by block id, each block holding one element whose action id is {@link Modals#VALUE}. */
public final class ModalState {

    private final Map<String, Map<String, ViewState.Value>> values;

    public ModalState(ViewState state) {
        this.values = state == null || state.getValues() == null ? Map.of() : state.getValues();
    }

    private ViewState.Value value(String blockId) {
        Map<String, ViewState.Value> block = values.get(blockId);
        return block == null ? null : block.get(Modals.VALUE);
    }

    public String text(String blockId) {
        ViewState.Value value = value(blockId);
        return value == null ? null : value.getValue();
    }

    /** Slack's date pickers always send YYYY-MM-DD; anything else is treated as no date. */
    public LocalDate date(String blockId) {
        ViewState.Value value = value(blockId);
        if (value == null || value.getSelectedDate() == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.getSelectedDate());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String selected(String blockId) {
        ViewState.Value value = value(blockId);
        return value == null || value.getSelectedOption() == null ? null : value.getSelectedOption().getValue();
    }

    public List<String> selectedAll(String blockId) {
        ViewState.Value value = value(blockId);
        return value == null || value.getSelectedOptions() == null ? List.of()
                : value.getSelectedOptions().stream().map(ViewState.SelectedOption::getValue).toList();
    }
}
