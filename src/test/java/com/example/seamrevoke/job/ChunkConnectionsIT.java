package com.example.seamrevoke.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.outcome.RevocationOutcome;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.example.seamrevoke.job.JobTestSupport.csv;
import static com.example.seamrevoke.job.JobTestSupport.revoke;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.example.seamrevoke.testsupport.TestIds.device;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * At concurrency 32 no database connection is held while a call to Seam is in flight: the
 * pool (application.properties) stays at its few connections however many calls run.
 */
@SpringBatchTest
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:chunk-connections;DB_CLOSE_DELAY=-1",
		"revoke.seam.api-key=test-key", "revoke.concurrency=32" })
class ChunkConnectionsIT {

	private static final String REVOKE = "/user_identities/revoke_access_to_device";

	private static final int ROWS = 96;

	/** Connections borrowed from the pool, sampled as each request reaches Seam. */
	private static final Queue<Integer> borrowedDuringCalls = new ConcurrentLinkedQueue<>();

	private static volatile HikariDataSource pool;

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().containerThreads(40).extensions(new ServeEventListener() {

			@Override
			public void afterMatch(ServeEvent serveEvent, Parameters parameters) {
				borrowedDuringCalls.add(pool.getHikariPoolMXBean().getActiveConnections());
			}

			@Override
			public String getName() {
				return "borrowed-connections";
			}

		}))
		.build();

	@DynamicPropertySource
	static void seamEndpoint(DynamicPropertyRegistry registry) {
		registry.add("revoke.seam.endpoint", seam::baseUrl);
	}

	@Autowired
	JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	OutcomeRepository outcomes;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path directory;

	@Test
	void revokeAt32CallsInFlightShouldHoldNoConnectionDuringAnyCall() throws Exception {
		// given: Seam answers slowly, so 32 calls are in flight at once
		pool = dataSource.unwrap(HikariDataSource.class);
		borrowedDuringCalls.clear();
		seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}").withFixedDelay(200)));
		String[] rows = IntStream.rangeClosed(1, ROWS).mapToObj(n -> USER + "," + device(n)).toArray(String[]::new);
		Path input = csv(directory, rows);

		// when
		JobExecution execution = jobOperatorTestUtils.startJob(revoke(input, directory.resolve("report.csv")));

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<RevocationOutcome> written = new ArrayList<>();
		outcomes.forEachByLine(execution.getJobInstanceId(), written::add);
		assertThat(written).hasSize(ROWS).allMatch(row -> row.outcome() == Outcome.REVOKED);
		seam.verify(ROWS, postRequestedFor(urlEqualTo(REVOKE)));
		// calls run ahead of the chunk, so one may overlap the writer's commit: at most
		// that
		// one connection is in use, never one per call in flight (32 would exhaust the
		// pool)
		assertThat(borrowedDuringCalls).hasSize(ROWS).allMatch(borrowed -> borrowed <= 1);
		assertThat(pool.getMaximumPoolSize()).isEqualTo(4);
		assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isLessThanOrEqualTo(4);
	}

}
