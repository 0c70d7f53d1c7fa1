package com.example.seamrevoke.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.example.seamrevoke.settings.InvalidSettingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class H2UrlTests {

	@Nested
	class Durable {

		@ParameterizedTest
		@CsvSource(delimiter = '|',
				textBlock = """
						jdbc:h2:file:/srv/revoke/revocations               | jdbc:h2:file:/srv/revoke/revocations;WRITE_DELAY=0
						jdbc:h2:./data/revocations                          | jdbc:h2:./data/revocations;WRITE_DELAY=0
						jdbc:h2:/var/lib/revoke/revocations                 | jdbc:h2:/var/lib/revoke/revocations;WRITE_DELAY=0
						jdbc:h2:~/revocations                               | jdbc:h2:~/revocations;WRITE_DELAY=0
						jdbc:h2:file:./x;MODE=PostgreSQL;AUTO_RECONNECT=TRUE | jdbc:h2:file:./x;MODE=PostgreSQL;AUTO_RECONNECT=TRUE;WRITE_DELAY=0
						jdbc:h2:nio:/srv/x                                  | jdbc:h2:nio:/srv/x;WRITE_DELAY=0
						""")
		void fileUrlWithoutAWriteDelayShouldGetWriteDelayZero(String given, String durable) {
			assertThat(H2Url.parse(given).durable()).isEqualTo(durable);
		}

		@ParameterizedTest
		@ValueSource(strings = { "jdbc:h2:file:./data/revocations;WRITE_DELAY=0",
				"jdbc:h2:./data/revocations;write_delay=0;MODE=PostgreSQL", "jdbc:h2:mem:",
				"jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://127.0.0.1:9092/~/revocations",
				"jdbc:h2:ssl://db.internal/revocations;WRITE_DELAY=500",
				"jdbc:postgresql://127.0.0.1:5432/revocations" })
		void urlAlreadyDurableOrWithoutAFileOfOursShouldBeKeptAsGiven(String given) {
			assertThat(H2Url.parse(given).durable()).isEqualTo(given);
		}

		@ParameterizedTest
		@ValueSource(strings = { "jdbc:h2:file:./data/revocations;WRITE_DELAY=500", "jdbc:h2:~/x;Write_Delay=1",
				"jdbc:h2:/var/x;MODE=PostgreSQL;WRITE_DELAY = 2000" })
		void fileUrlWithAWriteDelayShouldBeRefusedNamingIt(String given) {
			assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> H2Url.parse(given).durable())
				.withMessageStartingWith("spring.datasource.url sets WRITE_DELAY=")
				.withMessageContaining("remove it");
		}

		@Test
		void fileUrlWithoutAFileLockShouldBeRefusedNamingIt() {
			assertThatExceptionOfType(InvalidSettingException.class)
				.isThrownBy(() -> H2Url.parse("jdbc:h2:./data/revocations;FILE_LOCK=NO").durable())
				.withMessageStartingWith("spring.datasource.url sets FILE_LOCK=NO");
		}

	}

	@Nested
	class Directory {

		@ParameterizedTest
		@CsvSource(delimiter = '|', textBlock = """
				jdbc:h2:file:/srv/revoke/revocations;WRITE_DELAY=0 | /srv/revoke
				jdbc:h2:/var/lib/revoke/revocations                 | /var/lib/revoke
				jdbc:h2:file:/srv/revoke/revocations                | /srv/revoke
				""")
		void fileUrlShouldNameItsDirectory(String url, String directory) {
			assertThat(H2Url.parse(url).directory()).isEqualTo(Path.of(directory));
		}

		@Test
		void relativeAndHomeUrlsShouldResolveFromTheWorkingAndHomeDirectories() {
			assertThat(H2Url.parse("jdbc:h2:./data/revocations").directory())
				.isEqualTo(Path.of("data").toAbsolutePath());
			assertThat(H2Url.parse("jdbc:h2:~/revoke/revocations;WRITE_DELAY=0").directory())
				.isEqualTo(Path.of(System.getProperty("user.home"), "revoke"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "jdbc:h2:mem:", "jdbc:h2:mem:x;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://127.0.0.1/~/x",
				"jdbc:h2:nio:/srv/x", "jdbc:postgresql://127.0.0.1/x", "" })
		void urlWithoutAPlainFileShouldHaveNoDirectory(String url) {
			assertThat(H2Url.parse(url).directory()).isNull();
		}

	}

	@Nested
	class HeldByOneProcess {

		@ParameterizedTest
		@ValueSource(strings = { "jdbc:h2:file:/srv/x", "jdbc:h2:./x;WRITE_DELAY=0", "jdbc:h2:/var/x", "jdbc:h2:~/x",
				"jdbc:h2:mem:", "jdbc:h2:mem:x;DB_CLOSE_DELAY=-1" })
		void embeddedDatabaseShouldBeHeldByOneProcess(String url) {
			assertThat(H2Url.parse(url).heldByOneProcess()).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "jdbc:h2:file:/srv/x;AUTO_SERVER=TRUE", "jdbc:h2:tcp://127.0.0.1/~/x",
				"jdbc:h2:ssl://127.0.0.1/~/x", "jdbc:postgresql://127.0.0.1/x" })
		void serverOrSharedDatabaseShouldNeedTheLease(String url) {
			assertThat(H2Url.parse(url).heldByOneProcess()).isFalse();
		}

	}

}
