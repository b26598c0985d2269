package org.ducha;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module structure on every build and writes the module diagram to docs/modules. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(DuchaApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDiagram() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		sortRelations(Path.of("docs/modules"));
	}

	/** The documenter writes relations in no stable order; sorting them keeps the diagrams from churning in git. */
	static void sortRelations(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(file);
				List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
				List<String> sorted = new ArrayList<>();
				int next = 0;
				for (String line : lines) {
					sorted.add(line.startsWith("Rel(") ? relations.get(next++) : line);
				}
				Files.write(file, sorted);
			}
		}
	}
}
