package org.techvoice.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
        assertThat(parsed.errors()).containsExactly(
                new TechnicianCsv.RowError(2, "bob", ImportProblem.Plain.NOT_A_USER),
                new TechnicianCsv.RowError(3, "U0AAA0003", new ImportProblem.InvalidDetails(Map.of(TechnicianDetails.Field.DEPARTMENT,
                        new TechnicianDetails.Problem(TechnicianDetails.Problem.Reason.MISSING, "")))),
                new TechnicianCsv.RowError(4, "U0AAA0004", new ImportProblem.InvalidDetails(Map.of(TechnicianDetails.Field.JOB_FAMILY,
                        new TechnicianDetails.Problem(TechnicianDetails.Problem.Reason.UNKNOWN, "astronaut")))),
                new TechnicianCsv.RowError(5, "U0AAA0005", new ImportProblem.InvalidDetails(Map.of(TechnicianDetails.Field.REGISTRATION,
                        new TechnicianDetails.Problem(TechnicianDetails.Problem.Reason.UNKNOWN, "Wizard")))),
                new TechnicianCsv.RowError(6, "U0AAA0006", new ImportProblem.WrongColumnCount(2)),
                new TechnicianCsv.RowError(7, "U0AAA0001", new ImportProblem.Repeated(1, false)));
    }

    @Test
    void emptyHeaderOnlyAndBrokenQuotesAreToldAboutTheWholeText() {
        assertThat(TechnicianCsv.parse("  \n ").errors()).containsExactly(new TechnicianCsv.RowError(0, "", ImportProblem.Plain.NOTHING_PASTED));
        assertThat(TechnicianCsv.parse("email,department,job family").errors())
                .containsExactly(new TechnicianCsv.RowError(0, "", ImportProblem.Plain.NO_TECHNICIANS));
        assertThat(TechnicianCsv.parse("U0AAA0001,\"Chemistry,laboratory").errors().get(0).problem()).isInstanceOf(ImportProblem.NotCsv.class);
    }
}
