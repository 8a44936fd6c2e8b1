package org.techvoice.draft.profile;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.techvoice.draft.FieldProblem;
import org.techvoice.draft.FieldProblem.Reason;
import org.techvoice.text.WebAddress;

/** What the form asks of each answer: the 250-word profile, a real web address, sane lengths. */
final class ProfileRules {

    /** The self-assessment form: "a brief profile of your organisation (up to 250 words)". */
    static final int PROFILE_WORD_LIMIT = 250;
    static final int LONG_TEXT_LIMIT = 3000;
    static final int SHORT_TEXT_LIMIT = 200;
    static final int WEB_PAGE_LIMIT = 500;

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()\\-]{6,30}$");

    private ProfileRules() {
    }

    static int words(String text) {
        return text == null ? 0 : (int) WORD.matcher(text).results().count();
    }

    static Map<ProfileField, FieldProblem> check(ProfileDetails details) {
        Map<ProfileField, FieldProblem> errors = new EnumMap<>(ProfileField.class);
        int words = words(details.profile());
        if (words > PROFILE_WORD_LIMIT) {
            errors.put(ProfileField.PROFILE, FieldProblem.over(Reason.TOO_MANY_WORDS, PROFILE_WORD_LIMIT, words));
        }
        longText(errors, ProfileField.TECHNICIAN_DEFINITION, details.technicianDefinition());
        longText(errors, ProfileField.TECHNICIAN_NUMBERS, details.technicianNumbers());
        longText(errors, ProfileField.INITIATIVES_BEFORE, details.initiativesBefore());
        longText(errors, ProfileField.CROSS_REFERENCES, details.crossReferences());
        shortText(errors, ProfileField.ORGANISATION_NAME, details.organisationName());
        shortText(errors, ProfileField.LEAD_NAME, details.leadName());
        if (details.webPageUrl() != null && !WebAddress.isHttps(details.webPageUrl(), WEB_PAGE_LIMIT)) {
            errors.put(ProfileField.WEB_PAGE_URL, FieldProblem.of(Reason.NOT_A_WEB_ADDRESS));
        }
        if (details.leadEmail() != null && (details.leadEmail().length() > SHORT_TEXT_LIMIT
                || !EMAIL.matcher(details.leadEmail()).matches())) {
            errors.put(ProfileField.LEAD_EMAIL, FieldProblem.of(Reason.NOT_AN_EMAIL));
        }
        if (details.leadPhone() != null && !PHONE.matcher(details.leadPhone()).matches()) {
            errors.put(ProfileField.LEAD_PHONE, FieldProblem.of(Reason.NOT_A_PHONE));
        }
        return errors;
    }

    private static void longText(Map<ProfileField, FieldProblem> errors, ProfileField field, String text) {
        if (text != null && text.length() > LONG_TEXT_LIMIT) {
            errors.put(field, FieldProblem.over(Reason.TOO_LONG, LONG_TEXT_LIMIT, text.length()));
        }
    }

    private static void shortText(Map<ProfileField, FieldProblem> errors, ProfileField field, String text) {
        if (text != null && text.length() > SHORT_TEXT_LIMIT) {
            errors.put(field, FieldProblem.over(Reason.TOO_LONG, SHORT_TEXT_LIMIT, 0));
        }
    }
}
