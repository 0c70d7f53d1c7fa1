package com.example.seamrevoke.e2e;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.opencsv.CSVReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.example.seamrevoke.testsupport.Chromium;
import com.example.seamrevoke.testsupport.CommandRun;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit page of a sandbox run of a people file, opened in headless Chromium as an
 * auditor would: the people and the counts the report has, a hostile name shown as text,
 * no request leaving the page, and the facts that tie it to the input and the report. A
 * screenshot and the PDF of each run are kept under {@code target/audit-page/}.
 */
class AuditPageIT {

	static final String HOSTILE = "<img src=x onerror=alert(1)>";

	private static final Path ARTIFACTS = Path.of("target/audit-page");

	@RegisterExtension
	static WireMockExtension seam = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	CommandRun commandIn(Path directory) {
		return CommandRun.in(directory);
	}

	@Test
	void pageOfAPeopleRunShouldShowThePeopleTheReportsCountsAndTheFactsAndLoadNothing(TestInfo test) throws Exception {
		Path input = directory.resolve("leavers.csv");
		Files.writeString(input, """
				Employee Name,User Identity Key,Department,Termination Date
				%s,emp-1001,Sales,2999-12-31
				Blake Rivera,emp-1002,IT,2020-01-01
				Devon Park,emp-1010,Facilities,2999-12-31
				Jordan Doe,emp-9999,Marketing,2026-11-27
				Casey Lin,emp-1003,Finance,
				""".formatted(HOSTILE));
		Path report = directory.resolve("reports/leavers.report.csv");

		CommandRun.Result run = commandIn(directory).run("--input=" + input, "--sandbox", "--report=" + report);

		assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
		assertThat(run.out())
			.contains("People: 5 in the input: 3 fully offboarded, 1 with access remaining, 1 unknown, 0 not verified");
		Path page = directory.resolve("reports/leavers.report.html");
		Chromium chromium = Chromium.require();
		Path netLog = directory.resolve("net-log.json");
		String dom = chromium.dumpDom(page, directory.resolve("profile-1"), netLog);
		keep(chromium, page, test);

		assertThat(text(dom, "headline")).isEqualTo("3 of 5 people have no access left; 1 still has access; 1 unknown");
		assertThat(dom).contains("<strong>Exit code 3</strong>");
		assertThat(persons(dom)).containsExactly(HOSTILE + " emp-1001 (" + id(1001) + ") Access removed and verified",
				"Blake Rivera emp-1002 (" + id(1002) + ") Access removed and verified",
				"Devon Park emp-1010 (" + id(1010) + ") Access remains", "Jordan Doe emp-9999 Unknown to Seam",
				"Casey Lin emp-1003 (" + id(1003) + ") Access removed and verified");
		assertThat(dom).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
		assertThat(dom).contains("Seam still lists it after the removal", "Badge 1010");
		assertThat(text(dom, "late-count")).isEqualTo("3 flagged.");
		assertThat(outcomeCounts(dom)).isEqualTo(reportCounts(report));
		assertThat(text(dom, "input-rows")).isEqualTo("5");
		assertThat(text(dom, "report-rows")).isEqualTo("5");
		assertThat(text(dom, "input-people")).isEqualTo("5");
		assertThat(text(dom, "completeness")).startsWith("Every row");
		assertThat(text(dom, "input-sha256")).isEqualTo(sha256(input));
		assertThat(text(dom, "input-note")).isEqualTo("read again for this page: same SHA-256 as the run's");
		assertThat(text(dom, "report-sha256")).isEqualTo(sha256(report));
		assertThat(dom).contains("user_identity_not_found", "sandbox_", "--rerun-failed=");
		assertThat(dom).containsPattern("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
				+ " style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; base-uri 'none'; form-action 'none'\">");
		// the SVG namespace is a name, not a request
		assertThat(dom.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("<script", "<link",
				"http://", "https://");
		assertThat(Chromium.pageRequests(netLog)).isEmpty();
	}

	@Test
	void pageOfAPairRunShouldCountTheInputAsTheRunsWholeFileCheckDid() throws Exception {
		Path input = Files.copy(Path.of("sample-data/offboarding.csv"), directory.resolve("offboarding.csv"));
		Path report = directory.resolve("offboarding.report.csv");

		CommandRun.Result run = commandIn(directory).run("--input=" + input, "--sandbox", "--report=" + report);

		assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
		String page = Files.readString(directory.resolve("offboarding.report.html"));
		assertThat(text(page, "input-rows")).isEqualTo("50");
		assertThat(text(page, "report-rows")).isEqualTo("50");
		assertThat(text(page, "completeness")).startsWith("Every row");
		assertThat(text(page, "input-sha256")).isEqualTo(sha256(input));
		assertThat(text(page, "input-note"))
			.isEqualTo("counted by the run's whole-file check before its first call, not read again");
	}

	@Test
	void aPageThatLoadsSomethingShouldBeCaughtByTheNetLog() throws Exception {
		// the check above can fail: a page with a remote image and style sheet is caught
		Path page = directory.resolve("control.html");
		Files.writeString(page, "<!DOCTYPE html><p>x</p><img src=\"http://127.0.0.1:9/x.png\">"
				+ "<link rel=\"stylesheet\" href=\"https://example.invalid/a.css\">");
		Path netLog = directory.resolve("net-log.json");

		Chromium.require().dumpDom(page, directory.resolve("profile"), netLog);

		assertThat(Chromium.pageRequests(netLog)).containsExactlyInAnyOrder("http://127.0.0.1:9/x.png",
				"https://example.invalid/a.css");
	}

	@Test
	void pageShouldBeWrittenAfterAStopWithExit1WhyAndTheRowsNotReached() throws Exception {
		seam.stubFor(post("/user_identities/get").willReturn(aResponse().withStatus(401)
			.withBody("{\"error\":{\"type\":\"unauthorized\",\"message\":\"Unauthorized\"}}")));
		Path input = Files.writeString(directory.resolve("people.csv"), "User Identity Key\nemp-1001\n");
		Path report = directory.resolve("people.report.csv");

		CommandRun.Result run = commandIn(directory).against(seam).run("--input=" + input, "--report=" + report);

		assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
		String page = Files.readString(directory.resolve("people.report.html"));
		assertThat(text(page, "verdict"))
			.startsWith("Exit code 1 : the job failed: Seam refused the request with HTTP 401")
			.endsWith("Running the same command again resumes it.");
		assertThat(text(page, "input-rows")).isEqualTo("1");
		assertThat(text(page, "report-rows")).isEqualTo("0");
		assertThat(text(page, "completeness"))
			.isEqualTo("1 row of the input has no outcome yet: the run did not reach them (the same command resumes).");
		assertThat(text(page, "report-sha256")).isEqualTo(sha256(report));
	}

	@Test
	void aPageThatCannotBeWrittenShouldLeaveTheRunAndItsReportAlone() throws Exception {
		Path report = directory.resolve("offboarding.report.csv");
		Path inTheWay = Files.createDirectories(directory.resolve("offboarding.report.html"));
		Files.writeString(inTheWay.resolve("keep.txt"), "a directory where the page would go");

		CommandRun.Result run = commandIn(directory).run("--input=sample-data/offboarding.csv", "--sandbox",
				"--report=" + report);

		assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
		assertThat(run.out()).containsPattern("report +" + Pattern.quote(report.toString()));
		assertThat(Files.readAllLines(report)).hasSize(51);
		assertThat(inTheWay.resolve("keep.txt")).exists();
	}

	@Test
	void historyShouldListTheRunsNewestFirstWithTheirInputReportAndPage() throws Exception {
		Path people = Files.writeString(directory.resolve("people.csv"), "User Identity Key\nemp-1002\n");
		Path pairs = Path.of("sample-data/offboarding.csv");
		CommandRun command = commandIn(directory);
		assertThat(command.run("--input=" + people, "--sandbox", "--revoke.report-directory=" + directory).exitCode())
			.isZero();
		assertThat(command.run("--input=" + pairs, "--sandbox", "--revoke.report-directory=" + directory).exitCode())
			.isEqualTo(3);

		CommandRun.Result table = command.run("--history");
		CommandRun.Result json = command.run("--history", "--json", "--limit=1");

		assertThat(table.exitCode()).as(table.err()).isZero();
		List<String> lines = table.out().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("EXECUTION  START (UTC)");
		assertThat(lines.get(1)).matches(" *2  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  COMPLETED +50  "
				+ "REVOKED 46, FAILED 2, INVALID 1, DUPLICATE 1 +offboarding.csv +" + sha256(pairs).substring(0, 12)
				+ "… +.*offboarding-2.report.csv +.*offboarding-2.report.html");
		assertThat(lines.get(2)).contains(" 1  ", "COMPLETED", "REVOKED 1", "people.csv");
		JsonNode run = JsonMapper.builder().build().readTree(json.out()).get("runs").get(0);
		assertThat(run.get("executionId").asLong()).isEqualTo(2);
		assertThat(run.get("inputSha256").asString()).isEqualTo(sha256(pairs));
		assertThat(run.get("counts").get("FAILED").asLong()).isEqualTo(2);
		Path report = Path.of(run.get("reportPath").asString());
		assertThat(run.get("reportSha256").asString()).isEqualTo(sha256(report));
		assertThat(Path.of(run.get("pagePath").asString())).exists()
			.isEqualTo(report.resolveSibling("offboarding-2.report.html"));
		// the sandbox answers 429 once for the device ending 429: drawn in its second
		assertThat(Files.readString(Path.of(run.get("pagePath").asString())))
			.containsPattern("<rect class=\"throttled\"[^>]*><title>\\d\\d:\\d\\d:\\d\\d UTC: 1 answers 429</title>");
	}

	private void keep(Chromium chromium, Path page, TestInfo test) throws Exception {
		Files.createDirectories(ARTIFACTS);
		String name = getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName();
		chromium.screenshot(page, directory.resolve("profile-2"), ARTIFACTS.resolve(name + ".png"));
		Path pdf = ARTIFACTS.resolve(name + ".pdf");
		chromium.printToPdf(page, directory.resolve("profile-3"), pdf);
		// A4 is 595 x 842 points: the print style sheet's @page size
		assertThat(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1))
			.containsPattern("/MediaBox \\[0 0 59[45](\\.\\d+)? 84[12](\\.\\d+)?\\]");
		Files.copy(page, ARTIFACTS.resolve(name + ".html"), StandardCopyOption.REPLACE_EXISTING);
	}

