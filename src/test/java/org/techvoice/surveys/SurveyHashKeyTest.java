package org.techvoice.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22: no key anyone can read guards anonymity. */
class SurveyHashKeyTest {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

    @TempDir
    Path dataDir;

    @Test
    void thePostgresProfileWithoutAKeyRefusesNamingTheVariableAndHowToMakeOne() {
        assertThatThrownBy(() -> SurveyHashKey.resolve("", true, "jdbc:h2:file:" + dataDir.resolve("techvoice") + H2_OPTIONS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TECHVOICE_SURVEY_HASH_KEY is not set").hasMessageContaining("openssl rand -base64 32");
        assertThat(Files.exists(SurveyHashKey.keyFileOf(dataDir.resolve("techvoice")))).isFalse();
    }

    @Test
    void anyDatabaseOtherThanTheEmbeddedOneRefusesWithoutAKey() {
        for (String url : new String[] {"jdbc:postgresql://db:5432/techvoice", "jdbc:h2:tcp://db/techvoice", null}) {
            assertThatThrownBy(() -> SurveyHashKey.resolve(" ", false, url)).hasMessage(SurveyHashKey.MISSING);
        }
    }

    @Test
    void aConfiguredKeyIsUsedAsItIs() {
        assertThat(SurveyHashKey.resolve("k".repeat(40), true, "jdbc:postgresql://db/techvoice")).isEqualTo("k".repeat(40));
    }

    @Test
    void theEmbeddedDefaultMakesARandomOwnerOnlyKeyFileOnceAndReusesIt() throws IOException {
        String url = "jdbc:h2:file:" + dataDir.resolve("db").resolve("techvoice") + H2_OPTIONS;
        String first = SurveyHashKey.resolve("", false, url);
        Path file = dataDir.resolve("db").resolve("techvoice" + SurveyHashKey.KEY_FILE_SUFFIX);

        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(Files.readString(file).strip()).isEqualTo(first);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(SurveyHashKey.resolve("", false, url)).isEqualTo(first);
        // another database gets another key
        assertThat(SurveyHashKey.resolve("", false, "jdbc:h2:file:" + dataDir.resolve("other") + H2_OPTIONS)).isNotEqualTo(first);
    }

    @Test
    void anInMemoryDatabaseGetsAFreshRandomKeyAndNoFile() throws IOException {
        String url = "jdbc:h2:mem:test" + H2_OPTIONS;
        assertThat(SurveyHashKey.resolve("", false, url)).isNotEqualTo(SurveyHashKey.resolve("", false, url));
        try (var files = Files.list(dataDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anEmptyKeyFileStopsRatherThanHashingWithNothing() throws IOException {
        Path database = dataDir.resolve("techvoice");
        Files.writeString(SurveyHashKey.keyFileOf(database), "\n");
        assertThatThrownBy(() -> SurveyHashKey.resolve("", false, "jdbc:h2:file:" + database + H2_OPTIONS))
                .hasMessageContaining("is empty");
    }
}
