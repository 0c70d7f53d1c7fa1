package com.example.seamrevoke.job;

import org.junit.jupiter.api.extension.ExtendWith;

import com.example.seamrevoke.testsupport.PostgresPerClass;
import com.example.seamrevoke.testsupport.RequiresPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ChunkConnectionsIT} with the job repository in PostgreSQL. */
@ExtendWith({ RequiresPostgres.class, PostgresPerClass.class })
class PostgresChunkConnectionsIT extends ChunkConnectionsIT {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresPerClass.register(registry);
	}

}
