package com.example.seamrevoke.job;

import com.example.seamrevoke.seam.CallGuard;
import com.example.seamrevoke.seam.SeamCallCounts;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * A stop the Seam call guard met, and the 429s and retries counted, belong to the run
 * that met them: each run starts clear.
 */
class ResetCallGuardListener implements JobExecutionListener {

	private final CallGuard callGuard;

	private final SeamCallCounts callCounts;

	ResetCallGuardListener(CallGuard callGuard, SeamCallCounts callCounts) {
		this.callGuard = callGuard;
		this.callCounts = callCounts;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		callGuard.reset();
		callCounts.reset();
	}

}
