package org.ducha;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The conventions of ARCHITECTURE.md as rules. */
class ArchitectureTests {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.ducha");

	@Test
	void controllersLiveInAWebPackage() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().resideInAPackage("..web..")
			.check(classes);
	}

	@Test
	void noFieldInjection() {
		NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(classes);
	}

	@Test
	void timeComesFromTheInjectedClock() {
		noClasses().should().callMethod(java.time.LocalDate.class, "now")
			.orShould().callMethod(java.time.LocalDateTime.class, "now")
			.orShould().callMethod(java.time.Instant.class, "now")
			.orShould().callMethod(java.time.ZonedDateTime.class, "now")
			.orShould().callMethod(java.time.OffsetDateTime.class, "now")
			.because("deadlines are computed from the district Clock bean (SPEC §3)")
			.check(classes);
	}

	@Test
	void noServiceImplPairs() {
		noClasses().should().haveSimpleNameEndingWith("ServiceImpl").check(classes);
	}
}
