package com.example.seamrevoke.job;

import org.junit.jupiter.api.extension.ExtendWith;

import com.example.seamrevoke.testsupport.PostgresPerClass;
import com.example.seamrevoke.testsupport.RequiresPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every row of the classification table again, with the job repository and the outcome
 * table in PostgreSQL (a fresh database, created by the application's own migrations).
 */
@ExtendWith({ RequiresPostgres.class, PostgresPerClass.class })
class PostgresRevokeAccessJobIT extends RevokeAccessJobIT {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresPerClass.register(registry);
	}

}
