package org.techvoice.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Typed mentions become what Slack sends for a command with should_escape. */
class CommandEscapingTest {

    @Test
    void namesAndHandlesBecomeUserMentions() {
        assertThat(CommandEscaping.escape("celebrate @Tom Whitfield for the cryostat"))
                .isEqualTo("celebrate <@U0NGTECH02|tom.whitfield> for the cryostat");
        assertThat(CommandEscaping.escape("role add lead @helen.marsh")).isEqualTo("role add lead <@U0NGLEAD01|helen.marsh>");
        assertThat(CommandEscaping.escape("role add lead @Helen Marsh")).isEqualTo("role add lead <@U0NGLEAD01|helen.marsh>");
    }

    @Test
    void channelsSpecialMentionsAndGroupsAreEscapedToo() {
        assertThat(CommandEscaping.escape("config network #technician-network"))
                .isEqualTo("config network <#C0TECHNET1|technician-network>");
        assertThat(CommandEscaping.escape("celebrate @here everyone")).isEqualTo("celebrate <!here> everyone");
        assertThat(CommandEscaping.escape("celebrate @technicians")).startsWith("celebrate <!subteam^S0NGTECHS1|");
    }

    @Test
    void unknownNamesEmailsAndEscapedTextStayAsTyped() {
        assertThat(CommandEscaping.escape("celebrate @Nobody Known")).isEqualTo("celebrate @Nobody Known");
        assertThat(CommandEscaping.escape("mail amira.haddad@northgate.ac.uk")).isEqualTo("mail amira.haddad@northgate.ac.uk");
        assertThat(CommandEscaping.escape("celebrate <@U0NGTECH01> @Tomcat")).isEqualTo("celebrate <@U0NGTECH01> @Tomcat");
    }
}
