package org.techvoice.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.techvoice.TechVoiceApplication;
import org.techvoice.workspaces.WorkspaceService;

/** The default embedded database is a file: what was recorded is still there after a restart. */
class H2FileDatabaseRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(WorkspaceService.class).recordSeen("T0RESTART", null);
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(WorkspaceService.class).isKnown("T0RESTART")).isTrue();
            assertThat(second.getBean(WorkspaceService.class).isKnown("T0NEVER")).isFalse();
        }
    }

    private ConfigurableApplicationContext start() {
        SpringApplication app = new SpringApplication(TechVoiceApplication.class);
        return app.run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("techvoice")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--techvoice.slack.signing-secret=", "--techvoice.slack.bot-token=", "--techvoice.slack.app-token=");
    }
}
