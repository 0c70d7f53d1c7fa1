package com.example.seamrevoke.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.example.seamrevoke.audit.model.OutcomeRow;
import com.example.seamrevoke.audit.model.PageBuilder;
import com.example.seamrevoke.audit.model.PageBuilderTests;
import com.example.seamrevoke.audit.model.PageModel;
import com.example.seamrevoke.audit.model.RunFacts;
import com.example.seamrevoke.input.InputRoster;
import com.example.seamrevoke.outcome.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page as text: every value from the input or from Seam escaped by the engine, a
 * strict Content-Security-Policy that allows exactly its own style block, and nothing
 * that could load from elsewhere.
 */
class PageRendererTests {

	private static final String HOSTILE = "<img src=x onerror=alert(1)>";

	private final PageRenderer renderer = new PageRenderer();

	@Test
	void textFromTheInputAndFromSeamShouldBeEscapedEverywhere() {
		String html = renderer.render(hostilePage());

		assertThat(html).doesNotContain("<img", "<script", "onerror=alert(1)>");
		// name, key, Seam's error type, message and request id, the input's name, the
		// leave date
		assertThat(count(html, "&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;")).isGreaterThanOrEqualTo(7);
	}

	@Test
	void contentSecurityPolicyShouldAllowOnlyThePagesOwnStyleBlock() {
		String html = renderer.render(hostilePage());

		String csp = unescape(group(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">"));
		String style = group(html, "<style>(.*?)</style>");
		assertThat(csp).startsWith("default-src 'none'; ")
			.contains("style-src '" + PageRenderer.styleHash(style) + "'")
			.doesNotContain("unsafe", "script-src", "http", "*");
		assertThat(count(html, "<style")).isOne();
		assertThat(html).doesNotContain(" style=\"");
	}

	@Test
	void pageShouldNameNothingToLoad() {
		String html = renderer.render(hostilePage());

		// the SVG namespace is a name, not a request
		assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContainPattern(
				"(?i)(https?:|ftp:|//[a-z0-9]|url\\(|@import|@font-face|<link|<script|<iframe|<object|<embed|src=)");
	}

	@Test
	void escapingShouldBeTheEnginesForEachCharacterHtmlGivesMeaningTo() {
		String html = renderer.render(hostilePage());

		assertThat(html).contains("Dwayne &quot;The Rock&quot; O&#39;Neil &amp; Co");
	}

	@Test
	void sectionOverARecordShouldAskOnlyWhetherItIsThere() {
		Map<String, Object> context = new HashMap<>();
		context.put("shown", new Loud());
		context.put("none", null);

		String html = PageRenderer.compiler()
			.compile("{{#shown}}bars{{/shown}}{{^none}} and no note{{/none}}")
			.execute(context);

		assertThat(html).isEqualTo("bars and no note");
	}

	@Test
	void pageShouldPrintNoRecordAsText() {
		assertThat(renderer.render(hostilePage())).doesNotContain(PageRenderer.PRESENT);
	}

	/** A record the page would only test for presence, that fails when made text. */
	private record Loud() {

		@Override
		public String toString() {
			throw new AssertionError("a section formatted a record to test it for empty text");
		}

	}

	private static PageModel hostilePage() {
		OutcomeRow person = new OutcomeRow(2, 0, 7, "", "", Outcome.FAILED, 500, HOSTILE, HOSTILE, HOSTILE,
				PageBuilderTests.AT, HOSTILE, "key:" + HOSTILE, null, null, null, null, null, null, null, null);
		OutcomeRow other = new OutcomeRow(3, 0, 7, "5eed0000-0000-4000-a000-000000001001", "",
				Outcome.NOTHING_TO_REVOKE, 200, null, null, null, PageBuilderTests.AT, "emp-1", "key:emp-1", null, null,
				null, null, null, null, null, null);
		InputRoster roster = new InputRoster(2, Set.of("key:" + HOSTILE, "key:emp-1"), "Name", HOSTILE,
				Map.of(2L, new InputRoster.Cells(HOSTILE, HOSTILE), 3L,
						new InputRoster.Cells("Dwayne \"The Rock\" O'Neil & Co", "")));
		RunFacts facts = new RunFacts(3, 7, HOSTILE, Path.of("x"), "ab", null, "revoke", "COMPLETED",
				PageBuilderTests.START, PageBuilderTests.AT, "", "ops", "host", "0.1.0");
		PageBuilder builder = new PageBuilder(facts, roster, Duration.ofHours(24));
		List.of(person, other).forEach(builder::add);
		return builder.build(new PageBuilder.Evidence("r.csv", "cd", Map.of(), "none", "rerun", "read"));
	}

	/** An attribute's value as the browser reads it. */
	private static String unescape(String attribute) {
		Matcher entity = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(attribute);
		StringBuilder text = new StringBuilder();
		while (entity.find()) {
			int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
			entity.appendReplacement(text, Matcher.quoteReplacement(Character.toString(code)));
		}
		entity.appendTail(text);
		return text.toString().replace("&quot;", "\"").replace("&amp;", "&");
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static String group(String text, String regex) {
		Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
		assertThat(matcher.find()).as(regex).isTrue();
		return matcher.group(1);
	}

}
