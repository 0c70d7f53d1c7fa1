package com.example.seamrevoke.job.exclusive;

import com.example.seamrevoke.job.support.ProcessExit;
import com.example.seamrevoke.settings.RevokeProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How this run proves it is the only runner of its job instance. */
@Configuration(proxyBeanMethods = false)
class ExclusiveRunConfiguration {

	/**
	 * Embedded H2's file lock already proves a run exclusive; a shared database needs the
	 * lease (docs/architecture.md, "Leases, or the H2 file lock").
	 */
	@Bean
	ExclusiveRunProof exclusiveRunProof(@Value("${spring.datasource.url:}") String datasourceUrl, RunLeases leases,
			RevokeProperties properties, ProcessExit processExit) {
		if (DatabaseLockRunProof.appliesTo(datasourceUrl)) {
			return new DatabaseLockRunProof();
		}
		// a run that lost its lease stops sending, now
		return new LeaseRunProof(leases, properties.lease(), LeaseOwner.thisProcess(), reason -> processExit
			.stopNow("Stopping at once: " + reason + ". Nothing more is sent; the same command resumes."));
	}

}
