package com.example.seamrevoke.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Header spellings collapse to one key, so the detector can match them. */
class CsvLayoutDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "user_identity_id    | useridentityid", "User Identity ID    | useridentityid",
					"userIdentityId      | useridentityid", "' USER-IDENTITY-ID '| useridentityid",
					"device_id           | deviceid", "Device ID           | deviceid",
					"deviceId            | deviceid", "source_line         | sourceline",
					"seam_request_id     | seamrequestid", "Line                | line" })
	void normalisesHeaderSpellings(String header, String expected) {
		assertThat(CsvLayoutDetector.normalise(header)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "user_id | userid", "identity | identity", "'' | ''" })
	void keepsOtherNamesDistinct(String header, String expected) {
		assertThat(CsvLayoutDetector.normalise(header)).isEqualTo(expected);
	}

}
