package org.techvoice.people.slack;

import org.springframework.stereotype.Component;
import org.techvoice.people.ImportMessages;
import org.techvoice.people.TechnicianImport;
import org.techvoice.slack.Counted;

/** The import's DMs in Slack's words. */
@Component
class SlackImportMessages implements ImportMessages {

    /** The DM lists this many problems, then how many more. */
    private static final int LISTED = 30;

    @Override
    public String outcome(TechnicianImport.Result result) {
        int imported = result.created() + result.updated();
        if (result.imported()) {
            return ":white_check_mark: Imported " + Counted.of(imported, "technician")
                    + " (" + result.created() + " new, " + result.updated() + " updated).";
        }
        int problems = result.errors().size();
        StringBuilder text = new StringBuilder(":warning: Nothing was imported: ").append(problems)
                .append(problems == 1 ? " line has a problem" : " lines have problems")
                .append(". Fix ").append(problems == 1 ? "it" : "them").append(" and run `/tc import` again.\n");
        result.errors().stream().limit(LISTED).forEach(e -> text.append("• ").append(PeopleRefusals.describe(e)).append('\n'));
        if (problems > LISTED) {
            text.append("…and ").append(problems - LISTED).append(" more.");
        }
        return text.toString().strip();
    }

    @Override
    public String failed() {
        return ":warning: Sorry, something went wrong on our side and nothing was imported. Please run "
                + "`/tc import` again in a few minutes.";
    }
}
