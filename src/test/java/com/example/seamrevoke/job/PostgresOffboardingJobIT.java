package com.example.seamrevoke.job;

import org.junit.jupiter.api.extension.ExtendWith;

import com.example.seamrevoke.testsupport.PostgresPerClass;
import com.example.seamrevoke.testsupport.RequiresPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Offboarding end to end again, with the job repository and the outcome table in
 * PostgreSQL: the offboarding migration (V5), the grant-first reading of PENDING rows and
 * the new columns hold there too.
 */
@ExtendWith({ RequiresPostgres.class, PostgresPerClass.class })
class PostgresOffboardingJobIT extends OffboardingJobIT {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresPerClass.register(registry);
	}

}
