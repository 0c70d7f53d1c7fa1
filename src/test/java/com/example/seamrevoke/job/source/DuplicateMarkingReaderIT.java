package com.example.seamrevoke.job.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.input.CsvRevocationReader;
import com.example.seamrevoke.input.RevocationRequest;
import com.example.seamrevoke.outcome.Outcome;
import com.example.seamrevoke.outcome.OutcomeRepository;
import com.example.seamrevoke.outcome.RevocationOutcome;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.example.seamrevoke.testsupport.TestIds.USER;
import static com.example.seamrevoke.testsupport.TestIds.device;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart reads the input again and lets the outcome table decide: whatever position
 * the step saved, a row whose own outcome is stored is passed over, never made a
 * duplicate of itself.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:duplicate-marking;DB_CLOSE_DELAY=-1")
class DuplicateMarkingReaderIT {

	private static final AtomicLong INSTANCES = new AtomicLong(1000);

	@Autowired
	OutcomeRepository outcomes;

	@TempDir
	Path directory;

	private final long instance = INSTANCES.incrementAndGet();

	@Test
	void restartWithItsPositionLostShouldPassOverStoredRowsAndSendTheRest() throws Exception {
		// lines 2..6: devices 1..5; line 7 repeats line 3's pair
		Path input = input(device(1), device(2), device(3), device(4), device(5), device(2));
		stored(revoked(2, device(1)), revoked(3, device(2)), revoked(4, device(3)));

		List<RevocationRequest> read = readAll(input, new ExecutionContext());

		assertThat(read).extracting(RevocationRequest::line).containsExactly(5L, 6L, 7L);
		assertThat(read.get(2).duplicateOf()).isEqualTo(3L);
		assertThat(read.subList(0, 2)).allMatch(request -> request.duplicateOf() == null);
	}

	@Test
	void restartWithAPositionAheadOfTheTableShouldStillReadTheRowsNotStored() throws Exception {
		Path input = input(device(1), device(2), device(3));
		stored(revoked(2, device(1)));
		ExecutionContext ahead = new ExecutionContext();
		ahead.putLong("csv.linesConsumed", 4);

		assertThat(readAll(input, ahead)).extracting(RevocationRequest::line).containsExactly(3L, 4L);
	}

	@Test
	void storedInvalidAndDuplicateRowsShouldKeepTheirOutcome() throws Exception {
		Path input = input(device(1), "not-a-uuid", device(1), device(2));
		stored(revoked(2, device(1)), outcome(3, "not-a-uuid", Outcome.INVALID),
				outcome(4, device(1), Outcome.DUPLICATE));

		assertThat(readAll(input, new ExecutionContext())).extracting(RevocationRequest::line).containsExactly(5L);
	}

	private Path input(String... devices) throws Exception {
		List<String> lines = new ArrayList<>(List.of("user_identity_id,device_id"));
		for (String device : devices) {
			lines.add(USER + "," + device);
		}
		return Files.write(directory.resolve("input.csv"), lines);
	}

	private void stored(RevocationOutcome... rows) {
		outcomes.upsert(instance, 1, List.of(rows));
	}

	private static RevocationOutcome revoked(long line, String device) {
		return RevocationOutcome.builder(line, line, 0)
			.userIdentityId(USER)
			.deviceId(device)
			.outcome(Outcome.REVOKED)
			.seamAnswer(200, null, null, 1, "req_" + line)
			.processedAt(Instant.now())
			.build();
	}

	private static RevocationOutcome outcome(long line, String device, Outcome outcome) {
		return RevocationOutcome.builder(line, line, 0)
			.userIdentityId(USER)
			.deviceId(device)
			.outcome(outcome)
			.processedAt(Instant.now())
			.build();
	}

	private List<RevocationRequest> readAll(Path input, ExecutionContext saved) throws Exception {
		DuplicateMarkingReader reader = new DuplicateMarkingReader(new CsvRevocationReader(input), outcomes, instance);
		reader.open(saved);
		try {
			List<RevocationRequest> read = new ArrayList<>();
			for (RevocationRequest request = reader.read(); request != null; request = reader.read()) {
				read.add(request);
			}
			return read;
		}
		finally {
			reader.close();
		}
	}

}
