package org.techvoice.draft.profile;

import java.time.LocalDate;

/**
 * The contextual answers of the self-assessment form, as the lead typed them. Any field may be null
 * until the lead fills it in; the draft then says what is missing.
 */
public record ProfileDetails(String organisationName, String profile, String technicianDefinition,
        String technicianNumbers, String initiativesBefore, String webPageUrl, String leadName, String leadEmail,
        String leadPhone, LocalDate signatoryDate) {

    public static final ProfileDetails EMPTY = new ProfileDetails(null, null, null, null, null, null, null, null, null, null);

    public ProfileDetails {
        organisationName = clean(organisationName);
        profile = clean(profile);
        technicianDefinition = clean(technicianDefinition);
        technicianNumbers = clean(technicianNumbers);
        initiativesBefore = clean(initiativesBefore);
        webPageUrl = clean(webPageUrl);
        leadName = clean(leadName);
        leadEmail = clean(leadEmail);
        leadPhone = clean(leadPhone);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
