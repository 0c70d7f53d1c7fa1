package com.example.seamrevoke.job.launch;

import java.util.List;

/**
 * The command an operator copies to rerun the FAILED rows of an execution: the program as
 * it was started, and the options that select the same job repository and Seam endpoint
 * (never a key).
 */
public record RerunCommand(String program, List<String> options) {

	public String forExecution(long executionId) {
		StringBuilder command = new StringBuilder(program).append(" --rerun-failed=").append(executionId);
		options.forEach(option -> command.append(' ').append(option));
		return command.toString();
	}

}
