package org.techvoice.recognition.slack;

import org.techvoice.voice.slack.VoiceBlocks;
import org.techvoice.slack.ModalState;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.slack.EntryRefusals;
import org.techvoice.recognition.ContributionDraft;
import org.techvoice.recognition.ContributionKind;
import org.techvoice.recognition.ContributionService;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.Modals;
import org.techvoice.themes.slack.ThemeBlocks;

import com.slack.api.bolt.App;
import com.slack.api.model.view.View;

/** Submissions of the contribution form. */
@Component
class LogModalListener implements BoltListener {

    private final ContributionService contributions;

    LogModalListener(ContributionService contributions) {
        this.contributions = contributions;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(LogBlocks.MODAL, (request, context) -> {
            var payload = request.getPayload();
            View view = payload.getView();
            ModalState state = ModalState.of(view);
            // none chosen (or a value no kind has): null, so the service suggests one from the text
            ContributionKind kind = LogBlocks.kindOrNull(state.selected(LogBlocks.KIND));
            String date = state.dateAsSent(LogBlocks.DATE);
            List<String> collaborators = state.selectedUsers(LogBlocks.COLLABORATORS);
            LocalDate on;
            try {
                on = date == null || date.isBlank() ? null : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                return context.ackWithErrors(Map.of(LogBlocks.DATE, "Please pick a date."));
            }
            try {
                ContributionService.Logged logged = contributions.log(payload.getTeam().getId(), payload.getUser().getId(),
                        new ContributionDraft(kind, state.text(VoiceBlocks.TEXT), on, state.text(LogBlocks.LINK),
                                collaborators, ThemeBlocks.parse(state.selectedAll(VoiceBlocks.THEMES))));
                return context.ackWithUpdate(Modals.done(LogBlocks.MODAL, "Contribution logged", LogBlocks.confirmation(logged, kind != null)));
            } catch (EntryRejected rejected) {
                return context.ackWithErrors(Modals.error(Modals.blockId(rejected.field()), EntryRefusals.text(rejected)));
            }
        });
    }
}
