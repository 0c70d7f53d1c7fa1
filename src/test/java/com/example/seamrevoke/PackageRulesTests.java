package com.example.seamrevoke;

import java.io.PrintStream;
import java.util.Arrays;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of CONTRIBUTING.md, "Package rules", checked against the compiled
 * main classes: a class that imports against them fails the build.
 */
@AnalyzeClasses(packages = "com.example.seamrevoke",
		importOptions = { ImportOption.DoNotIncludeTests.class, PackageRulesTests.NotGeneratedAheadOfTime.class })
class PackageRulesTests {

	/**
	 * Spring AOT writes bean definitions ({@code X__BeanDefinitions}) where Spring needs
	 * them, not where our rules would: they are the build's, not ours.
	 */
	static final class NotGeneratedAheadOfTime implements ImportOption {

		@Override
		public boolean includes(Location location) {
			return !location.contains("__");
		}

	}

	private static final String ROOT = "com.example.seamrevoke";

	private static final String FLOW = ROOT + ".job";

	private static final String[] STEPS = { FLOW + ".expand..", FLOW + ".revoke..", FLOW + ".verify.." };

	@ArchTest
	final ArchRule dependenciesPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("application")
		.definedBy(ROOT)
		.layer("cli")
		.definedBy(ROOT + ".cli..")
		.layer("job.launch")
		.definedBy(FLOW + ".launch..")
		.layer("job")
		.definedBy(FLOW)
		.layer("audit")
		.definedBy(ROOT + ".audit..")
		.layer("steps")
		.definedBy(STEPS)
		.layer("step support")
		.definedBy(FLOW + ".source..", FLOW + ".support..", FLOW + ".progress..", FLOW + ".exclusive..")
		.layer("domain")
		.definedBy(ROOT + ".input..", ROOT + ".seam..", ROOT + ".outcome..", ROOT + ".database..")
		.layer("foundation")
		.definedBy(ROOT + ".settings..", ROOT + ".safety..")
		.layer("sandbox")
		.definedBy(ROOT + ".sandbox..")
		.whereLayer("application")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("cli")
		.mayOnlyBeAccessedByLayers("application")
		.whereLayer("job.launch")
		.mayOnlyBeAccessedByLayers("application", "cli")
		.whereLayer("job")
		.mayOnlyBeAccessedByLayers("application", "cli", "job.launch")
		.whereLayer("audit")
		.mayOnlyBeAccessedByLayers("application", "cli", "job.launch", "job")
		.whereLayer("steps")
		.mayOnlyBeAccessedByLayers("application", "cli", "job.launch", "job")
		.whereLayer("step support")
		.mayOnlyBeAccessedByLayers("application", "cli", "job.launch", "job", "audit", "steps")
		.whereLayer("domain")
		.mayOnlyBeAccessedByLayers("application", "cli", "job.launch", "job", "audit", "steps", "step support")
		.whereLayer("foundation")
		.mayOnlyBeAccessedByLayers("application", "cli", "job.launch", "job", "audit", "steps", "step support",
				"domain", "sandbox")
		.whereLayer("sandbox")
		.mayOnlyBeAccessedByLayers("cli")
		.because("cli -> job.launch -> job -> audit, job.{expand, revoke, verify} -> job.{source, support, "
				+ "progress, exclusive} -> input, seam, outcome, database -> settings, safety; the sandbox is started"
				+ " by cli only");

	@ArchTest
	final ArchRule noCycleBetweenPackages = slices().matching(ROOT + ".(**)")
		.should()
		.beFreeOfCycles()
		.because("a cycle of any length makes two packages one");

	@ArchTest
	final ArchRule stepsDoNotReachBackIntoTheFlow = noClasses().that()
		.resideInAnyPackage(STEPS)
		.should()
		.dependOnClassesThat()
		.resideInAPackage(FLOW)
		.because("the flow configuration puts the steps together, not the other way round");

	@ArchTest
	final ArchRule expandStandsAlone = stepDependsOnNoOtherStep("expand");

	@ArchTest
	final ArchRule revokeStandsAlone = stepDependsOnNoOtherStep("revoke");

	@ArchTest
	final ArchRule verifyStandsAlone = stepDependsOnNoOtherStep("verify");

	@ArchTest
	final ArchRule rootHoldsOnlyTheApplication = classes().that()
		.resideInAPackage(ROOT)
		.and()
		.doNotHaveSimpleName("package-info")
		.should()
		.haveNameMatching(ROOT.replace(".", "\\.") + "\\.SeamRevokeBatchApplication(\\$.*)?")
		.because("the command line lives in cli; the root package holds the application class only");

	@ArchTest
	final ArchRule safetyImportsNothingOfTheProject = noClasses().that()
		.resideInAPackage(ROOT + ".safety..")
		.should()
		.dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".safety.."))))
		.because("everything may escape text and write private files, so safety depends on nothing");

	@ArchTest
	final ArchRule jvmWideSettingsAreMadeAtStartUp = noClasses().that()
		.resideOutsideOfPackage(ROOT + ".cli")
		.should()
		.callMethod(System.class, "setProperty", String.class, String.class)
		.orShould()
		.callMethod(System.class, "setOut", PrintStream.class)
		.orShould()
		.callMethod(System.class, "setErr", PrintStream.class)
		.because("a JVM-wide setting made by ordinary code changes every other class; the command line makes them"
				+ " at start-up, before any bean exists");

	@ArchTest
	final ArchRule onlyTheApplicationExits = noClasses().that()
		.doNotHaveFullyQualifiedName(ROOT + ".SeamRevokeBatchApplication")
		.should()
		.callMethod(System.class, "exit", int.class)
		.because("the command returns its exit code; main() alone ends the process with it");

	@ArchTest
	final ArchRule onlyProcessExitHalts = noClasses().that()
		.doNotHaveFullyQualifiedName(ROOT + ".job.support.ProcessExit")
		.should()
		.callMethod(Runtime.class, "halt", int.class)
		.because("a halt skips every shutdown hook; the one ProcessExit, handed over at start-up, says why first");

	private static ArchRule stepDependsOnNoOtherStep(String step) {
		String own = FLOW + "." + step + "..";
		String[] others = Arrays.stream(STEPS).filter((other) -> !other.equals(own)).toArray(String[]::new);
		return noClasses().that()
			.resideInAPackage(own)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others)
			.because("each step is read on its own; what two steps share lives in job.source or job.support");
	}

}
