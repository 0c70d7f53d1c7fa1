package com.example.seamrevoke.job;

import com.example.seamrevoke.seam.CallGuard;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * A stop the Seam call guard met belongs to the run that met it: each run starts clear.
 */
class ResetCallGuardListener implements JobExecutionListener {

	private final CallGuard callGuard;

	ResetCallGuardListener(CallGuard callGuard) {
		this.callGuard = callGuard;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		callGuard.reset();
	}

}
