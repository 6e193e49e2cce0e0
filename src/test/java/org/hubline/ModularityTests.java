package org.hubline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

/** Hubline's modules only use each other's published contracts, with no cycles. */
class ModularityTests {

    private static final String START = "```mermaid";
    private static final String SHARED = "shared";

    private final ApplicationModules modules = ApplicationModules.of(HublineApplication.class);

    @Test
    void modulesKeepToTheirContracts() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    /**
     * The README shows the modules and which uses which, as Mermaid (drawn where the code is
     * hosted): a dashed arrow where a module only listens to the other's events. This fails,
     * printing the diagram to paste, whenever a module or dependency changes without it.
     */
    @Test
    void theReadmeShowsTheModulesAsTheyAre() throws IOException {
        String diagram = mermaid();
        Files.createDirectories(Path.of("target/spring-modulith-docs"));
        Files.writeString(Path.of("target/spring-modulith-docs/modules.mmd"), diagram);
        assertThat(Files.readString(Path.of("README.md")))
                .as("README.md's module diagram is out of date; replace it with:%n%s", diagram)
                .contains(diagram);
    }

    private String mermaid() {
        List<ApplicationModule> all = modules.stream().sorted(Comparator.comparing(ApplicationModule::getDisplayName))
                .toList();
        StringBuilder out = new StringBuilder(START).append("\nflowchart TD\n");
        for (ApplicationModule module : all) {
            String from = module.getIdentifier().toString();
            if (from.equals(SHARED)) {
                continue;
            }
            List<ApplicationModule> targets = module.getDirectDependencies(modules).uniqueModules()
                    .filter(m -> !m.getIdentifier().toString().equals(SHARED))
                    .sorted(Comparator.comparing(ApplicationModule::getDisplayName)).toList();
            for (ApplicationModule target : targets) {
                boolean eventsOnly = module.getDirectDependencies(modules).stream()
                        .filter(d -> d.getTargetModule().equals(target))
                        .allMatch(d -> d.getDependencyType() == DependencyType.EVENT_LISTENER);
                out.append("    ").append(from).append(eventsOnly ? " -.-> " : " --> ")
                        .append(target.getIdentifier()).append('\n');
            }
        }
        return out.append("```\n").toString();
    }
}
