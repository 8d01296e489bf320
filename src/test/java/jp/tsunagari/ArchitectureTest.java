package jp.tsunagari;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The folder tree is the architecture: these rules keep it that way. */
@AnalyzeClasses(packages = "jp.tsunagari", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/** Shared infrastructure knows no feature. */
	@ArchTest
	static final ArchRule systemImportsNoFeature = noClasses().that()
		.resideInAPackage("jp.tsunagari.system..")
		.should()
		.dependOnClassesThat()
		.resideOutsideOfPackages("jp.tsunagari.system..", "java..", "javax..", "jakarta..", "org.springframework..",
				"org.camunda..", "org.slf4j..", "org.glassfish.jersey..");

	/** Features may use each other's public API, but never in a cycle. */
	@ArchTest
	static final ArchRule featuresFormNoCycles = slices().matching("jp.tsunagari.(*)..").should().beFreeOfCycles();

}
