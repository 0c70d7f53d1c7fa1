package com.example.seamrevoke.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import com.example.seamrevoke.audit.model.PageModel;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the page from {@code templates/audit-page.mustache}, every value HTML-escaped
 * by the engine. The style sheet is our own file, placed unescaped, and the page's
 * Content-Security-Policy allows exactly that style block (by its SHA-256) and nothing
 * else: no script, no request to anywhere.
 */
@Component
class PageRenderer {

	/** What a record formats to: present, and nothing a page shows. */
	static final String PRESENT = "(record)";

	private final Template template;

	private final String css;

	private final String csp;

	PageRenderer() {
		this.template = compiler().compile(read("templates/audit-page.mustache"));
		this.css = read("templates/audit-page.css");
		this.csp = "default-src 'none'; style-src '" + styleHash(css) + "'; img-src 'none'; base-uri 'none';"
				+ " form-action 'none'";
	}

	/**
	 * Escaping, empty text and zero as false. A section over a record only asks whether
	 * it is there: the engine tests a value for empty text by formatting it, and a
	 * record's {@code toString} (the whole timeline's bars, say) is work no page prints.
	 */
	static Mustache.Compiler compiler() {
		return Mustache.compiler()
			.escapeHTML(true)
			.nullValue("")
			.emptyStringIsFalse(true)
			.zeroIsFalse(true)
			.withFormatter(value -> (value != null && value.getClass().isRecord()) ? PRESENT : String.valueOf(value));
	}

	String render(PageModel page) {
		StringWriter html = new StringWriter();
		template.execute(page, Map.of("css", css, "csp", csp), html);
		return html.toString();
	}

	String csp() {
		return csp;
	}

	static String styleHash(String css) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
			return "sha256-" + Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("the JVM has no SHA-256", ex);
		}
	}

	private static String read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the page template " + resource + " is missing from the jar", ex);
		}
	}

}
