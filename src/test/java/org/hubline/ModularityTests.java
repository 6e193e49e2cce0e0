package org.hubline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Hubline's modules only use each other's published contracts, with no cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(HublineApplication.class);

    @Test
    void modulesKeepToTheirContracts() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
