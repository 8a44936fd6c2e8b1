package org.techvoice.draft.document;

import java.util.List;

import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionOrigin;

/** How the draft names where an action came from. */
final class Origins {

    private Origins() {
    }

    static String label(ActionOrigin origin) {
        return switch (origin) {
            case VOICE -> "Technician voice";
            case SURVEY -> "Survey";
            case GAP -> "Gap (Appendix A)";
            case LEAD -> "Lead";
        };
    }

    /** After a count: "3 from technician voice". */
    static String counted(ActionOrigin origin) {
        return switch (origin) {
            case VOICE -> "from technician voice";
            case SURVEY -> "from survey figures";
            case GAP -> "from Appendix A gaps";
            case LEAD -> "of the lead's own";
        };
    }

    /** The origin with the findings it answers, e.g. "Technician voice (F-CAR-3)". */
    static String of(ActionItem action) {
        List<String> findings = action.findingReferences();
        return findings.isEmpty() ? label(action.origin()) : label(action.origin()) + " (" + String.join(", ", findings) + ")";
    }
}
