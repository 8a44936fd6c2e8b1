package org.techvoice.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

class HelpMessageTest {

    private final List<TcSubcommand> known = List.of(named("help"), named("voice"), named("log"), named("celebrate"));

    @Test
    void suggestsTheNearestSubcommandForSlips() {
        assertThat(HelpMessage.closest("hlep", known)).map(TcSubcommand::name).contains("help");
        assertThat(HelpMessage.closest("celbrate", known)).map(TcSubcommand::name).contains("celebrate");
        assertThat(HelpMessage.closest("vo", known)).map(TcSubcommand::name).contains("voice");
        assertThat(HelpMessage.closest("lgo", known)).map(TcSubcommand::name).contains("log");
    }

    @Test
    void suggestsNothingForUnrelatedWords() {
        assertThat(HelpMessage.closest("banana", known)).isEmpty();
        assertThat(HelpMessage.closest("x".repeat(500), known)).isEmpty();
    }

    @Test
    void editDistanceCountsASwapAsOneSlip() {
        assertThat(HelpMessage.editDistance("hlep", "help")).isEqualTo(1);
        assertThat(HelpMessage.editDistance("help", "help")).isZero();
        assertThat(HelpMessage.editDistance("", "log")).isEqualTo(3);
    }

    private static TcSubcommand named(String name) {
        return new TcSubcommand() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String usage() {
                return "";
            }

            @Override
            public String summary() {
                return name;
            }

            @Override
            public String example() {
                return name;
            }

            @Override
            public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
                return context.ack();
            }
        };
    }
}
