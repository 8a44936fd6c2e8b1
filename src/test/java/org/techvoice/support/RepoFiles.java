package org.techvoice.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Finds files of the repository from wherever the tests run. */
public final class RepoFiles {

    private RepoFiles() {
    }

    /** The clone's root: the nearest directory, from the working directory up, holding this project's pom.xml. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("src/test/java/org/techvoice"))) {
                return dir;
            }
        }
        return fail("No TechVoice checkout (pom.xml with src/test/java/org/techvoice) at or above "
                + Path.of("").toAbsolutePath());
    }

    /** A file of the repository, which must exist. */
    public static Path file(String relative) {
        Path path = root().resolve(relative);
        if (!Files.isRegularFile(path)) {
            fail("Missing " + relative + " in " + root());
        }
        return path;
    }

    /**
     * A reference file kept in the repository under {@code src/test/resources/reference/} (see its NOTICE.md):
     * the tests never read anything outside the checkout.
     */
    public static Path reference(String name) {
        return file("src/test/resources/reference/" + name);
    }

    /** A YAML mapping read with SnakeYAML's safe constructor: plain maps, lists, strings, numbers and booleans. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> yaml(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(loaded instanceof Map)) {
                return fail(path + " is not a YAML mapping");
            }
            return (Map<String, Object>) loaded;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }
}
