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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techvoice.support.RepoFiles;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackAppTest;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What matters about {@code docker/} without a Docker daemon (none here or in CI): compose wires the postgres profile,
 * its health check and volume; the image's entry point runs the jar its build stage made, in exec form, with the
 * class-data archive its training run wrote; it runs as an unprivileged user that owns its data directory; and its
 * health check asks readiness on the port the app listens on, which the running app answers.
 */
@SlackAppTest
class DockerFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String HEALTH_URL = "http://localhost:8080/actuator/health/readiness";

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

        // the same check as the image's, so `docker compose ps` agrees with `docker ps`
        assertThat(list(map(app.get("healthcheck")).get("test"))).contains(HEALTH_URL);
    }

    /** The image's last stage, as instructions ("USER 10001:10001"), continuation lines joined and comments dropped. */
    private static List<String> runtimeStage() throws IOException {
        List<String> instructions = dockerfile();
        int lastFrom = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith("FROM ")) {
                lastFrom = i;
            }
        }
        return instructions.subList(lastFrom, instructions.size());
    }

    private static List<String> dockerfile() throws IOException {
        String text = Files.readString(RepoFiles.file("docker/Dockerfile"), StandardCharsets.UTF_8);
        String joined = text.lines().filter(line -> !line.strip().startsWith("#")).collect(Collectors.joining("\n"))
                .replaceAll("\\\\\n\\s*", " ");
        return joined.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> all(List<String> stage, String keyword) {
        return stage.stream().filter(line -> line.startsWith(keyword + " ")).map(line -> line.substring(keyword.length() + 1).strip()).toList();
    }

    private static String only(List<String> stage, String keyword) {
        List<String> found = all(stage, keyword);
        assertThat(found).as(keyword + " in the runtime stage").hasSize(1);
        return found.get(0);
    }

    @Test
    void theEntryPointRunsTheJarTheBuildMakesInExecFormSoStopSignalsReachJava() throws IOException {
        List<String> stage = runtimeStage();
        // exec form: java is PID 1 and gets SIGTERM, so the graceful shutdown (outbox batch, job step) can run
        List<String> entryPoint = JSON.readValue(only(stage, "ENTRYPOINT"),
                JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        assertThat(entryPoint.get(0)).isEqualTo("java");
        String jar = entryPoint.get(entryPoint.indexOf("-jar") + 1);

        // the jar is what the build stage extracted, copied into the runtime stage
        String buildStage = String.join("\n", dockerfile().subList(0, dockerfile().indexOf("FROM " + only(stage, "FROM").split(" ")[0])));
        Matcher extract = Pattern.compile("-jar (\\S+/)([^/\\s]+\\.jar) extract --destination (\\S+)").matcher(buildStage);
        assertThat(extract.find()).as("the build stage extracts the packaged jar").isTrue();
        String copy = all(stage, "COPY").stream().filter(c -> c.contains("--from=build")).findFirst().orElseThrow();
        String[] copyParts = copy.replaceAll("--\\S+", "").strip().split("\\s+");
        assertThat(copyParts[0]).isEqualTo(extract.group(3));
        assertThat(jar).isEqualTo(copyParts[1] + "/" + extract.group(2));

        // the class-data archive it maps is the one the training run in this stage writes
        String archive = entryPoint.stream().filter(a -> a.startsWith("-XX:SharedArchiveFile=")).findFirst().orElseThrow()
                .substring("-XX:SharedArchiveFile=".length());
        assertThat(all(stage, "RUN")).anyMatch(run -> run.contains("-XX:ArchiveClassesAtExit=" + archive + " ") && run.contains(jar));
    }

    @Test
    void theAppRunsAsAnUnprivilegedUserThatOwnsItsDataDirectory() throws IOException {
        List<String> stage = runtimeStage();
        String user = only(stage, "USER");
        String uid = user.split(":")[0];
        assertThat(uid).matches("\\d+").isNotEqualTo("0");
        assertThat(stage.indexOf("USER " + user)).isLessThan(stage.indexOf(stage.stream().filter(l -> l.startsWith("ENTRYPOINT")).findFirst().orElseThrow()));
        assertThat(all(stage, "RUN")).anyMatch(run -> run.contains("useradd") && run.contains("--uid " + uid));
        // the embedded database lives in /app/data: the user must be able to write there
        assertThat(all(stage, "RUN")).anyMatch(run -> run.contains("mkdir -p /app/data") && run.contains("chown -R " + uid));
        assertThat(all(stage, "COPY")).allMatch(copy -> copy.contains("--chown=" + uid));
    }

    @Test
    void theHealthCheckAsksReadinessOnThePortTheAppListensOnAndTheAppAnswersIt() throws Exception {
        List<String> stage = runtimeStage();
        String healthCheck = only(stage, "HEALTHCHECK");
        Matcher url = Pattern.compile("curl (?:-\\S+ )*(?:-o \\S+ )?(?:-\\S+ )*(http://localhost:(\\d+)(/\\S+))").matcher(healthCheck);
        assertThat(url.find()).as(healthCheck).isTrue();
        assertThat(url.group(1)).isEqualTo(HEALTH_URL);
        assertThat(healthCheck).contains("-f"); // curl fails on an HTTP error status, so DOWN (503) is unhealthy
        assertThat(only(stage, "EXPOSE")).isEqualTo(url.group(2));
        assertThat(all(stage, "RUN")).anyMatch(run -> run.contains("install") && run.contains(" curl"));
        // the app's default port (application.yml: server.port: ${SERVER_PORT:8080}) is the one checked and exposed
        String settings = Files.readString(RepoFiles.file("src/main/resources/application.yml"), StandardCharsets.UTF_8);
        assertThat(settings).containsPattern("(?m)^server:\\n\\s+port: \\$\\{SERVER_PORT:" + url.group(2) + "\\}$");

        HttpResponse<String> readiness = get(url.group(3));
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");

        String dockerignore = Files.readString(RepoFiles.file(".dockerignore"), StandardCharsets.UTF_8);
        assertThat(dockerignore.lines().map(String::strip).toList()).contains(".git", "target", "data");
    }

    @Test
    void livenessIsAProbeOfItsOwn() throws Exception {
        HttpResponse<String> liveness = get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"UP\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
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
