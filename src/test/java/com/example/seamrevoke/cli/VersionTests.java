package com.example.seamrevoke.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --version}: four lines, the tool's own version as the build filtered it in. */
class VersionTests {

	@Test
	void textShouldNameTheToolSpringBootSpringBatchAndJava() {
		String text = Version.text();

		assertThat(text.lines()).hasSize(4);
		assertThat(text.lines().toList().get(0)).matches("seam-revoke-batch [0-9]+\\.[0-9]+\\.[0-9]+.*");
		assertThat(text).containsPattern("\nSpring Boot 4\\.[0-9]+\\.[0-9]+")
			.containsPattern("\nSpring Batch 6\\.[0-9]+\\.[0-9]+")
			.contains("\nJava " + System.getProperty("java.runtime.version") + " (");
	}

}
