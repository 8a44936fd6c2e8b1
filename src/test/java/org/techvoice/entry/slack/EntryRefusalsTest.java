package org.techvoice.entry.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.techvoice.entry.EntryKind;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.EntryText;
import org.techvoice.entry.ThemeChoice;

/** The entry rules refuse with facts; these are the words Slack shows for each. */
class EntryRefusalsTest {

    @Test
    void anEmptyTextNamesWhatWasBeingWritten() {
        assertThat(EntryRefusals.text(EntryRejected.emptyText(EntryKind.VOICE)))
                .isEqualTo("Please write what your idea or concern is about; it can't be empty.");
        assertThat(EntryRefusals.text(EntryRejected.emptyText(EntryKind.CONTRIBUTION)))
                .isEqualTo("Please write what your contribution is about; it can't be empty.");
        assertThat(EntryRefusals.text(EntryRejected.emptyText(EntryKind.ACHIEVEMENT)))
                .isEqualTo("Please write what the achievement is about; it can't be empty.");
        assertThat(EntryRefusals.text(EntryRejected.emptyText(EntryKind.LOGGED_MESSAGE)))
                .isEqualTo("Please write what the message is about; it can't be empty.");
    }

    @Test
    void aTooLongTextIsRefusedWithItsLengthAndTheLimit() {
        String text = "é".repeat(EntryText.MAX_CHARACTERS + 1);

        assertThatThrownBy(() -> EntryText.clean(text, EntryKind.VOICE)).isInstanceOfSatisfying(EntryRejected.class, rejected -> {
            assertThat(rejected.field()).isEqualTo(EntryRejected.Field.TEXT);
            assertThat(rejected.problem()).isEqualTo(EntryRejected.Problem.TOO_LONG);
            assertThat(rejected.given()).isEqualTo(3001);
            assertThat(rejected.limit()).isEqualTo(3000);
            assertThat(EntryRefusals.text(rejected))
                    .isEqualTo("That is 3,001 characters; the limit is 3,000. Nothing was saved: please shorten it and try again.");
        });
    }

    @Test
    void anEmptyTextIsRefusedAsEmptyWhateverItsWhitespace() {
        assertThatThrownBy(() -> EntryText.clean(" \u0000 \n", EntryKind.ACHIEVEMENT)).isInstanceOfSatisfying(EntryRejected.class,
                rejected -> assertThat(rejected).usingRecursiveComparison().isEqualTo(EntryRejected.emptyText(EntryKind.ACHIEVEMENT)));
    }

    @Test
    void theOtherFieldsHaveTheirOwnSentence() {
        assertThat(EntryRefusals.text(EntryRejected.dateInFuture())).isEqualTo("The date can't be in the future: log it once it has happened.");
        assertThat(EntryRefusals.text(EntryRejected.tooManyCollaborators(21, 20))).isEqualTo("Please name at most 20 collaborators.");
        assertThat(EntryRefusals.text(EntryRejected.linkNotHttps(1000))).isEqualTo("The evidence link must be a web address starting with "
                + "https:// (http:// links are not accepted; at most 1,000 characters).");
        assertThatThrownBy(() -> ThemeChoice.required(Set.of())).isInstanceOfSatisfying(EntryRejected.class,
                rejected -> assertThat(EntryRefusals.text(rejected)).isEqualTo("Pick at least one theme."));
    }

    @Test
    void theMessageOfTheExceptionIsForLogsAndNotTheWords() {
        List<EntryRejected> all = List.of(EntryRejected.emptyText(EntryKind.VOICE), EntryRejected.textTooLong(EntryKind.VOICE, 3001, 3000),
                EntryRejected.dateInFuture(), EntryRejected.linkNotHttps(1000), EntryRejected.tooManyCollaborators(21, 20), EntryRejected.noTheme());

        assertThat(all).allSatisfy(rejected -> assertThat(rejected.getMessage()).isNotEqualTo(EntryRefusals.text(rejected)));
    }
}
