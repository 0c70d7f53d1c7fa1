package com.example.seamrevoke.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import com.example.seamrevoke.job.progress.OperatorConsole;

import static org.assertj.core.api.Assertions.assertThat;

/** On a terminal a log line erases the live progress line like any other output. */
class ConsoleLogTests {

	private static final String ERASE = "\r\u001b[2K";

	private final LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();

	private final Logger root = logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();

	@BeforeEach
	void consoleAppenderAsBootConfiguresIt() {
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(logback);
		encoder.setPattern("%level %msg%n");
		encoder.start();
		appender.setContext(logback);
		appender.setEncoder(encoder);
		appender.start();
		root.addAppender(appender);
	}

	/** Every console appender writes to standard output again. */
	@AfterEach
	void restore() {
		root.detachAppender(appender);
		appender.stop();
		List<Appender<ILoggingEvent>> others = new ArrayList<>();
		root.iteratorForAppenders().forEachRemaining(others::add);
		others.stream().filter(ConsoleAppender.class::isInstance).forEach(other -> {
			other.stop();
			other.start();
		});
	}

	@Test
	void logLineErasesTheLiveLineFirst() throws Exception {
		ByteArrayOutputStream terminal = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(terminal, true, StandardCharsets.UTF_8);
		OperatorConsole console = OperatorConsole.interactive(stream, stream);
		AutoCloseable shown = console.showLive(() -> "10/100 rows");
		console.refresh();

		ConsoleLog.through(console);
		LoggerFactory.getLogger(ConsoleLogTests.class).warn("pool exhausted");
		shown.close();

		// the test JVM's own console appender, if any, writes through it too
		assertThat(terminal.toString(StandardCharsets.UTF_8)).startsWith(ERASE + "10/100 rows" + ERASE)
			.endsWith("WARN pool exhausted" + System.lineSeparator());
	}

}
