package com.example.seamrevoke.job.exclusive;

import org.junit.jupiter.api.extension.ExtendWith;

import com.example.seamrevoke.testsupport.PostgresPerClass;
import com.example.seamrevoke.testsupport.RequiresPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link RunLeaseIT} on PostgreSQL, where leases matter. */
@ExtendWith({ RequiresPostgres.class, PostgresPerClass.class })
class PostgresRunLeaseIT extends RunLeaseIT {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresPerClass.register(registry);
	}

}