	/** The user identity id the sandbox gives an employee number. */
	private static String id(int employee) {
		return "5eed0000-0000-4000-a000-00000000" + employee;
	}

	/** The text of the element with this id, tags removed. */
	static String text(String dom, String id) {
		Matcher element = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</(p|td|span)>", Pattern.DOTALL).matcher(dom);
		assertThat(element.find()).as("element #%s in the page", id).isTrue();
		return plain(element.group(1));
	}

	/** Each person row: name, key and status, as text. */
	static List<String> persons(String dom) {
		Matcher row = Pattern.compile(
				"<tr class=\"person\">.*?<span class=\"name\">(.*?)</span><br><span class=\"mono\">([^<]+)</span>.*?"
						+ "<span class=\"status [a-z]+\">(.*?)</span>",
				Pattern.DOTALL)
			.matcher(dom);
		List<String> persons = new ArrayList<>();
		while (row.find()) {
			persons.add(plain(row.group(1)) + " " + row.group(2) + " " + row.group(3));
		}
		return persons;
	}

	static Map<String, Long> outcomeCounts(String dom) {
		Matcher row = Pattern.compile("<tr><td class=\"mono\">([A-Z_]+)</td><td class=\"num\">([\\d,]+)</td></tr>")
			.matcher(dom);
		Map<String, Long> counts = new TreeMap<>();
		while (row.find()) {
			counts.put(row.group(1), Long.parseLong(row.group(2).replace(",", "")));
		}
		return counts;
	}

	static Map<String, Long> reportCounts(Path report) throws Exception {
		Map<String, Long> counts = new TreeMap<>();
		try (Reader in = Files.newBufferedReader(report); CSVReader csv = new CSVReader(in)) {
			List<String[]> rows = csv.readAll();
			int outcome = List.of(rows.get(0)).indexOf("outcome");
			rows.stream().skip(1).forEach(row -> counts.merge(row[outcome], 1L, Long::sum));
		}
		return counts;
	}

	/**
	 * Text as a reader sees it: tags dropped, the five entities the page uses decoded.
	 */
	static String plain(String html) {
		return html.replaceAll("<[^>]+>", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ")
			.strip();
	}

	static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
