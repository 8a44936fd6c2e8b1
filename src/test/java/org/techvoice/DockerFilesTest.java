package org.techvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.support.RepoFiles;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;

/**
 * Light checks of {@code docker/} (no Docker daemon here or in CI): compose.yaml parses and wires the postgres
 * profile, the health check and the named volume; the Dockerfile keeps its shape; and what they point at exists
 * in the app (the {@code postgres} profile's file, {@code /actuator/health} answering).
 */
@SlackAppTest
class DockerFilesTest {

    static final String HEALTH_URL = "http://localhost:8080/actuator/health";

    @LocalServerPort
    int port;

    @BeforeEach
    void setUp() {
        SlackApiStub.reset();
    }

    @Test
    void composeRunsTheAppOnPostgres() {
        Map<String, Object> compose = RepoFiles.yaml(RepoFiles.file("docker/compose.yaml"));
        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsOnlyKeys("postgres", "techvoice");

        Map<String, Object> postgres = map(services.get("postgres"));
        Map<String, Object> db = map(postgres.get("environment"));
        assertThat(postgres.get("image")).isEqualTo("postgres:16");
        assertThat(db).containsEntry("POSTGRES_DB", "techvoice").containsEntry("POSTGRES_USER", "techvoice");
        assertThat(map(postgres.get("healthcheck")).get("test").toString()).contains("pg_isready");
        assertThat(list(postgres.get("volumes"))).contains("techvoice-pgdata:/var/lib/postgresql/data");
        assertThat(map(compose.get("volumes"))).containsKey("techvoice-pgdata");

        Map<String, Object> app = map(services.get("techvoice"));
        assertThat(map(app.get("build"))).containsEntry("context", "..").containsEntry("dockerfile", "docker/Dockerfile");
        assertThat(list(app.get("ports"))).contains("8080:8080");
        assertThat(app.get("restart")).isEqualTo("unless-stopped");
        assertThat(map(map(app.get("depends_on")).get("postgres"))).containsEntry("condition", "service_healthy");

        Map<String, Object> env = map(app.get("environment"));
        assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/" + db.get("POSTGRES_DB"))
                .containsEntry("SPRING_DATASOURCE_USERNAME", db.get("POSTGRES_USER"))
                .containsEntry("SPRING_DATASOURCE_PASSWORD", db.get("POSTGRES_PASSWORD"));
        for (String passedThrough : List.of("SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "TECHVOICE_ADMINS",
                "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_REDIRECT_URI", "TECHVOICE_TOKEN_KEY")) {
            assertThat(env).containsEntry(passedThrough, "${" + passedThrough + ":-}");
        }
        // The profile compose switches on must exist.
        RepoFiles.file("src/main/resources/application-postgres.yml");

        assertThat(map(app.get("healthcheck")).get("test").toString()).contains(HEALTH_URL);
    }

    @Test
    void dockerfileBuildsAndRunsTheJarUnprivileged() throws IOException {
        String dockerfile = Files.readString(RepoFiles.file("docker/Dockerfile"), StandardCharsets.UTF_8);
        assertThat(dockerfile)
                .containsPattern("(?m)^FROM maven:3\\.9-eclipse-temurin-17 AS build$")
                .containsPattern("(?m)^FROM eclipse-temurin:17-jre$")
                .contains("mvn -B -DskipTests package")
                .containsPattern("(?m)^USER 10001")
                .containsPattern("(?m)^EXPOSE 8080$")
                .containsPattern("(?m)^WORKDIR /app$")
                .contains("LANG=C.UTF-8")
                .contains("-Dfile.encoding=UTF-8")
                // extracted jar + Class Data Sharing archive from a training run (README, "Run in production")
                .contains("-Djarmode=tools -jar /build/techvoice.jar extract --destination /build/app")
                .contains("-XX:ArchiveClassesAtExit=/app/techvoice.jsa -Dspring.context.exit=onRefresh -jar /app/techvoice.jar")
                .containsPattern("(?m)^ENTRYPOINT \\[\"java\", \"-XX:SharedArchiveFile=/app/techvoice.jsa\", \"-jar\", \"/app/techvoice.jar\"\\]$")
                .contains("install -y --no-install-recommends curl")
                .containsPattern("(?s)HEALTHCHECK .*curl [^\\n]*" + HEALTH_URL.replace(".", "\\."));

        String dockerignore = Files.readString(RepoFiles.file(".dockerignore"), StandardCharsets.UTF_8);
        assertThat(dockerignore.lines().map(String::strip).toList()).contains(".git", "target", "data");
    }

    @Test
    void theHealthCheckUrlIsServed() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(HEALTH_URL.replace(":8080", ":" + port))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
