package org.techvoice.people.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.techvoice.people.ImportProblem;
import org.techvoice.people.JobFamily;
import org.techvoice.people.ProfessionalRegistration;
import org.techvoice.people.Role;
import org.techvoice.people.TechnicianCsv;
import org.techvoice.people.TechnicianDetails;
import org.techvoice.people.WhoCan;

/** The import and the join form refuse with facts; these are the words the admin and the technician read. */
class PeopleRefusalsTest {

    @Test
    void everyBadLineIsToldWithItsNumberAndUser() {
        TechnicianCsv.Parsed parsed = TechnicianCsv.parse("""
                U0AAA0001,Chemistry,laboratory
                bob,Chemistry,laboratory
                U0AAA0003,,laboratory
                U0AAA0004,Physics,astronaut
                U0AAA0005,Physics,digital,Wizard
                U0AAA0006,Physics
                U0AAA0001,Biology,laboratory
                ,Biology,laboratory
                """);

        assertThat(parsed.errors()).extracting(PeopleRefusals::describe).containsExactly(
                "Line 2 (bob): is neither a Slack user id (like U0123ABCD) nor an email address.",
                "Line 3 (U0AAA0003): Please give your department or school, e.g. \"School of Chemistry\".",
                "Line 4 (U0AAA0004): \"astronaut\" is not a job family I know; use one of: " + JobFamily.codes() + ".",
                "Line 5 (U0AAA0005): \"Wizard\" is not a registration I know; use one of: "
                        + ProfessionalRegistration.codes() + ", or leave it empty.",
                "Line 6 (U0AAA0006): expected 3 or 4 columns (user, department, job family, registration) but found 2.",
                "Line 7 (U0AAA0001): appears twice (also on line 1).",
                "Line 8: the user is missing: give a Slack user id or an email.");
    }

    @Test
    void problemsWithTheWholeTextHaveNoLine() {
        assertThat(PeopleRefusals.describe(TechnicianCsv.parse("  \n ").errors().get(0)))
                .isEqualTo("Paste at least one line: user, department, job family, registration.");
        assertThat(PeopleRefusals.describe(TechnicianCsv.parse("email,department,job family").errors().get(0)))
                .isEqualTo("There are column names but no technicians below them.");
        assertThat(PeopleRefusals.describe(TechnicianCsv.parse("U0AAA0001,\"Chemistry,laboratory").errors().get(0)))
                .startsWith("The text is not valid CSV (").endsWith("). Check for an unclosed double quote.");
        assertThat(PeopleRefusals.text(new ImportProblem.TooManyLines(500))).isEqualTo("That is more than 500 lines: please import in parts.");
    }

    @Test
    void whatSlackSaysAboutAPersonIsToldOnTheirLine() {
        assertThat(List.of(ImportProblem.Plain.NO_SUCH_EMAIL, ImportProblem.Plain.NOT_A_MEMBER, ImportProblem.Plain.BOT,
                ImportProblem.Plain.DEACTIVATED, new ImportProblem.Repeated(2, true), new ImportProblem.DirectoryUnavailable("users.info failed: timeout")))
                .extracting(problem -> PeopleRefusals.describe(new TechnicianCsv.RowError(4, "sam@uni.ac.uk", problem)))
                .containsExactly("Line 4 (sam@uni.ac.uk): nobody in this workspace has that email.",
                        "Line 4 (sam@uni.ac.uk): is not a member of this workspace.",
                        "Line 4 (sam@uni.ac.uk): is a bot, not a technician.",
                        "Line 4 (sam@uni.ac.uk): is a deactivated account.",
                        "Line 4 (sam@uni.ac.uk): is the same person as line 2.",
                        "Line 4 (sam@uni.ac.uk): Slack could not look this person up just now (users.info failed: timeout); try again in a minute.");
    }

    @Test
    void aNonAdminIsToldWhoCanImport() {
        assertThat(PeopleRefusals.text(new ImportProblem.NotAdmin(new WhoCan(Role.ADMIN, List.of(), List.of("U0ADM1")))))
                .isEqualTo("Only TechVoice admins can import technicians. Ask <@U0ADM1> or any workspace owner or admin.");
    }

    @Test
    void theJoinFormsFieldsAreToldInTheColumnsOrderAndLongValuesShortened() {
        Map<TechnicianDetails.Field, TechnicianDetails.Problem> problems =
                new TechnicianDetails("Chem\nistry", "x".repeat(60), null).problems();

        assertThat(PeopleRefusals.text(TechnicianDetails.Field.DEPARTMENT, problems.get(TechnicianDetails.Field.DEPARTMENT)))
                .isEqualTo("Please put the department on one line.");
        assertThat(PeopleRefusals.text(TechnicianDetails.Field.JOB_FAMILY, problems.get(TechnicianDetails.Field.JOB_FAMILY)))
                .isEqualTo("\"" + "x".repeat(39) + "…\" is not a job family I know; use one of: " + JobFamily.codes() + ".");
        assertThat(PeopleRefusals.text(new ImportProblem.InvalidDetails(problems))).startsWith("Please put the department on one line. \"xxx");
        assertThat(PeopleRefusals.text(TechnicianDetails.Field.DEPARTMENT,
                new TechnicianDetails("d".repeat(201), "laboratory", null).problems().get(TechnicianDetails.Field.DEPARTMENT)))
                .isEqualTo("Please keep the department under 200 characters.");
        assertThat(PeopleRefusals.text(TechnicianDetails.Field.JOB_FAMILY,
                new TechnicianDetails("Chemistry", " ", null).problems().get(TechnicianDetails.Field.JOB_FAMILY)))
                .isEqualTo("Please choose a job family (one of: " + JobFamily.codes() + ").");
    }
}
