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

/** Finds files of the repository (and of {@code shared/} beside its clone) from wherever the tests run. */
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
     * A file of the shared reference data, looked for as {@code shared/<relative>} in the clone's root and every
     * directory above it (CI keeps {@code shared/} beside the clone: {@code ../shared/<relative>}).
     * Fails, never skips, when it is nowhere: the checks that need it must not pass silently.
     */
    public static Path shared(String relative) {
        Path start = root();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return fail("shared/" + relative + " not found in " + start + " or any directory above it "
                + "(CI keeps shared/ beside the clone, i.e. ../shared/" + relative + ")");
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
