package com.example.seamrevoke.seam.transport;

import java.util.Locale;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * {@link java.net.HttpURLConnection}'s wire log (its JDK logger at FINE, which
 * {@code --logging.level.root=TRACE} turns on through Boot's bridge) prints the request
 * headers, the Authorization header with the key among them. A filter on that logger
 * drops the records that carry request headers and keeps the rest of the wire log
 * (docs/operations.md, "Security"); the logger is held here so the JDK cannot forget the
 * filter. It is installed once, at start-up, with the JVM's other settings.
 */
public final class WireLogging {

	static final String LOGGER = "sun.net.www.protocol.http.HttpURLConnection";

	private static final Logger wireLog = Logger.getLogger(LOGGER);

	private WireLogging() {
	}

	public static void keepHeadersOut() {
		wireLog.setFilter(WireLogging::holdsNoRequestHeaders);
	}

	static boolean holdsNoRequestHeaders(LogRecord record) {
		String message = String.valueOf(record.getMessage()).toLowerCase(Locale.ROOT);
		return !message.contains("authorization");
	}

}
