package com.example.seamrevoke.audit.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The execution drawn as inline SVG: rows given an outcome per second (from each row's
 * {@code processed_at}) and Seam's 429 answers per second (recorded by the run), in at
 * most {@link #BARS} bars. Every coordinate is computed here; the template only places
 * them.
 */
final class Timeline {

	static final int BARS = 120;

	static final int WIDTH = 720;

	static final int LEFT = 64;

	static final int PLOT = WIDTH - LEFT - 8;

	static final int ROWS_TOP = 8;

	static final int ROWS_HEIGHT = 120;

	static final int THROTTLE_TOP = ROWS_TOP + ROWS_HEIGHT + 24;

	static final int THROTTLE_HEIGHT = 40;

	static final int HEIGHT = THROTTLE_TOP + THROTTLE_HEIGHT + 22;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final Map<Long, Long> rowsPerSecond = new TreeMap<>();

	void row(Instant processedAt) {
		rowsPerSecond.merge(processedAt.getEpochSecond(), 1L, Long::sum);
	}

	/** The drawing from {@code start} to {@code end}, with the 429s per epoch second. */
	Drawing draw(Instant start, Instant end, Map<Long, Long> throttledPerSecond) {
		long first = start.getEpochSecond();
		long seconds = Math.max(1, end.getEpochSecond() - first + 1);
		long binSeconds = (seconds + BARS - 1) / BARS;
		int bins = (int) ((seconds + binSeconds - 1) / binSeconds);
		long[] rows = bin(rowsPerSecond, first, binSeconds, bins);
		long[] throttled = bin(throttledPerSecond, first, binSeconds, bins);
		double maxRate = Math.max(1, max(rows) / (double) binSeconds);
		long maxThrottled = Math.max(1, max(throttled));
		double width = PLOT / (double) bins;
		List<Bar> rowBars = new ArrayList<>();
		List<Bar> throttleBars = new ArrayList<>();
		for (int i = 0; i < bins; i++) {
			String at = TIME.format(Instant.ofEpochSecond(first + i * binSeconds));
			double rate = rows[i] / (double) binSeconds;
			double x = LEFT + i * width;
			if (rows[i] > 0) {
				double h = ROWS_HEIGHT * rate / maxRate;
				rowBars.add(new Bar(x, ROWS_TOP + ROWS_HEIGHT - h, width, h,
						at + " UTC: " + Headline.rows(rows[i]) + ", " + format(rate) + " rows/s"));
			}
			if (throttled[i] > 0) {
				double h = THROTTLE_HEIGHT * throttled[i] / (double) maxThrottled;
				throttleBars.add(new Bar(x, THROTTLE_TOP + THROTTLE_HEIGHT - h, width, h,
						at + " UTC: " + throttled[i] + " answers 429"));
			}
		}
		return new Drawing(rowBars, throttleBars, format(maxRate) + " rows/s", maxThrottled + " 429s",
				TIME.format(start), TIME.format(end), binSeconds == 1 ? "1 second" : binSeconds + " seconds",
				Duration.ofSeconds(seconds).toString().substring(2).toLowerCase(Locale.ROOT));
	}

	private static long[] bin(Map<Long, Long> perSecond, long first, long binSeconds, int bins) {
		long[] counts = new long[bins];
		perSecond.forEach((second, count) -> {
			long bin = (second - first) / binSeconds;
			counts[(int) Math.max(0, Math.min(bins - 1, bin))] += count;
		});
		return counts;
	}

	private static long max(long[] values) {
		long max = 0;
		for (long value : values) {
			max = Math.max(max, value);
		}
		return max;
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, value >= 10 ? "%.0f" : "%.1f", value);
	}

	/** One bar: its box in the SVG's user units, and the tooltip a browser shows. */
	record Bar(double x, double y, double width, double height, String title) {

		/** Two decimals are finer than a printed dot. */
		Bar {
			x = round(x);
			y = round(y);
			width = round(width);
			height = round(height);
		}

		private static double round(double value) {
			return Math.round(value * 100) / 100.0;
		}

	}

	record Drawing(List<Bar> rows, List<Bar> throttled, String maxRate, String maxThrottled, String start, String end,
			String binWidth, String span) {

		int width() {
			return WIDTH;
		}

		int height() {
			return HEIGHT;
		}

		boolean anyThrottled() {
			return !throttled.isEmpty();
		}

		int left() {
			return LEFT;
		}

		int right() {
			return LEFT + PLOT;
		}

		int rowsTop() {
			return ROWS_TOP;
		}

		int rowsBase() {
			return ROWS_TOP + ROWS_HEIGHT;
		}

		int throttleTop() {
			return THROTTLE_TOP;
		}

		int throttleBase() {
			return THROTTLE_TOP + THROTTLE_HEIGHT;
		}

		int timeLabel() {
			return HEIGHT - 6;
		}

	}

}
