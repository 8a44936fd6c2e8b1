package org.techvoice.mydata.slack;

import java.util.List;

import org.springframework.stereotype.Component;
import org.techvoice.mydata.ErasureConfirmation;
import org.techvoice.privacy.PersonalDataHolder.ErasureReport;

/** What forget-me did, as Slack text: one line per section. */
@Component
class SlackErasureConfirmation implements ErasureConfirmation {

    @Override
    public String text(List<ErasureReport> reports) {
        StringBuilder text = new StringBuilder(":wastebasket: TechVoice has erased what it held about you:\n");
        for (ErasureReport report : reports) {
            text.append("• *").append(report.section()).append("*: ");
            if (report.deleted() == 0 && report.anonymised() == 0) {
                text.append("nothing held. ");
            } else {
                text.append(report.deleted()).append(" deleted, ").append(report.anonymised()).append(" anonymised. ");
            }
            if (report.note() != null && !report.note().isBlank()) {
                text.append(report.note());
            }
            text.append('\n');
        }
        text.append("Anonymous survey answers and ideas were never linked to you, so they stay, still unlinked.");
        return text.toString().strip();
    }
}
