package org.techvoice.draft.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The draft for operators without Slack: started with {@code --techvoice.draft-export.team=T0123ABCD}, writes the
 * Word and Markdown files for that workspace from the database into {@code techvoice.draft-export.directory}
 * (default {@code ./drafts}), optionally from {@code techvoice.draft-export.since=YYYY-MM-DD}. See README.
 */
@Component
@ConditionalOnProperty("techvoice.draft-export.team")
class DraftExport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DraftExport.class);

    private final DraftCompiler compiler;
    private final DraftExportProperties properties;
    private final ConfigurableApplicationContext context;

    DraftExport(DraftCompiler compiler, DraftExportProperties properties, ConfigurableApplicationContext context) {
        this.compiler = compiler;
        this.properties = properties;
        this.context = context;
    }

    /** A one-off job: once the files are written the application stops rather than serving Slack. */
    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<Path> written = write();
        log.info("Draft for workspace {} written to {}", properties.team(), written);
        SpringApplication.exit(context, () -> 0);
    }

    List<Path> write() throws IOException {
        LocalDate since = properties.since() == null || properties.since().isBlank() ? null : LocalDate.parse(properties.since());
        CompiledDraft draft = compiler.compile(properties.team(), since);
        Path directory = Path.of(properties.directory());
        Files.createDirectories(directory);
        Path docx = Files.write(directory.resolve(draft.docxFilename()), draft.docx());
        Path markdown = Files.writeString(directory.resolve(draft.markdownFilename()), draft.markdown(), StandardCharsets.UTF_8);
        return List.of(docx, markdown);
    }
}
