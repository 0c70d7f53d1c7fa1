package com.example.seamrevoke.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.example.seamrevoke.input.ReadAll.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** People files: found by their columns, read as persons, never confused with pairs. */
class PeopleFileTests {

	private static final String USER = "6513270e-269e-4d37-b2a7-4de452e6b438";

	private static final String DEVICE = "892f902b-d23f-4824-928b-2f330c5c7fd0";

	@TempDir
	Path directory;

	@ParameterizedTest
	@ValueSource(strings = { "user_identity_key", "User Identity Key", "userIdentityKey", "USER IDENTITY KEY" })
	void keyColumnWithoutDeviceColumnShouldBeAPeopleFile(String header) throws IOException {
		Path file = write("Name," + header + ",Department\nAvery,emp-1001,Sales\n");

		CsvLayout layout = CsvLayoutDetector.detect(file);

		assertThat(layout.isPeople()).isTrue();
		assertThat(layout.userIdentityKeyColumn()).isEqualTo(1);
		assertThat(readAll(file))
			.extracting(RevocationRequest::line, RevocationRequest::userIdentityKey, RevocationRequest::personRef,
					RevocationRequest::isPerson, RevocationRequest::isValid)
			.containsExactly(tuple(2L, "emp-1001", "key:emp-1001", true, true));
	}

	@Test
	void idColumnWithoutDeviceColumnShouldListPeopleById() throws IOException {
		Path file = write("User Identity ID\n" + USER.toUpperCase() + "\nnot-a-uuid\n");

		assertThat(readAll(file))
			.extracting(RevocationRequest::personRef, RevocationRequest::isPerson, RevocationRequest::invalidReason)
			.containsExactly(tuple("id:" + USER, true, null),
					tuple("id:not-a-uuid", true, "user_identity_id is not a UUID: 'not-a-uuid'"));
	}

	@Test
	void bothColumnsShouldUseTheIdWhenFilledAndTheKeyOtherwise() throws IOException {
		Path file = write("name;user_identity_id;user_identity_key\nA;" + USER + ";emp-1\nB;;emp-2\nC;;\n");

		assertThat(readAll(file)).extracting(RevocationRequest::personRef, RevocationRequest::invalidReason)
			.containsExactly(tuple("id:" + USER, null), tuple("key:emp-2", null),
					tuple("key:", "user_identity_id and user_identity_key are empty"));
	}

	@Test
	void pairFileWithAnEmptyDeviceCellShouldBeAnInvalidPairNotAPerson() throws IOException {
		Path file = write("user_identity_id,device_id,user_identity_key\n" + USER + ",,emp-1\n" + USER + "," + DEVICE
				+ ",emp-1\n");

		assertThat(CsvLayoutDetector.detect(file).isPeople()).isFalse();
		assertThat(readAll(file))
			.extracting(RevocationRequest::isPerson, RevocationRequest::personRef, RevocationRequest::invalidReason)
			.containsExactly(tuple(false, null, "device_id is empty"), tuple(false, null, null));
	}

	@Test
	void samePersonByKeyShouldHaveTheSameDeduplicationKey() {
		RevocationRequest first = RevocationRequest.person(2, 2, "", "emp-1");
		RevocationRequest second = RevocationRequest.person(3, 3, "", "emp-1");
		RevocationRequest pair = RevocationRequest.of(4, 4, USER, DEVICE);

		assertThat(first.personRef()).isNotNull().isEqualTo(second.personRef());
		assertThat(first.isPerson()).isTrue();
		assertThat(pair.isPerson()).isFalse();
	}

	private Path write(String content) throws IOException {
		Path file = Files.createTempFile(directory, "people-", ".csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

}
