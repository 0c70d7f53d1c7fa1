package com.example.seamrevoke.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

import com.example.seamrevoke.job.progress.OperatorConsole;

/**
 * Spring Boot's console log appender writes to the JVM's standard output on its own; on a
 * terminal it is pointed at the operator console instead, so a log line erases the live
 * progress line like any other output. Called once Boot has configured logging.
 */
final class ConsoleLog {

	private ConsoleLog() {
	}

	static void through(OperatorConsole console) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext logback)) {
			return;
		}
		Logger root = logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		for (var appenders = root.iteratorForAppenders(); appenders.hasNext();) {
			Appender<ILoggingEvent> appender = appenders.next();
			if (appender instanceof ConsoleAppender<ILoggingEvent> consoleAppender) {
				consoleAppender.setOutputStream(console.logStream());
			}
		}
	}

}
