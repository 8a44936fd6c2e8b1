package org.techvoice.slack;

import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;

/**
 * Modal views, the block ids of typed form fields and form errors. Every input element uses action id {@value #VALUE};
 * {@link ModalState} reads what was entered.
 */
public final class Modals {

    public static final String VALUE = "value";

    private Modals() {
    }

    /** Titles are limited to 24 characters by Slack. */
    public static View form(String callbackId, String title, String submit, String privateMetadata, List<LayoutBlock> blocks) {
        return view(v -> v.type("modal").callbackId(callbackId)
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .submit(viewSubmit(s -> s.type("plain_text").text(submit)))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .privateMetadata(privateMetadata)
                .blocks(blocks));
    }

    /** A modal with nothing to submit, e.g. the confirmation shown after a submission. */
    public static View done(String callbackId, String title, List<LayoutBlock> blocks) {
        return view(v -> v.type("modal").callbackId(callbackId)
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .close(viewClose(c -> c.type("plain_text").text("Close")))
                .blocks(blocks));
    }

    /**
     * The block id of a typed form field: its name in lower case. A feature's form builds its inputs with these ids,
     * so a domain error naming the field lands beside it.
     */
    public static String blockId(Enum<?> field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    /** A form error shown next to the block it is about. */
    public static Map<String, String> error(String blockId, String message) {
        Map<String, String> errors = new HashMap<>();
        errors.put(blockId, message);
        return errors;
    }
}
