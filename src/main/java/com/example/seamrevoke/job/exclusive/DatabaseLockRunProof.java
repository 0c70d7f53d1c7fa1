package com.example.seamrevoke.job.exclusive;

import java.io.PrintStream;

import com.example.seamrevoke.database.H2Url;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Embedded H2 (a file, or memory) is opened by one process at a time: holding the
 * database proves every other run of it is gone, and a run killed a moment ago is
 * recovered at once.
 */
class DatabaseLockRunProof implements ExclusiveRunProof {

	static boolean appliesTo(String datasourceUrl) {
		return H2Url.parse(datasourceUrl).heldByOneProcess();
	}

	@Override
	public Claim claim(JobParameters parameters, PrintStream out) {
		return () -> {
		};
	}

}
