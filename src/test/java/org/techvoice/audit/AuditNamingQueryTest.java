package org.techvoice.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techvoice.support.SlackTestClient.OTHER_TEAM;
import static org.techvoice.support.SlackTestClient.TEAM;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techvoice.support.SlackAppTest;

/**
 * {@link AuditEntryRepository#findNaming} is written without parentheses (start-up cost, see the query): each branch
 * keeps the team, so a person's entries are found as actor and as subject, and never another workspace's.
 */
@SlackAppTest
class AuditNamingQueryTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditEntryRepository entries;

    @Test
    void findsEntriesNamingThePersonAsActorOrSubjectInTheirTeamOnly() {
        String user = "U0N" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        audit.record(TEAM, user, "role.grant", "naming: as actor");
        audit.record(TEAM, "U0SOMEONE", "role.grant", user, "naming: as subject");
        audit.record(TEAM, "U0SOMEONE", "role.grant", "U0ANOTHER", "naming: neither");
        audit.record(OTHER_TEAM, user, "role.grant", "naming: other team, as actor");
        audit.record(OTHER_TEAM, "U0SOMEONE", "role.grant", user, "naming: other team, as subject");

        assertThat(entries.findNaming(TEAM, user)).extracting(entry -> entry.record().detail())
                .containsExactlyInAnyOrder("naming: as actor", "naming: as subject");
    }
}
