package com.example.seamrevoke.outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.example.seamrevoke.safety.SafeText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report cells a spreadsheet would run as a formula are neutralised (OWASP CSV
 * injection).
 */
class ReportWriterCellTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r\n=1+1", "=", "-" })
	void safeWhenCellStartsAFormulaShouldPrefixAnApostrophe(String cell) {
		assertThat(ReportWriter.safe(cell)).isEqualTo("'" + SafeText.clean(cell, SafeText.LINE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "892f902b-d23f-4824-928b-2f330c5c7fd0", "device_not_found", "Device not found", "req_123",
			"a=b", "'quoted", "1-2" })
	void safeWhenCellIsNotAFormulaShouldLeaveItAlone(String cell) {
		assertThat(ReportWriter.safe(cell)).isEqualTo(cell);
	}

	@Test
	void safeWhenCellIsMissingShouldGiveEmpty() {
		assertThat(ReportWriter.safe(null)).isEmpty();
		assertThat(ReportWriter.safe("")).isEmpty();
	}

}
