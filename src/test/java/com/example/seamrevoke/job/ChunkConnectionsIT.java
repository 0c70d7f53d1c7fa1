package com.example.seamrevoke.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.outcome.RevocationOutcome;
import com.example.seamrevoke.outcome.Verification;
import com.example.seamrevoke.testsupport.SeamStubs;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.example.seamrevoke.job.JobTestSupport.csv;
import static com.example.seamrevoke.job.JobTestSupport.revoke;
import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.example.seamrevoke.testsupport.TestIds.device;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * At concurrency 32 no worker touches the database and no connection is held while a call
 * to Seam is in flight, in every step (docs/architecture.md, "Workers never touch the
 * database"): the pool (application.properties) stays at its few connections however many
 * calls run.
 */
@SpringBatchTest
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:chunk-connections;DB_CLOSE_DELAY=-1",
		"revoke.seam.api-key=test-key", "revoke.concurrency=32" })
@Import(ChunkConnectionsIT.ConnectionTakers.class) // imported, not nested: the PostgreSQL
													// subclass gets it too
class ChunkConnectionsIT {

	private static final String REVOKE = "/user_identities/revoke_access_to_device";

	private static final String GET = "/user_identities/get";

	private static final String DEVICES = "/user_identities/list_accessible_devices";

	private static final String ENTRANCES = "/user_identities/list_accessible_entrances";

	private static final int ROWS = 96;

	/**
	 * The thread names of the steps' workers (StepSupportConfiguration, the revoke
	 * reader).
	 */
	private static final List<String> WORKERS = List.of("expand-", "revoke-", "verify-");

	/** The threads that asked the data source for a connection. */
	private static final Queue<String> connectionTakers = new ConcurrentLinkedQueue<>();

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

	/** Every connection asked for, by the thread that asked. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ConnectionTakers {

		@Bean
		static BeanPostProcessor recordConnectionTakers() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (!(bean instanceof DataSource dataSource)) {
						return bean;
					}
					return new DelegatingDataSource(dataSource) {

						@Override
						public Connection getConnection() throws SQLException {
							connectionTakers.add(Thread.currentThread().getName());
							return super.getConnection();
						}

					};
				}

			};
		}

	}

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

	@BeforeEach
	void resetSamples() throws SQLException {
		pool = dataSource.unwrap(HikariDataSource.class);
		borrowedDuringCalls.clear();
		connectionTakers.clear();
		seam.resetAll();
	}

	@Test
	void revokeAt32CallsInFlightShouldHoldNoConnectionDuringAnyCall() throws Exception {
		// given: Seam answers slowly, so 32 calls are in flight at once
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
		// that one connection is in use, never one per call in flight (32 would exhaust
		// the pool)
		assertThat(borrowedDuringCalls).hasSize(ROWS).allMatch(borrowed -> borrowed <= 1);
		assertNoWorkerTookAConnection();
		assertThat(pool.getMaximumPoolSize()).isEqualTo(4);
		assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isLessThanOrEqualTo(4);
	}

	@Test
	void peopleAt32CallsInFlightShouldHoldNoConnectionInAnyStep() throws Exception {
		// given: 48 people with two devices each, gone when listed again; Seam answers
		// slowly, so the expand, revoke and verify steps each have 32 calls in flight
		List<String> people = IntStream.rangeClosed(1, ROWS / 2).mapToObj(ChunkConnectionsIT::person).toList();
		SeamStubs.noGrantsNorAcsUsers(seam);
		for (int n = 1; n <= people.size(); n++) {
			stubPerson(people.get(n - 1), device(2 * n - 1), device(2 * n));
		}
		seam.stubFor(post(REVOKE).willReturn(okJson("{\"ok\":true}").withFixedDelay(200)));
		Path input = Files.writeString(directory.resolve("people.csv"),
				"user_identity_id\n" + String.join("\n", people) + "\n", StandardCharsets.UTF_8);

		// when
		JobExecution execution = jobOperatorTestUtils.startJob(revoke(input, directory.resolve("report.csv")));

		// then: every device revoked and verified gone
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<RevocationOutcome> written = new ArrayList<>();
		outcomes.forEachByLine(execution.getJobInstanceId(), written::add);
		assertThat(written).hasSize(ROWS)
			.allMatch(row -> row.outcome() == Outcome.REVOKED && row.verification() == Verification.VERIFIED);
		seam.verify(ROWS, postRequestedFor(urlEqualTo(REVOKE)));
		seam.verify(2 * people.size(), postRequestedFor(urlEqualTo(DEVICES)));
		seam.verify(people.size(), postRequestedFor(urlEqualTo(ENTRANCES)));
		// a revoke call may overlap the commit of the chunk before it; nothing else may
		assertThat(borrowedDuringCalls).hasSizeGreaterThanOrEqualTo(ROWS + 3 * people.size())
			.allMatch(borrowed -> borrowed <= 1);
		assertNoWorkerTookAConnection();
		assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isLessThanOrEqualTo(4);
	}

	private static void assertNoWorkerTookAConnection() {
		assertThat(connectionTakers).isNotEmpty().noneMatch(thread -> WORKERS.stream().anyMatch(thread::startsWith));
	}

	private static String person(int n) {
		return String.format("11111111-0000-4000-8000-%012d", n);
	}

	/** Found by id; lists its two devices, then (at verification) none. */
	private static void stubPerson(String id, String... devices) {
		seam.stubFor(
				post(GET).withRequestBody(containing(id))
					.willReturn(okJson("{\"user_identity\":{\"user_identity_id\":\"" + id
							+ "\",\"user_identity_key\":null,\"display_name\":\"Someone\"},\"ok\":true}")
						.withFixedDelay(200)));
		String listed = Arrays.stream(devices)
			.map(device -> "{\"device_id\":\"" + device + "\",\"display_name\":\"Door\"}")
			.collect(Collectors.joining(",", "[", "]"));
		seam.stubFor(post(DEVICES).withRequestBody(containing(id))
			.inScenario("devices-" + id)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"devices\":" + listed + ",\"ok\":true}").withFixedDelay(200))
			.willSetStateTo("revoked"));
		seam.stubFor(post(DEVICES).withRequestBody(containing(id))
			.inScenario("devices-" + id)
			.whenScenarioStateIs("revoked")
			.willReturn(okJson("{\"devices\":[],\"ok\":true}").withFixedDelay(200)));
		seam.stubFor(post(ENTRANCES).withRequestBody(containing(id))
			.willReturn(okJson("{\"acs_entrances\":[],\"ok\":true}").withFixedDelay(200)));
	}

}
