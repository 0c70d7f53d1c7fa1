package com.example.seamrevoke.e2e;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.example.seamrevoke.testsupport.CommandRun;
import com.example.seamrevoke.testsupport.PostgresPerTest;
import com.example.seamrevoke.testsupport.RequiresPostgres;

/**
 * {@link AuditPageIT} with the job repository in PostgreSQL, a fresh database per test.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresAuditPageIT extends AuditPageIT {

	@RegisterExtension
	final PostgresPerTest postgres = new PostgresPerTest();

	@Override
	CommandRun commandIn(Path directory) {
		return CommandRun.in(directory).in(postgres.database());
	}

}
