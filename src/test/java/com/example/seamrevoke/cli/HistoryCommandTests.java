package com.example.seamrevoke.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryCommandTests {

	@Test
	void historyShouldTakeJsonALimitAndSettings() {
		HistoryCommand command = HistoryCommand.parse("--history", "--json", "--limit=5",
				"--spring.datasource.url=jdbc:h2:file:./x");

		assertThat(command.json()).isTrue();
		assertThat(command.limit()).isEqualTo(5);
		assertThat(command.springArguments()).containsExactly("--spring.datasource.url=jdbc:h2:file:./x");
	}

	@Test
	void defaultsShouldBeATableOfTheLastTwenty() {
		HistoryCommand command = HistoryCommand.parse("--history");

		assertThat(command.json()).isFalse();
		assertThat(command.limit()).isEqualTo(20);
	}

	@Test
	void onlyHistoryShouldMakeItTheHistoryCommand() {
		assertThat(HistoryCommand.requested("--input=a.csv")).isFalse();
		assertThat(HistoryCommand.requested("--json", "--history")).isTrue();
	}

	@Test
	void anotherOptionShouldBeRefusedWithoutItsValue() {
		assertThatThrownBy(() -> HistoryCommand.parse("--history", "--input=secret.csv"))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("'--input'")
			.hasMessageNotContaining("secret");
		assertThatThrownBy(() -> HistoryCommand.parse("--history", "--limit=0")).isInstanceOf(UsageException.class)
			.hasMessageContaining("positive number");
	}

}
