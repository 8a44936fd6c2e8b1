package org.techvoice.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.slack.EntryRefusals;

/** One rule for evidence links, the one the README and the error message state: https only. */
class EvidenceLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://intranet.northgate.ac.uk/confocal", "HTTPS://doi.org/10.1000/182", "  https://uni.example/a?b=c  "})
    void httpsLinksAreKept(String link) {
        assertThat(ContributionService.checkLink(link)).isEqualTo(link.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://intranet.northgate.ac.uk/confocal", "javascript:alert(1)", "mailto:a@b.c", "https://",
            "the confocal page on the intranet", "<https://x.example|x>", "ftp://files.example/a"})
    void anythingElseIsRefusedWithTheRuleTheReadmeStates(String link) {
        assertThatThrownBy(() -> ContributionService.checkLink(link)).isInstanceOfSatisfying(EntryRejected.class, rejected -> {
            assertThat(rejected.field()).isEqualTo(EntryRejected.Field.LINK);
            assertThat(EntryRefusals.text(rejected)).contains("starting with https://").contains("http:// links are not accepted")
                    .contains("at most 1,000 characters");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void noLinkIsNoLink(String link) {
        assertThat(ContributionService.checkLink(link)).isNull();
    }
}
