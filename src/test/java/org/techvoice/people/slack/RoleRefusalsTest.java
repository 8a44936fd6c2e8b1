package org.techvoice.people.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.techvoice.people.Role;
import org.techvoice.people.WhoCan;

class RoleRefusalsTest {

    @Test
    void anAdminOnlyRefusalNamesTheAdminsAndSlacksOwn() {
        assertThat(RoleRefusals.text(new WhoCan(Role.ADMIN, List.of(), List.of("U0ADMIN01", "U0ADMIN02")), "change roles"))
                .isEqualTo("Only TechVoice admins can change roles. Ask <@U0ADMIN01>, <@U0ADMIN02> or any workspace owner or admin.");
    }

    @Test
    void aLongListNamesAHandfulThenCountsTheOthers() {
        List<String> leads = IntStream.rangeClosed(1, RoleRefusals.NAMED + 3).mapToObj(i -> "U0LEAD%03d".formatted(i)).toList();

        String text = RoleRefusals.text(new WhoCan(Role.LEAD, leads, List.of()), "pull a draft");

        assertThat(text).startsWith("Only TechVoice leads and admins can pull a draft. Ask a lead (<@U0LEAD001>, ")
                .contains("<@U0LEAD008> or 3 others)").doesNotContain("U0LEAD009")
                .endsWith("or an admin (any workspace owner or admin).");
    }

    @Test
    void withNobodyInTheRoleItSaysHowToAppointOne() {
        assertThat(RoleRefusals.text(new WhoCan(Role.CHAMPION, List.of(), List.of()), "celebrate on behalf of someone else"))
                .contains("There is no champion yet").contains("`/tc role add champion @person`");
    }
}
