package org.techvoice.architecture;

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

    /** Keeps docs/modules in step with the code: the module canvases and the component diagrams. */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
