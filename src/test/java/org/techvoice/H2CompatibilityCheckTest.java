package org.techvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** A mode-less H2 URL must never start an app that answers every request with a 500. */
class H2CompatibilityCheckTest {

    static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    static final String FILE_DEFAULTS = ";CACHE_SIZE=2048;DB_CLOSE_ON_EXIT=FALSE";

    @Test
    void aModelessH2UrlGetsTheSettingsAdded() {
        assertThat(H2CompatibilityCheck.compatibleUrl("jdbc:h2:file:/var/lib/techvoice/db"))
                .isEqualTo("jdbc:h2:file:/var/lib/techvoice/db" + SETTINGS);
        assertThat(H2CompatibilityCheck.compatibleUrl("jdbc:h2:file:./data/techvoice;AUTO_SERVER=TRUE;mode=postgresql"))
                .isEqualTo("jdbc:h2:file:./data/techvoice;AUTO_SERVER=TRUE;mode=postgresql;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void theDefaultUrlIsAlreadyComplete() throws Exception {
        String yaml = new String(getClass().getResourceAsStream("/application.yml").readAllBytes(), StandardCharsets.UTF_8);
        String defaultUrl = yaml.lines().filter(line -> line.contains("${SPRING_DATASOURCE_URL:")).findFirst().orElseThrow()
                .replaceAll(".*\\$\\{SPRING_DATASOURCE_URL:(.*)}\\s*$", "$1");

        assertThat(defaultUrl).startsWith("jdbc:h2:file:");
        assertThat(H2CompatibilityCheck.compatibleUrl(defaultUrl)).isEqualTo(defaultUrl);
    }

    @Test
    void aCompleteUrlAndOtherDatabasesAreLeftAlone() {
        assertThat(H2CompatibilityCheck.compatibleUrl("jdbc:h2:mem:x" + SETTINGS + ";DB_CLOSE_DELAY=-1"))
                .isEqualTo("jdbc:h2:mem:x" + SETTINGS + ";DB_CLOSE_DELAY=-1");
        assertThat(H2CompatibilityCheck.compatibleUrl("jdbc:postgresql://db:5432/techvoice"))
                .isEqualTo("jdbc:postgresql://db:5432/techvoice");
    }

    @Test
    void aFileDatabaseGetsASmallPageCacheAndIsClosedBySpringUnlessItsUrlSaysOtherwise() {
        assertThat(H2CompatibilityCheck.withFileDefaults("jdbc:h2:file:/srv/db" + SETTINGS))
                .isEqualTo("jdbc:h2:file:/srv/db" + SETTINGS + FILE_DEFAULTS);
        assertThat(H2CompatibilityCheck.withFileDefaults("jdbc:h2:./data/db;cache_size=65536"))
                .isEqualTo("jdbc:h2:./data/db;cache_size=65536;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(H2CompatibilityCheck.withFileDefaults("jdbc:h2:mem:x" + SETTINGS)).isEqualTo("jdbc:h2:mem:x" + SETTINGS);
        assertThat(H2CompatibilityCheck.withFileDefaults("jdbc:h2:TCP://db:9092/techvoice" + SETTINGS))
                .isEqualTo("jdbc:h2:TCP://db:9092/techvoice" + SETTINGS);
        assertThat(H2CompatibilityCheck.withFileDefaults("jdbc:postgresql://db:5432/techvoice")).isEqualTo("jdbc:postgresql://db:5432/techvoice");
    }

    /**
     * H2 will not open a database shared with other processes that it would not close itself at exit: such a URL keeps
     * H2's closing. Opened for real, in a directory of the test's own.
     */
    @Test
    void aFileDatabaseSharedWithOtherProcessesStillOpens(@TempDir Path directory) throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("db") + SETTINGS + ";AUTO_SERVER=TRUE";

        String used = H2CompatibilityCheck.withFileDefaults(url);

        assertThat(used).isEqualTo(url + ";CACHE_SIZE=2048");
        try (Connection connection = DriverManager.getConnection(used, "sa", "")) {
            assertThat(connection.isValid(1)).isTrue();
        }
        assertThat(H2CompatibilityCheck.withFileDefaults(url.replace("AUTO_SERVER=TRUE", "auto_server = false")))
                .endsWith(";auto_server = false" + FILE_DEFAULTS);
    }

    @Test
    void aConflictingSettingStopsStartUpWithTheExactUrlToUse() {
        assertThatThrownBy(() -> H2CompatibilityCheck.compatibleUrl("jdbc:h2:file:/srv/db;MODE=MySQL"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MODE=MySQL")
                .hasMessageEndingWith("Use SPRING_DATASOURCE_URL=jdbc:h2:file:/srv/db" + SETTINGS);
    }

    @Test
    void theEnvironmentCarriesTheCompatibleUrlBeforeAnythingStarts() {
        MockEnvironment environment = new MockEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator",
                Map.of("spring.datasource.url", "jdbc:h2:file:/var/lib/techvoice/db")));

        new H2CompatibilityCheck(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:file:/var/lib/techvoice/db" + SETTINGS + FILE_DEFAULTS);
    }
}
