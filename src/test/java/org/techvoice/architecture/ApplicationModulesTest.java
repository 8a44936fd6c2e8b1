package org.techvoice.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.techvoice.TechVoiceApplication;

/**
 * Spring Modulith's view of the packages under {@code org.techvoice}: each direct sub-package is a module, its root
 * package (plus any {@code @NamedInterface}) its API, everything below internal. {@code verify()} fails on a cycle
 * between modules or on a use of another module's internals.
 */
class ApplicationModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TechVoiceApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    /**
     * Keeps docs/modules in step with the code: the module canvases and the component diagrams. The Documenter lists
     * a diagram's lines in an order that changes from run to run, so a file is replaced only when its lines, in any
     * order, changed: a run of the suite leaves the checkout clean unless the modules really changed.
     */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        Path written = Path.of("target", "modules-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Path docs = Path.of("docs", "modules");
        Files.createDirectories(docs);
        try (Stream<Path> files = Files.list(written)) {
            for (Path file : files.toList()) {
                Path kept = docs.resolve(file.getFileName());
                if (!Files.exists(kept) || !sortedLines(kept).equals(sortedLines(file))) {
                    Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
