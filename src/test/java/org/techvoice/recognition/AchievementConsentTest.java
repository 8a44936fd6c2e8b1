package org.techvoice.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.techvoice.themes.Theme;

/** The consent states of a celebration, without Spring: only someone else's achievement waits for its subject. */
class AchievementConsentTest {

    private static Achievement celebrate(String subject, String by) {
        return new Achievement("T0CONSENT", subject, by, "Became RSciTech", Set.of(Theme.RECOGNITION), LocalDate.of(2026, 12, 1),
                Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void onesOwnAchievementNeedsNoConsent() {
        Achievement own = celebrate("U0ALEX001", "U0ALEX001");
        assertThat(own.status()).isEqualTo(Achievement.Status.APPROVED);
    }

    @Test
    void someoneElsesWaitsForTheSubjectThenFollowsTheAnswer() {
        Achievement approved = celebrate("U0SAM0001", "U0ALEX001");
        assertThat(approved.status()).isEqualTo(Achievement.Status.AWAITING_CONSENT);
        approved.answer(true);
        assertThat(approved.status()).isEqualTo(Achievement.Status.APPROVED);

        Achievement kept = celebrate("U0SAM0001", "U0ALEX001");
        kept.answer(false);
        assertThat(kept.status()).isEqualTo(Achievement.Status.PRIVATE);
    }
}
