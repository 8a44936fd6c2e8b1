package org.techvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.techvoice.support.RepoFiles;

/**
 * Issue 20: a fresh clone, alone on a machine, must build and pass. The first red build came from tests reading
 * reference files from a folder beside the checkout; what the build, the tests and CI need is kept inside it
 * (src/test/resources/reference, with its NOTICE). This fails when any of them names a place outside again.
 */
class SelfContainedCheckoutTest {

    /** Where the build, the tests and CI live; README and docs may describe the machine, these may not depend on it. */
    private static final List<String> CHECKED = List.of("pom.xml", ".mvn", ".ci", "src", "bench", "docker", "manifest");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "data", "node_modules", ".git");
    /** The sibling folder the tests once read, and the absolute root of the machine it was built on. */
    private static final List<String> OUTSIDE = List.of(".." + "/shared", "/work" + "/");

    @Test
    void nothingTheBuildTheTestsOrCiReadNamesAPlaceOutsideTheCheckout() throws IOException {
        Path root = RepoFiles.root();
        List<String> found = new ArrayList<>();
        for (String top : CHECKED) {
            Path start = root.resolve(top);
            if (!Files.exists(start)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(start)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> !skipped(root, f)).toList()) {
                    String text = text(file);
                    OUTSIDE.stream().filter(text::contains).forEach(place -> found.add(root.relativize(file) + " names " + place));
                }
            }
        }
        assertThat(found).as("files that depend on something beside the checkout").isEmpty();
    }

    @Test
    void theReferenceFilesTheTestsReadAreInTheCheckoutWithTheirNotice() {
        assertThat(RepoFiles.reference("manifest.schema.1.0.0.json")).isRegularFile();
        assertThat(RepoFiles.reference("self-assessment-template.txt")).isRegularFile();
        assertThat(RepoFiles.reference("NOTICE.md")).isRegularFile();
    }

    private static boolean skipped(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    /** A text file's content; binary files (images, fonts, the model) cannot name a path and count as empty. */
    private static String text(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException binary) {
            return "";
        }
    }
}
