package com.example.seamrevoke.seam.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One POST to Seam over the JDK's {@link HttpURLConnection}: blocking on the worker that
 * calls it, connections kept alive and reused, no redirects followed. The profile
 * (BENCHMARKS.md) showed the JDK HttpClient under RestClient handing every request to
 * three other threads, one of them started anew per request on a 2-core machine.
 */
public final class SeamHttp {

	/** What a caller reads from an answer, before the connection goes back for reuse. */
	@FunctionalInterface
	public interface Exchange<T> {

		T read(int status, Function<String, @Nullable String> header, InputStream body) throws IOException;

	}

	private final String base;

	private final Map<String, String> headers;

	private final int connectMillis;

	private final int readMillis;

	private final Map<String, URL> urls = new ConcurrentHashMap<>();

	public SeamHttp(URI endpoint, Map<String, String> headers, Duration connectTimeout, Duration readTimeout) {
		String url = endpoint.toString();
		this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		this.headers = Map.copyOf(headers);
		this.connectMillis = Math.toIntExact(connectTimeout.toMillis());
		this.readMillis = Math.toIntExact(readTimeout.toMillis());
	}

	public <T> T post(String path, byte[] body, Exchange<T> exchange) throws IOException {
		HttpURLConnection connection = open(path);
		boolean answered = false;
		try {
			try (OutputStream out = connection.getOutputStream()) {
				out.write(body);
			}
			int status = connection.getResponseCode();
			InputStream stream = (status < 400) ? connection.getInputStream() : connection.getErrorStream();
			// closing the body hands the connection back to the keep-alive cache
			try (InputStream in = (stream != null) ? stream : InputStream.nullInputStream()) {
				T result = exchange.read(status, connection::getHeaderField, in);
				answered = true;
				return result;
			}
		}
		finally {
			if (!answered) {
				connection.disconnect();
			}
		}
	}

	private HttpURLConnection open(String path) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) url(path).openConnection();
		connection.setRequestMethod("POST");
		connection.setInstanceFollowRedirects(false);
		connection.setConnectTimeout(connectMillis);
		connection.setReadTimeout(readMillis);
		connection.setUseCaches(false);
		// not in streaming mode: the small body is buffered and leaves with the
		// headers in one write (a second write would wait for the first one's ACK,
		// Nagle's algorithm)
		connection.setDoOutput(true);
		headers.forEach(connection::setRequestProperty);
		return connection;
	}

	private URL url(String path) {
		return urls.computeIfAbsent(path, known -> {
			try {
				return URI.create(base + known).toURL();
			}
			catch (MalformedURLException e) {
				throw new IllegalArgumentException(e);
			}
		});
	}

}
