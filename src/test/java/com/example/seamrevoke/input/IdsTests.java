package com.example.seamrevoke.input;

import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTests {

	@Nested
	class IsUuid {

		@Test
		void acceptsSeamIdsInEitherCase() {
			assertThat(Ids.isUuid("6513270e-269e-4d37-b2a7-4de452e6b438")).isTrue();
			assertThat(Ids.isUuid("6513270E-269E-4D37-B2A7-4DE452E6B438")).isTrue();
			assertThat(Ids.isUuid("00000000-0000-0000-0000-000000000000")).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "", "6513270e-269e-4d37-b2a7-4de452e6b43", "6513270e-269e-4d37-b2a7-4de452e6b4388",
				"6513270e269e-4d37-b2a7-4de452e6b438-", "6513270e-269e-4d37-b2a7_4de452e6b438",
				"6513270g-269e-4d37-b2a7-4de452e6b438", " 513270e-269e-4d37-b2a7-4de452e6b438",
				"6513270e-269e-4d37-b2a7-4de452e6b43\n", "\uFF16513270e-269e-4d37-b2a7-4de452e6b438",
				"\u0666513270e-269e-4d37-b2a7-4de452e6b438", "{6513270e-269e-4d37-b2a7-4de452e6b43}",
				"6513270e-269e-4d37-b2a74de452e6b4380" })
		void refusesAnythingElse(String value) {
			assertThat(Ids.isUuid(value)).isFalse();
		}

		@Test
		void refusesNull() {
			assertThat(Ids.isUuid(null)).isFalse();
		}

		/** The regular expression the check replaced, as the definition it must keep. */
		@Test
		void agreesWithTheUuidPatternOnRandomNearMisses() {
			Pattern uuid = Pattern
				.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
			String alphabet = "0123456789abcdefABCDEFgG-_ {}\u00e9\uFF10\u0660";
			Random random = new Random(19);
			for (int n = 0; n < 20_000; n++) {
				char[] id = UUID.randomUUID().toString().toCharArray();
				for (int changes = random.nextInt(3); changes > 0; changes--) {
					id[random.nextInt(id.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
				}
				String value = new String(id);
				assertThat(Ids.isUuid(value)).as(value).isEqualTo(uuid.matcher(value).matches());
			}
		}

	}

}
