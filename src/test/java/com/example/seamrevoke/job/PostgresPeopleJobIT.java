package com.example.seamrevoke.job;

import org.junit.jupiter.api.extension.ExtendWith;

import com.example.seamrevoke.testsupport.PostgresPerClass;
import com.example.seamrevoke.testsupport.RequiresPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * People files end to end again, with the job repository and the outcome table in
 * PostgreSQL: the people migration (V4) on top of Spring Batch's schema and the lease.
 */
@ExtendWith({ RequiresPostgres.class, PostgresPerClass.class })
class PostgresPeopleJobIT extends PeopleJobIT {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresPerClass.register(registry);
	}

}
