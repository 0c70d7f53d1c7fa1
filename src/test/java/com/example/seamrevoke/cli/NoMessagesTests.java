package com.example.seamrevoke.cli;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The context's message source knows no messages: a default is given back as it is. */
class NoMessagesTests {

	private final NoMessages messages = new NoMessages();

	@Test
	void defaultMessageIsGivenBack() {
		assertThat(messages.getMessage("any.code", null, "as given", Locale.ROOT)).isEqualTo("as given");
		assertThat(
				messages.getMessage(new DefaultMessageSourceResolvable(new String[] { "a" }, "fallback"), Locale.ROOT))
			.isEqualTo("fallback");
	}

	@Test
	void withoutADefaultNoMessageIsFound() {
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> messages.getMessage("any.code", null, Locale.ROOT))
			.withMessageContaining("any.code");
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> messages.getMessage(new DefaultMessageSourceResolvable("other.code"), Locale.ROOT))
			.withMessageContaining("other.code");
	}

}
