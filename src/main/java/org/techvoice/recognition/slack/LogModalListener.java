package org.techvoice.recognition.slack;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.techvoice.entry.EntryRejected;
import org.techvoice.recognition.ContributionDraft;
import org.techvoice.recognition.ContributionService;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.Modals;
import org.techvoice.themes.slack.ThemeBlocks;

import com.slack.api.bolt.App;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

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
            String kind = Modals.value(view, "kind").map(ViewState.Value::getSelectedOption).map(ViewState.SelectedOption::getValue).orElse("");
            String date = Modals.value(view, "date").map(ViewState.Value::getSelectedDate).orElse(null);
            List<String> collaborators = Modals.value(view, "collaborators").map(ViewState.Value::getSelectedUsers).orElse(List.of());
            LocalDate on;
            try {
                on = date == null || date.isBlank() ? null : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                return context.ackWithErrors(Map.of("date", "Please pick a date."));
            }
            try {
                ContributionService.Logged logged = contributions.log(payload.getTeam().getId(), payload.getUser().getId(),
                        new ContributionDraft(LogBlocks.kind(kind), Modals.text(view, "text"), on, Modals.text(view, "link"),
                                collaborators == null ? List.of() : collaborators, ThemeBlocks.parse(Modals.selected(view, "themes"))));
                return context.ackWithUpdate(Modals.done(LogBlocks.MODAL, "Contribution logged", LogBlocks.confirmation(logged)));
            } catch (EntryRejected rejected) {
                return context.ackWithErrors(Modals.error(Modals.blockId(rejected.field()), rejected.getMessage()));
            }
        });
    }
}
