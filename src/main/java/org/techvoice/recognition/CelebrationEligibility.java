package org.techvoice.recognition;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.techvoice.people.PersonDirectory;
import org.techvoice.people.PersonDirectory.DirectoryPerson;
import org.techvoice.people.PersonDirectory.DirectoryUnavailableException;
import org.techvoice.recognition.CelebrationRefused.Reason;

/**
 * Who may be celebrated: a real, active person of this workspace. Asked by {@link CelebrationService#celebrate}
 * itself, so no caller can skip it.
 */
@Component
class CelebrationEligibility {

    private static final Logger log = LoggerFactory.getLogger(CelebrationEligibility.class);

    private final PersonDirectory directory;

    CelebrationEligibility(PersonDirectory directory) {
        this.directory = directory;
    }

    /** @throws CelebrationRefused when the person cannot be celebrated, with the reason */
    void check(String teamId, String subjectUserId) {
        Optional<DirectoryPerson> found;
        try {
            found = directory.person(teamId, subjectUserId);
        } catch (DirectoryUnavailableException e) {
            log.warn("Could not look up the person to celebrate: {}", e.getMessage());
            throw new CelebrationRefused(Reason.DIRECTORY_UNAVAILABLE, subjectUserId);
        }
        DirectoryPerson person = found.orElseThrow(() -> new CelebrationRefused(Reason.NOT_FOUND, subjectUserId));
        if (person.bot()) {
            throw new CelebrationRefused(Reason.BOT, subjectUserId);
        }
        if (person.deleted()) {
            throw new CelebrationRefused(Reason.DEACTIVATED, subjectUserId);
        }
        if (person.teamId() != null && !person.teamId().equals(teamId)) {
            throw new CelebrationRefused(Reason.OTHER_ORGANISATION, subjectUserId);
        }
    }
}
