package com.example.seamrevoke.input;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class InputRosterTests {

	@TempDir
	Path directory;

	@Test
	void peopleFileShouldGiveTheJobsRowsItsPeopleAndEachLinesNameAndLeaveDate() throws Exception {
		Path file = write("people.csv", """
				Employee Name;User Identity Key;Dept;Termination Date
				Avery Quinn;emp-1001;Sales;2026-11-27

				"Rivera, Blake";emp-1002;IT;27.11.2026
				Again;emp-1001;IT;
				No Key;;IT;2026-11-27
				""");

		InputRoster roster = InputRoster.read(file);

		assertThat(roster.rows()).isEqualTo(4);
		assertThat(roster.people()).containsExactlyInAnyOrder("key:emp-1001", "key:emp-1002");
		assertThat(roster.nameColumn()).isEqualTo("Employee Name");
		assertThat(roster.leaveDateColumn()).isEqualTo("Termination Date");
		assertThat(roster.byLine()).containsEntry(2L, new InputRoster.Cells("Avery Quinn", "2026-11-27"))
			.containsEntry(4L, new InputRoster.Cells("Rivera, Blake", "27.11.2026"))
			.containsEntry(5L, new InputRoster.Cells("Again", ""))
			.doesNotContainKey(3L);
	}

	@Test
	void peopleFileWithoutThoseColumnsShouldGiveEmptyCells() throws Exception {
		Path file = write("ids.csv", "user_identity_id\n5eed0000-0000-4000-a000-000000001001\n");

		InputRoster roster = InputRoster.read(file);

		assertThat(roster.nameColumn()).isNull();
		assertThat(roster.leaveDateColumn()).isNull();
		assertThat(roster.people()).containsExactly("id:5eed0000-0000-4000-a000-000000001001");
		assertThat(roster.byLine()).containsEntry(2L, new InputRoster.Cells("", ""));
	}

	@Test
	void pairFileShouldGiveItsRowsAndNoPeople() throws Exception {
		Path file = write("pairs.csv", """
				user_identity_id,device_id,Name
				5eed0000-0000-4000-a000-000000001001,5eedd000-0000-4000-b000-000010010001,x
				not-a-uuid,5eedd000-0000-4000-b000-000010010001,y
				""");

		InputRoster roster = InputRoster.read(file);

		assertThat(roster.rows()).isEqualTo(2);
		assertThat(roster.people()).isEmpty();
		assertThat(roster.byLine()).isEmpty();
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(directory.resolve(name), content);
	}

}
