package org.techvoice.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The recorded state the page shows: modal stacks, ephemerals, reactions, versions and ids. */
class PlaygroundWorkspaceTest {

    private final ObjectMapper json = new ObjectMapper();
    private final PlaygroundWorkspace workspace = new PlaygroundWorkspace(json, Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void pushedViewsStackAndClosingOneClosesThoseAboveIt() {
        ObjectNode first = workspace.openModal("U1", view("first"));
        ObjectNode second = workspace.pushModal("U1", view("second"));
        workspace.pushModal("U1", view("third"));

        workspace.closeModal("U1", second.path("id").asText());

        assertThat(workspace.snapshot(Personas.AMIRA).path("modals")).isEmpty();
        assertThat(workspace.modal("U1", first.path("id").asText())).isPresent();
        assertThat(workspace.modal("U1", second.path("id").asText())).isEmpty();
    }

    @Test
    void anUpdateKeepsTheViewIdAndChangesItsHash() {
        ObjectNode opened = workspace.openModal(Personas.AMIRA.id(), view("before"));

        ObjectNode updated = workspace.updateModal(opened.path("id").asText(), null, view("after")).orElseThrow();

        assertThat(updated.path("id").asText()).isEqualTo(opened.path("id").asText());
        assertThat(updated.path("hash").asText()).isNotEqualTo(opened.path("hash").asText());
        assertThat(workspace.snapshot(Personas.AMIRA).path("modals").get(0).path("view").path("callback_id").asText()).isEqualTo("after");
        assertThat(workspace.updateModal("V0UNKNOWN", null, view("x"))).isEmpty();
    }

    @Test
    void everyVisibleChangeMovesTheVersion() {
        long start = workspace.version();
        PlaygroundWorkspace.Message posted = workspace.post(Personas.NETWORK_CHANNEL, Personas.BOT_USER, "hello", null, List.of());
        long afterPost = workspace.version();
        workspace.react(Personas.NETWORK_CHANNEL, posted.ts(), Personas.TOM.id(), "tada", true);
        long afterReaction = workspace.version();
        workspace.react(Personas.NETWORK_CHANNEL, posted.ts(), Personas.TOM.id(), "tada", true);

        assertThat(afterPost).isGreaterThan(start);
        assertThat(afterReaction).isGreaterThan(afterPost);
        assertThat(workspace.version()).as("the same reaction twice changes nothing").isEqualTo(afterReaction);
        assertThat(workspace.snapshot(Personas.TOM).path("conversations").get(1).path("messages").get(0).path("reactions").get(0)
                .path("count").asInt()).isEqualTo(1);
    }

    @Test
    void ephemeralsAreReplacedAndDeletedForTheirOwnerOnly() {
        PlaygroundWorkspace.Ephemeral reply = workspace.ephemeral(Personas.AMIRA.id(), Personas.AMIRA.dmChannel(), "first", null);

        assertThat(workspace.replaceEphemeral(Personas.TOM.id(), reply.id(), "hijacked", null)).isFalse();
        assertThat(workspace.replaceEphemeral(Personas.AMIRA.id(), reply.id(), "second", null)).isTrue();
        assertThat(workspace.snapshot(Personas.AMIRA).path("ephemerals").get(0).path("text").asText()).isEqualTo("second");
        assertThat(workspace.deleteEphemeral(Personas.AMIRA.id(), reply.id())).isTrue();
        assertThat(workspace.snapshot(Personas.AMIRA).path("ephemerals")).isEmpty();
    }

    @Test
    void idsDifferAfterARestartSoEventsAreNotTakenForRedeliveries() {
        PlaygroundWorkspace later = new PlaygroundWorkspace(json, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

        assertThat(later.newId("Ev")).isNotEqualTo(workspace.newId("Ev"));
    }

    @Test
    void filesAreKeptOnlyOnceTheirBytesArrive() {
        String id = workspace.reserveUpload("draft.docx");

        assertThat(workspace.completeUpload(id, "Draft")).isEmpty();
        assertThat(workspace.receiveUpload(id, new byte[] {'P', 'K'})).isTrue();
        assertThat(workspace.completeUpload(id, "Draft").orElseThrow().mimeType()).contains("wordprocessingml");
        assertThat(workspace.receiveUpload("F0NEVER", new byte[1])).isFalse();
    }

    private ObjectNode view(String callbackId) {
        ObjectNode view = json.createObjectNode().put("type", "modal").put("callback_id", callbackId);
        view.putObject("title").put("type", "plain_text").put("text", callbackId);
        return view;
    }

    @Test
    void anEphemeralTakesItsPlaceInTimeAmongMessagesAndKeepsItWhenReplaced() {
        PlaygroundWorkspace.Message before = workspace.post(Personas.AMIRA.dmChannel(), Personas.BOT_USER, "before", null, List.of());
        PlaygroundWorkspace.Ephemeral reply = workspace.ephemeral(Personas.AMIRA.id(), Personas.AMIRA.dmChannel(), "Compiling…", null);
        PlaygroundWorkspace.Message after = workspace.post(Personas.AMIRA.dmChannel(), Personas.BOT_USER, "after", null, List.of());

        workspace.replaceEphemeral(Personas.AMIRA.id(), reply.id(), "Done", null);

        var shown = workspace.snapshot(Personas.AMIRA).path("ephemerals").get(0);
        assertThat(shown.path("text").asText()).isEqualTo("Done");
        assertThat(new java.math.BigDecimal(shown.path("ts").asText())).isEqualTo(new java.math.BigDecimal(reply.ts()))
                .isGreaterThan(new java.math.BigDecimal(before.ts())).isLessThan(new java.math.BigDecimal(after.ts()));
    }

    @Test
    void aReloadDropsEphemeralsButReadMarksStay() {
        PlaygroundWorkspace.Message message = workspace.post(Personas.AMIRA.dmChannel(), Personas.BOT_USER, "hello", null, List.of());
        workspace.ephemeral(Personas.AMIRA.id(), Personas.AMIRA.dmChannel(), "only you", null);
        workspace.markRead(Personas.AMIRA.id(), Personas.AMIRA.dmChannel(), message.ts());
        long before = workspace.version();

        workspace.dropEphemerals();

        ObjectNode state = workspace.snapshot(Personas.AMIRA);
        assertThat(state.path("ephemerals")).isEmpty();
        assertThat(state.path("conversations").get(0).path("lastRead").asText()).isEqualTo(message.ts());
        assertThat(state.path("conversations").get(1).path("lastRead").isNull()).isTrue();
        assertThat(workspace.version()).isGreaterThan(before);
    }

    @Test
    void aReadMarkNeverMovesBack() {
        PlaygroundWorkspace.Message first = workspace.post(Personas.NETWORK_CHANNEL, Personas.BOT_USER, "one", null, List.of());
        PlaygroundWorkspace.Message second = workspace.post(Personas.NETWORK_CHANNEL, Personas.BOT_USER, "two", null, List.of());

        workspace.markRead(Personas.TOM.id(), Personas.NETWORK_CHANNEL, second.ts());
        workspace.markRead(Personas.TOM.id(), Personas.NETWORK_CHANNEL, first.ts());

        assertThat(workspace.snapshot(Personas.TOM).path("conversations").get(1).path("lastRead").asText()).isEqualTo(second.ts());
        assertThat(workspace.snapshot(Personas.AMIRA).path("conversations").get(1).path("lastRead").isNull())
                .as("each persona has their own").isTrue();
    }
}
