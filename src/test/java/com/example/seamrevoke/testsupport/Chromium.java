package com.example.seamrevoke.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium, opening a file as a reader would: a fresh profile each
 * time, no extensions, nothing synced, host names resolving nowhere. Missing, it skips a
 * test on a developer's machine and fails it on CI ({@code CI=true}), where
 * {@code .ci/run} installs it.
 */
public final class Chromium {

	private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

	private final Path binary;

	private Chromium(Path binary) {
		this.binary = binary;
	}

	public static Chromium require() {
		String path = System.getenv().getOrDefault("PATH", "");
		Path found = Stream.of(path.split(File.pathSeparator))
			.flatMap(directory -> NAMES.stream().map(name -> Path.of(directory, name)))
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
		if (found == null) {
			String missing = "no chromium on the PATH (Debian: apt-get install -y chromium)";
			if (Boolean.parseBoolean(System.getenv("CI"))) {
				fail(missing + ", and CI=true");
			}
			Assumptions.abort(missing);
		}
		return new Chromium(found);
	}

	/** The DOM after the page loaded, and every request it made in {@code netLog}. */
	public String dumpDom(Path page, Path profile, Path netLog) throws Exception {
		return run(profile, "--log-net-log=" + netLog, "--dump-dom", page.toUri().toString());
	}

	public void screenshot(Path page, Path profile, Path png) throws Exception {
		run(profile, "--window-size=1200,2000", "--screenshot=" + png.toAbsolutePath(), page.toUri().toString());
		assertThat(png).isNotEmptyFile();
	}

	public void printToPdf(Path page, Path profile, Path pdf) throws Exception {
		run(profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(), page.toUri().toString());
		assertThat(pdf).isNotEmptyFile();
	}

	/**
	 * The URLs of the requests a page made, from a net log: the browser's own (update
	 * checks and the like) have no initiating origin; a page's have one (a file's is
	 * {@code null}).
	 */
	public static List<String> pageRequests(Path netLog) throws IOException {
		JsonNode log = JsonMapper.builder().build().readTree(Files.readString(netLog));
		int startJob = log.get("constants").get("logEventTypes").get("URL_REQUEST_START_JOB").asInt();
		List<String> urls = new ArrayList<>();
		for (JsonNode event : log.get("events")) {
			JsonNode params = event.get("params");
			if (event.get("type").asInt() == startJob && params != null && params.has("url")
					&& !"not an origin".equals(params.path("initiator").asString())) {
				urls.add(params.path("url").asString());
			}
		}
		return urls;
	}

	private String run(Path profile, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-extensions", "--no-first-run", "--no-default-browser-check",
				"--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile.toAbsolutePath()));
		command.addAll(List.of(arguments));
		Path out = Files.createTempFile("chromium-", ".out");
		try {
			Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail("chromium did not finish: " + command);
			}
			assertThat(process.exitValue()).as("chromium exit code for %s", command).isZero();
			return Files.readString(out, StandardCharsets.UTF_8);
		}
		finally {
			Files.deleteIfExists(out);
		}
	}

}
