package org.techvoice.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TechnicianCsvTest {

    @Test
    void readsIdsMentionsAndEmailsSkippingTheHeader() {
        TechnicianCsv.Parsed parsed = TechnicianCsv.parse("""
                user,department,job family,registration
                U0AAA0001,School of Chemistry,laboratory,RSciTech
                <@U0AAA0002|sam>,"Engineering, Mechanical",Engineering and workshop,
                Alex.Smith@Uni.ac.uk,Library,digital

                """);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(TechnicianCsv.Row::user).containsExactly("U0AAA0001", "U0AAA0002", "alex.smith@uni.ac.uk");
        assertThat(parsed.rows()).extracting(TechnicianCsv.Row::byEmail).containsExactly(false, false, true);
        assertThat(parsed.rows().get(1).details().toProfile("U0AAA0002"))
                .isEqualTo(new TechnicianProfile("U0AAA0002", "Engineering, Mechanical", "Engineering and workshop", null));
        assertThat(parsed.rows().get(0).line()).isEqualTo(2);
    }

    @Test
    void reportsEveryBadLineWithItsNumber() {
        TechnicianCsv.Parsed parsed = TechnicianCsv.parse("""
                U0AAA0001,Chemistry,laboratory
                bob,Chemistry,laboratory
                U0AAA0003,,laboratory
                U0AAA0004,Physics,astronaut
                U0AAA0005,Physics,digital,Wizard
                U0AAA0006,Physics
                U0AAA0001,Biology,laboratory
                """);

        assertThat(parsed.rows()).hasSize(1);
        assertThat(parsed.errors()).extracting(TechnicianCsv.RowError::describe).containsExactly(
                "Line 2 (bob): is neither a Slack user id (like U0123ABCD) nor an email address.",
                "Line 3 (U0AAA0003): Please give your department or school, e.g. \"School of Chemistry\".",
                "Line 4 (U0AAA0004): \"astronaut\" is not a job family I know; use one of: " + JobFamily.codes() + ".",
                "Line 5 (U0AAA0005): \"Wizard\" is not a registration I know; use one of: "
                        + ProfessionalRegistration.codes() + ", or leave it empty.",
                "Line 6 (U0AAA0006): expected 3 or 4 columns (user, department, job family, registration) but found 2.",
                "Line 7 (U0AAA0001): appears twice (also on line 1).");
    }

    @Test
    void emptyHeaderOnlyAndBrokenQuotesAreExplained() {
        assertThat(TechnicianCsv.parse("  \n ").errors()).extracting(TechnicianCsv.RowError::describe)
                .containsExactly("Paste at least one line: user, department, job family, registration.");
        assertThat(TechnicianCsv.parse("email,department,job family").errors()).extracting(TechnicianCsv.RowError::describe)
                .containsExactly("There are column names but no technicians below them.");
        assertThat(TechnicianCsv.parse("U0AAA0001,\"Chemistry,laboratory").errors().get(0).describe())
                .contains("not valid CSV").contains("unclosed double quote");
    }
}
