package org.techvoice.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.techvoice.people.PersonDirectory;
import org.techvoice.recognition.CelebrationRefused.Reason;

/** Who may be celebrated, decided in the domain whatever the caller: no Spring, a directory in memory. */
class CelebrationEligibilityTest {

    private static final String TEAM = "T0HOME001";

    private final Map<String, PersonDirectory.DirectoryPerson> people = Map.of(
            "U0ALEX001", new PersonDirectory.DirectoryPerson("U0ALEX001", false, false, false, TEAM),
            "U0BOT0001", new PersonDirectory.DirectoryPerson("U0BOT0001", true, false, false, TEAM),
            "U0GONE001", new PersonDirectory.DirectoryPerson("U0GONE001", false, true, false, TEAM),
            "U0GUEST01", new PersonDirectory.DirectoryPerson("U0GUEST01", false, false, false, "T0OTHER01"),
            "U0NOTEAM1", new PersonDirectory.DirectoryPerson("U0NOTEAM1", false, false, false, null));

    private final CelebrationEligibility eligibility = new CelebrationEligibility(new PersonDirectory() {
        @Override
        public Optional<DirectoryPerson> person(String teamId, String userId) {
            if (userId.equals("U0DOWN001")) {
                throw new DirectoryUnavailableException("ratelimited", null);
            }
            return Optional.ofNullable(people.get(userId));
        }

        @Override
        public Optional<String> userIdByEmail(String teamId, String email) {
            return Optional.empty();
        }
    });

    @Test
    void anActivePersonOfTheWorkspaceMayBeCelebrated() {
        assertThatCode(() -> eligibility.check(TEAM, "U0ALEX001")).doesNotThrowAnyException();
        assertThatCode(() -> eligibility.check(TEAM, "U0NOTEAM1")).doesNotThrowAnyException();
    }

    @Test
    void everyoneElseIsRefusedWithTheReason() {
        assertRefused("U0BOT0001", Reason.BOT);
        assertRefused("U0GONE001", Reason.DEACTIVATED);
        assertRefused("U0GUEST01", Reason.OTHER_ORGANISATION);
        assertRefused("U0NOBODY1", Reason.NOT_FOUND);
        assertRefused("U0DOWN001", Reason.DIRECTORY_UNAVAILABLE);
    }

    private void assertRefused(String userId, Reason reason) {
        assertThatThrownBy(() -> eligibility.check(TEAM, userId)).isInstanceOfSatisfying(CelebrationRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.subjectUserId()).isEqualTo(userId);
        });
    }
}
