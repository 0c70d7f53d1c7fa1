package com.example.seamrevoke.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.example.seamrevoke.input.InputFileException;
import com.example.seamrevoke.job.launch.RevocationLauncher;
import com.example.seamrevoke.job.launch.RunReport;
import com.example.seamrevoke.job.launch.RunRequest;
import com.example.seamrevoke.job.launch.RunResult;

/**
 * {@code --input=DIRECTORY}: each {@code *.csv} in name order as its own job instance
 * (one already processed says so and sends nothing), then one line per file and the worst
 * exit code. A stopped run ends the pass: the next run resumes it first.
 */
final class DirectoryRun {

	private final RevocationLauncher launcher;

	private final CommandLine command;

	private final PrintStream out;

	private final PrintStream err;

	DirectoryRun(RevocationLauncher launcher, CommandLine command, PrintStream out, PrintStream err) {
		this.launcher = launcher;
		this.command = command;
		this.out = out;
		this.err = err;
	}

	int runAll(RunRequest request, List<RunReport> runs) throws Exception {
		List<Path> files = InputDirectory.csvFiles(command.input());
		if (files.isEmpty()) {
			out.println("No *.csv file in " + command.input() + ": nothing to do.");
			return ExitCode.OK;
		}
		List<String> lines = new ArrayList<>();
		int exitCode = ExitCode.OK;
		for (Path file : files) {
			out.println("== " + file.getFileName());
			int fileExit;
			try {
				RunReport run = launcher.launch(request.forFile(file), out);
				runs.add(run);
				InputDirectory.archiveIfCompleted(command, run, out);
				fileExit = ExitCode.of(run.result());
				lines.add(line(file, fileExit, run));
			}
			catch (InputFileException refused) {
				err.println("error: " + refused.getMessage());
				fileExit = ExitCode.USAGE;
				lines.add(file.getFileName() + ": exit " + fileExit + ", refused: " + refused.getMessage());
			}
			exitCode = ExitCode.worst(exitCode, fileExit);
			if (fileExit == ExitCode.STOPPED) {
				int left = files.size() - files.indexOf(file) - 1;
				if (left > 0) {
					lines.add(left + " file(s) left for the next run");
				}
				break;
			}
		}
		out.println("Files in " + command.input() + ":");
		lines.forEach(line -> out.println("  " + line));
		return exitCode;
	}

	private static String line(Path file, int exitCode, RunReport run) {
		String what = (run.result() == RunResult.NOTHING_TO_DO) ? "already processed"
				: run.counts().total() == 0 ? "no rows" : run.counts().toString();
		return String.format(Locale.ROOT, "%s: exit %d, execution %s, %s, report %s", file.getFileName(), exitCode,
				run.executionId(), what, run.reportPath());
	}

}
