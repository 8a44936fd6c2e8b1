package org.techvoice.mydata.slack;

import java.util.List;

import org.springframework.stereotype.Component;
import org.techvoice.mydata.MyDataMessages;
import org.techvoice.mydata.MyDataService;
import org.techvoice.privacy.PersonalDataHolder.ErasureReport;

/** The my-data and forget-me messages as Slack text. */
@Component
class SlackMyDataMessages implements MyDataMessages {

    @Override
    public String exportComment(List<String> sections) {
        return "Here is everything TechVoice holds about you, as JSON (sections: " + String.join(", ", sections)
                + "). " + MyDataService.ANONYMOUS_NOTE + " To erase it all, use `/tc forget-me`.";
    }

    @Override
    public String exportFailed() {
        return ":warning: Sorry, something went wrong on our side and your data file was not made. Please run `/tc my-data` again.";
    }

    @Override
    public String erasureFailed() {
        return ":warning: Sorry, something went wrong and nothing was erased. Please run `/tc forget-me` again.";
    }

    /** One line per section. */
    @Override
    public String erased(List<ErasureReport> reports) {
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
