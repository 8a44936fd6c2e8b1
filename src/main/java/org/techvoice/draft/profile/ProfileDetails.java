package org.techvoice.draft.profile;

import java.time.LocalDate;

/**
 * The contextual answers of the self-assessment form, as the lead typed them. Any field may be null
 * until the lead fills it in; the draft then says what is missing.
 *
 * @param crossReferences references to other sector reviews that mention technicians (Athena SWAN applications,
 *                        TEF submissions, REF environment statements), which the form welcomes
 */
public record ProfileDetails(String organisationName, String profile, String technicianDefinition,
        String technicianNumbers, String initiativesBefore, String webPageUrl, String leadName, String leadEmail,
        String leadPhone, LocalDate signatoryDate, String crossReferences) {

    public static final ProfileDetails EMPTY = new ProfileDetails(null, null, null, null, null, null, null, null, null, null, null);

    /** The form's answers without cross-references. */
    public ProfileDetails(String organisationName, String profile, String technicianDefinition, String technicianNumbers,
            String initiativesBefore, String webPageUrl, String leadName, String leadEmail, String leadPhone,
            LocalDate signatoryDate) {
        this(organisationName, profile, technicianDefinition, technicianNumbers, initiativesBefore, webPageUrl, leadName,
                leadEmail, leadPhone, signatoryDate, null);
    }

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
        crossReferences = clean(crossReferences);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
