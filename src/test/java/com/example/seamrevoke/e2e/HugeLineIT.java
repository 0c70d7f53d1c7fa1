package com.example.seamrevoke.e2e;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.seamrevoke.cli.ExitCode;
import com.example.seamrevoke.testsupport.JarProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One huge line, read by the packaged jar in a child JVM with a 128 MiB heap. The line is
 * 256 MiB, twice the heap (a 2 GB one only takes longer to write and read: the reader
 * holds at most 1 Mi characters of a row whatever its length).
 */
class HugeLineIT {

	private static final long HUGE = 256L << 20;

	private static final String USER = "6513270e-269e-4d37-b2a7-4de452e6b438";

	private static final String DEVICE = "892f902b-d23f-4824-928b-2f330c5c7fd0";

	@TempDir
	Path directory;

	@Test
	void hugeRowBetweenGoodRowsShouldBeInvalidWhileTheOthersAreRevoked() throws Exception {
		Path input = write("user_identity_id,device_id,note\n" + USER + "," + DEVICE + ",first\n" + USER + ",",
				"\n" + USER + ",0ed90475-9531-485d-9d9d-c9f81818e811,last\n");

		Child run = runJar(input);

		assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.ROWS_NEED_ATTENTION);
		assertThat(run.output()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
		assertThat(report()).containsExactly("2 REVOKED",
				"3 INVALID the row is longer than 1048576 characters; not read", "4 REVOKED");
	}

	@Test
	void fileThatIsOneHugeLineShouldExit2NamingLine1() throws Exception {
		Path input = write("", "");

		Child run = runJar(input);

		assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.USAGE);
		assertThat(run.output()).contains(input + " line 1: the first row is longer than 1048576 characters")
			.doesNotContain("OutOfMemoryError")
			.doesNotContain("\tat ");
	}

	/**
	 * Streams {@code before}, {@link #HUGE} characters on one line, then {@code after}.
	 */
	private Path write(String before, String after) throws IOException {
		Path file = directory.resolve("huge.csv");
		char[] block = "abcdefgh".repeat(8192).toCharArray();
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write(before);
			for (long written = 0; written < HUGE; written += block.length) {
				writer.write(block);
			}
			writer.write(after);
		}
		return file;
	}

	private Child runJar(Path input) throws Exception {
		JarProcess jar = JarProcess.loggingTo(directory.resolve("child.log"))
			.jvmOptions("-Xmx128m")
			.h2File(directory.resolve("db/revocations"))
			.arguments("--input=" + input, "--sandbox", "--report=" + directory.resolve("report.csv"));
		int exitCode = jar.runToEnd(Duration.ofMinutes(5));
		return new Child(exitCode, jar.output());
	}

	/** The report's rows as "line outcome [message]". */
	private List<String> report() throws IOException {
		List<String> rows = new ArrayList<>();
		try (Reader text = Files.newBufferedReader(directory.resolve("report.csv"));
				CSVReader csv = new CSVReader(text)) {
			csv.skip(1);
			for (String[] cells : csv) {
				rows.add((cells[0] + " " + cells[3] + " " + cells[6]).strip());
			}
		}
		return rows;
	}

	private record Child(int exitCode, String output) {
	}

}
