package com.example.seamrevoke.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the operator types, checked before anything starts. */
class CommandLineTests {

	@Test
	void parseWhenGivenInputAndReportShouldReadBothPaths() {
		CommandLine line = CommandLine.parse("--input=offboarding.csv", "--report=out/report.csv");

		assertThat(line.input()).isEqualTo(Path.of("offboarding.csv"));
		assertThat(line.report()).isEqualTo(Path.of("out/report.csv"));
		assertThat(line.rerunFailed()).isNull();
		assertThat(line.dryRun()).isFalse();
		assertThat(line.sandbox()).isFalse();
		assertThat(line.force()).isFalse();
		assertThat(line.help()).isFalse();
		assertThat(line.springArguments()).isEmpty();
	}

	@Test
	void parseWhenGivenFlagsShouldSetThem() {
		CommandLine line = CommandLine.parse("--input=a.csv", "--dry-run", "--sandbox", "--force");

		assertThat(line.dryRun()).isTrue();
		assertThat(line.sandbox()).isTrue();
		assertThat(line.force()).isTrue();
	}

	@Test
	void parseWhenFlagHasTrueOrFalseShouldAcceptIt() {
		CommandLine line = CommandLine.parse("--input=a.csv", "--dry-run=false", "--sandbox=TRUE", "--force=false");

		assertThat(line.dryRun()).isFalse();
		assertThat(line.sandbox()).isTrue();
		assertThat(line.force()).isFalse();
	}

	@Test
	void parseWhenGivenRerunFailedShouldReadTheExecutionId() {
		CommandLine line = CommandLine.parse("--rerun-failed=12", "--report=again.csv");

		assertThat(line.rerunFailed()).isEqualTo(12L);
		assertThat(line.input()).isNull();
		assertThat(line.report()).isEqualTo(Path.of("again.csv"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "--help", "-h" })
	void parseWhenAskedForHelpShouldNeedNoOtherOption(String option) {
		CommandLine line = CommandLine.parse(option);

		assertThat(line.help()).isTrue();
		assertThat(line.input()).isNull();
	}

	@Test
	void parseWhenAskedForTheVersionShouldNeedNoOtherOption() {
		CommandLine line = CommandLine.parse("--version");

		assertThat(line.version()).isTrue();
		assertThat(line.help()).isFalse();
	}

	@Test
	void rerunCommandWhenStartedByTheLauncherShouldNameTheLauncher() {
		String rerun = rerunCommandStartedAs("/opt/seam-revoke-batch-0.1.0/bin/seam-revoke-batch");

		assertThat(rerun).isEqualTo("/opt/seam-revoke-batch-0.1.0/bin/seam-revoke-batch --rerun-failed=7 --sandbox");
	}

	@Test
	void rerunCommandWhenTheLauncherPathHasSpacesShouldQuoteIt() {
		String rerun = rerunCommandStartedAs("/home/ops/seam tools/bin/seam-revoke-batch");

		assertThat(rerun).isEqualTo("'/home/ops/seam tools/bin/seam-revoke-batch' --rerun-failed=7 --sandbox");
	}

	private static String rerunCommandStartedAs(String launcher) {
		System.setProperty(CommandLine.LAUNCHER_PROPERTY, launcher);
		try {
			return CommandLine.parse("--input=a.csv", "--sandbox").toRunRequest(() -> {
			}).rerunCommand().forExecution(7);
		}
		finally {
			System.clearProperty(CommandLine.LAUNCHER_PROPERTY);
		}
	}

	@Test
	void parseWhenOptionIsDottedShouldPassItToSpringInOrder() {
		CommandLine line = CommandLine.parse("--revoke.concurrency=4", "--input=a.csv",
				"--spring.datasource.url=jdbc:postgresql://db/revoke?ssl=true", "--logging.level.root=WARN");

		assertThat(line.input()).isEqualTo(Path.of("a.csv"));
		assertThat(line.springArguments()).containsExactly("--revoke.concurrency=4",
				"--spring.datasource.url=jdbc:postgresql://db/revoke?ssl=true", "--logging.level.root=WARN");
	}

	@Test
	void parseWhenValueContainsEqualsSignShouldKeepIt() {
		CommandLine line = CommandLine.parse("--input=dir=x/a.csv");

		assertThat(line.input()).isEqualTo(Path.of("dir=x/a.csv"));
	}

	@Test
	void parseWhenOptionIsUnknownShouldNameIt() {
		assertThatThrownBy(() -> CommandLine.parse("--input=a.csv", "--dryrun")).isInstanceOf(UsageException.class)
			.hasMessage("unknown option '--dryrun'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a.csv", "-x", "--" })
	void parseWhenArgumentIsPositionalShouldRejectItWithAnExample(String arg) {
		assertThatThrownBy(() -> CommandLine.parse(arg)).isInstanceOf(UsageException.class)
			.hasMessageStartingWith("unexpected argument (not shown, it may be a secret): options look like");
	}

	@Test
	void parseWhenNeitherInputNorRerunFailedIsGivenShouldRejectIt() {
		assertThatThrownBy(() -> CommandLine.parse("--dry-run", "--report=r.csv")).isInstanceOf(UsageException.class)
			.hasMessage("--input=FILE or --rerun-failed=EXECUTION_ID is required");
	}

	@Test
	void parseWhenGivenNoArgumentsShouldAskForInput() {
		assertThatThrownBy(CommandLine::parse).isInstanceOf(UsageException.class).hasMessageContaining("--input=FILE");
	}

	@Test
	void parseWhenInputAndRerunFailedAreCombinedShouldRejectIt() {
		assertThatThrownBy(() -> CommandLine.parse("--input=a.csv", "--rerun-failed=12"))
			.isInstanceOf(UsageException.class)
			.hasMessage("--input and --rerun-failed cannot be combined");
	}

	@ParameterizedTest
	@ValueSource(strings = { "twelve", "12a", "1.5" })
	void parseWhenRerunFailedIsNotANumberShouldRejectIt(String value) {
		assertThatThrownBy(() -> CommandLine.parse("--rerun-failed=" + value)).isInstanceOf(UsageException.class)
			.hasMessage("--rerun-failed needs a job execution id (a positive number), not '" + value + "'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "--input", "--input=", "--input=  ", "--report", "--rerun-failed" })
	void parseWhenValueOptionHasNoValueShouldShowTheForm(String arg) {
		String name = arg.substring(2, arg.contains("=") ? arg.indexOf('=') : arg.length());

		assertThatThrownBy(() -> CommandLine.parse(arg)).isInstanceOf(UsageException.class)
			.hasMessage("--" + name + " needs a value, as in --" + name + "=...");
	}

	@Test
	void parseWhenFlagHasAnotherValueShouldRejectIt() {
		assertThatThrownBy(() -> CommandLine.parse("--input=a.csv", "--dry-run=yes")).isInstanceOf(UsageException.class)
			.hasMessage("--dry-run takes no value");
	}

	@Test
	void springArgumentsWhenModifiedShouldRefuse() {
		CommandLine line = CommandLine.parse("--input=a.csv", "--revoke.concurrency=4");

		assertThatThrownBy(() -> line.springArguments().add("--x.y=z"))
			.isInstanceOf(UnsupportedOperationException.class);
	}

}
