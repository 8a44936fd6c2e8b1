package org.techvoice.draft.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What the form asks of each answer: the 250-word profile, a real web address, sane lengths. */
final class ProfileRules {

    /** The self-assessment form: "a brief profile of your organisation (up to 250 words)". */
    static final int PROFILE_WORD_LIMIT = 250;
    static final int LONG_TEXT_LIMIT = 3000;
    static final int SHORT_TEXT_LIMIT = 200;

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()\\-]{6,30}$");

    private ProfileRules() {
    }

    static int words(String text) {
        return text == null ? 0 : (int) WORD.matcher(text).results().count();
    }

    static Map<ProfileField, String> check(ProfileDetails details) {
        Map<ProfileField, String> errors = new EnumMap<>(ProfileField.class);
        int words = words(details.profile());
        if (words > PROFILE_WORD_LIMIT) {
            errors.put(ProfileField.PROFILE, "The form allows up to " + PROFILE_WORD_LIMIT + " words; this profile has "
                    + words + ". Please shorten it by " + (words - PROFILE_WORD_LIMIT) + ".");
        }
        longText(errors, ProfileField.TECHNICIAN_DEFINITION, details.technicianDefinition());
        longText(errors, ProfileField.TECHNICIAN_NUMBERS, details.technicianNumbers());
        longText(errors, ProfileField.INITIATIVES_BEFORE, details.initiativesBefore());
        longText(errors, ProfileField.CROSS_REFERENCES, details.crossReferences());
        shortText(errors, ProfileField.ORGANISATION_NAME, details.organisationName());
        shortText(errors, ProfileField.LEAD_NAME, details.leadName());
        if (details.webPageUrl() != null && !isWebAddress(details.webPageUrl())) {
            errors.put(ProfileField.WEB_PAGE_URL, "Please give the full address of the public page, e.g. "
                    + "https://www.example.ac.uk/technician-commitment");
        }
        if (details.leadEmail() != null && (details.leadEmail().length() > SHORT_TEXT_LIMIT
                || !EMAIL.matcher(details.leadEmail()).matches())) {
            errors.put(ProfileField.LEAD_EMAIL, "That does not look like an e-mail address, e.g. tc-lead@example.ac.uk");
        }
        if (details.leadPhone() != null && !PHONE.matcher(details.leadPhone()).matches()) {
            errors.put(ProfileField.LEAD_PHONE, "Please use digits, spaces, + ( ) or -, e.g. +44 1225 123456");
        }
        return errors;
    }

    static boolean isWebAddress(String text) {
        if (text.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void longText(Map<ProfileField, String> errors, ProfileField field, String text) {
        if (text != null && text.length() > LONG_TEXT_LIMIT) {
            errors.put(field, "Please keep this under " + LONG_TEXT_LIMIT + " characters (it has " + text.length() + ").");
        }
    }

    private static void shortText(Map<ProfileField, String> errors, ProfileField field, String text) {
        if (text != null && text.length() > SHORT_TEXT_LIMIT) {
            errors.put(field, "Please keep this under " + SHORT_TEXT_LIMIT + " characters.");
        }
    }
}
