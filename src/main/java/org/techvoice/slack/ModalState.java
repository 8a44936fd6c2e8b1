package org.techvoice.slack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/**
 * The one reader of submitted modal values: by block id, each block holding one element whose action id is
 * {@link Modals#VALUE}. Every reader returns null (or an empty list) for a block that was not sent, so a listener
 * never meets Slack's nested maps. Block ids are constants of the feature's form builder, shared with its listener.
 */
public final class ModalState {

    private final Map<String, Map<String, ViewState.Value>> values;

    public ModalState(ViewState state) {
        this.values = state == null || state.getValues() == null ? Map.of() : state.getValues();
    }

    public static ModalState of(View view) {
        return new ModalState(view == null ? null : view.getState());
    }

    private ViewState.Value value(String blockId) {
        Map<String, ViewState.Value> block = values.get(blockId);
        return block == null ? null : block.get(Modals.VALUE);
    }

    /** The ids of the blocks submitted, e.g. to read a form whose blocks are made per question. */
    public Set<String> blockIds() {
        return values.keySet();
    }

    public String text(String blockId) {
        ViewState.Value value = value(blockId);
        return value == null ? null : value.getValue();
    }

    /** Slack's date pickers always send YYYY-MM-DD; anything else is treated as no date. */
    public LocalDate date(String blockId) {
        String date = dateAsSent(blockId);
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date picker's value as Slack sent it, for a form that answers an unreadable date itself. */
    public String dateAsSent(String blockId) {
        ViewState.Value value = value(blockId);
        return value == null ? null : value.getSelectedDate();
    }

    /** A date-and-time picker's moment. */
    public Instant dateTime(String blockId) {
        ViewState.Value value = value(blockId);
        return value == null || value.getSelectedDateTime() == null ? null : Instant.ofEpochSecond(value.getSelectedDateTime());
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

    public String selectedUser(String blockId) {
        ViewState.Value value = value(blockId);
        return value == null ? null : value.getSelectedUser();
    }

    public List<String> selectedUsers(String blockId) {
        ViewState.Value value = value(blockId);
        return value == null || value.getSelectedUsers() == null ? List.of() : value.getSelectedUsers();
    }

    public String selectedConversation(String blockId) {
        ViewState.Value value = value(blockId);
        return value == null ? null : value.getSelectedConversation();
    }

    /** Whatever the block's element holds (chosen options, then typed text), for forms with mixed element types. */
    public List<String> everything(String blockId) {
        List<String> all = new ArrayList<>();
        ViewState.Value value = value(blockId);
        if (value == null) {
            return all;
        }
        if (value.getSelectedOption() != null) {
            all.add(value.getSelectedOption().getValue());
        }
        if (value.getSelectedOptions() != null) {
            value.getSelectedOptions().forEach(o -> all.add(o.getValue()));
        }
        if (value.getValue() != null) {
            all.add(value.getValue());
        }
        return all;
    }
}
