package com.example.seamrevoke.audit.model;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTests {

	private static final Instant START = Instant.parse("2026-11-29T02:15:00Z");

	@Test
	void aShortRunShouldDrawOneBarPerSecondScaledToTheBusiestSecond() {
		Timeline timeline = new Timeline();
		for (int i = 0; i < 10; i++) {
			timeline.row(START.plusMillis(1200));
		}
		timeline.row(START.plusSeconds(2));

		Timeline.Drawing drawing = timeline.draw(START, START.plusSeconds(3), Map.of(START.getEpochSecond() + 1, 4L));

		assertThat(drawing.binWidth()).isEqualTo("1 second");
		assertThat(drawing.maxRate()).isEqualTo("10 rows/s");
		assertThat(drawing.rows()).extracting(Timeline.Bar::title)
			.containsExactly("02:15:01 UTC: 10 rows, 10 rows/s", "02:15:02 UTC: 1 row, 1.0 rows/s");
		assertThat(drawing.rows().get(0).height()).isEqualTo(Timeline.ROWS_HEIGHT);
		assertThat(drawing.rows().get(1).height()).isEqualTo(Timeline.ROWS_HEIGHT / 10.0);
		assertThat(drawing.throttled()).extracting(Timeline.Bar::title).containsExactly("02:15:01 UTC: 4 answers 429");
	}

	@Test
	void aLongRunShouldBeDrawnInAtMostAHundredAndTwentyBarsThatKeepEveryRow() {
		Timeline timeline = new Timeline();
		for (int second = 0; second < 3600; second += 7) {
			timeline.row(START.plusSeconds(second));
		}

		Timeline.Drawing drawing = timeline.draw(START, START.plusSeconds(3599), Map.of());

		assertThat(drawing.binWidth()).isEqualTo("30 seconds");
		assertThat(drawing.rows()).hasSizeLessThanOrEqualTo(Timeline.BARS);
		assertThat(drawing.rows().stream().mapToLong(bar -> Long.parseLong(bar.title().split(": | row")[1])).sum())
			.isEqualTo(515);
		assertThat(drawing.anyThrottled()).isFalse();
		assertThat(drawing.rows()).allSatisfy(
				bar -> assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(Timeline.LEFT + Timeline.PLOT + 0.01));
	}

}
