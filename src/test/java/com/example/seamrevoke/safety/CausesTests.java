package com.example.seamrevoke.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CausesTests {

	private final Throwable failure = new IllegalStateException("cannot start",
			new UncheckedIOException("reading", new ConnectException("Connection refused\n\tat the driver")));

	@Test
	void findReturnsTheOutermostCauseOfAWantedType() {
		assertThat(Causes.find(failure, Causes.anyOf(List.of(IOException.class)))).isInstanceOf(ConnectException.class);
		assertThat(Causes.find(failure, Causes.anyOf(List.of(RuntimeException.class)))).isSameAs(failure);
		assertThat(Causes.find(failure, Causes.anyOf(List.of(InterruptedException.class)))).isNull();
	}

	@Test
	void rootMessageIsTheInnermostCauseTypeAndFirstLine() {
		assertThat(Causes.rootMessage(failure)).isEqualTo("ConnectException: Connection refused");
		assertThat(Causes.rootMessage(new NullPointerException())).isEqualTo("NullPointerException");
	}

}
