package com.example.seamrevoke;

import com.example.seamrevoke.cli.AheadOfTime;
import com.example.seamrevoke.cli.Command;
import com.example.seamrevoke.job.progress.OperatorConsole;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Revokes door access through Seam's API as a restartable Spring Batch job. The command
 * line lives in {@code cli}; the job in {@code job} (docs/architecture.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SeamRevokeBatchApplication {

	public static void main(String[] args) {
		AheadOfTime.useIfBuilt(SeamRevokeBatchApplication.class);
		Command.preloadClasses();
		System.exit(new Command(SeamRevokeBatchApplication.class).run(args, OperatorConsole.standardStreams()));
	}

}
