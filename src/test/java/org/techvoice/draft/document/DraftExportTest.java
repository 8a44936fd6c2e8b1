package org.techvoice.draft.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techvoice.draft.DocxText.ascii;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.FixtureEvidence;
import org.techvoice.draft.FixtureInstitution;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.people.PeopleService;
import org.techvoice.support.SlackAppTest;

/** The operators' export writes the same draft to files, from the database, without Slack. */
@SlackAppTest
class DraftExportTest {

    @Autowired
    DraftCompiler compiler;
    @Autowired
    FixtureEvidence evidence;
    @Autowired
    PeopleService people;
    @Autowired
    ProfileService profiles;
    @Autowired
    ActionPlanService actions;

    @Test
    void writesTheWordAndMarkdownFilesForOneWorkspace(@TempDir Path directory) throws Exception {
        FixtureInstitution.seed("T0EXPORT1", evidence, people, profiles, actions);

        List<Path> written = new DraftExport(compiler, new DraftExportProperties("T0EXPORT1", directory.resolve("out").toString(), "2025-06-01"), null).write();

        assertThat(written).hasSize(2).allSatisfy(path -> assertThat(path).exists().startsWith(directory));
        assertThat(Files.readString(written.get(1))).contains("## 24-month action plan").contains("from 1 June 2025");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(written.get(0)))) {
            assertThat(ascii(doc.getParagraphs().get(0).getText())).contains("University of Fixtures");
        }
    }
}
