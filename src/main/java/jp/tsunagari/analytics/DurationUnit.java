package jp.tsunagari.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The one unit a table or chart shows its durations in, chosen from its data: days for what takes days (processes
 * that run for weeks), hours for what takes hours, minutes for the rest. Values are rounded to one decimal, as
 * Japanese statistics print them: 0.0 is less than 0.05 of the unit, — is no value.
 */
public enum DurationUnit {

	DAYS("日", 86_400_000d), HOURS("時間", 3_600_000d), MINUTES("分", 60_000d);

	private final String label;

	private final double millis;

	DurationUnit(String label, double millis) {
		this.label = label;
		this.millis = millis;
	}

	/**
	 * The largest unit of which the typical value, the median of the given durations in milliseconds (nulls
	 * ignored), is at least one; hours when there is none.
	 */
	static DurationUnit fitting(Stream<Double> millis) {
		double[] sorted = millis.filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
		if (sorted.length == 0) {
			return HOURS;
		}
		double typical = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
		return Stream.of(values()).filter(unit -> typical >= unit.millis).findFirst().orElse(MINUTES);
	}

	/** The unit fitting the typical median of a table's rows. */
	static DurationUnit fittingMedians(Stream<DurationStats> stats) {
		return fitting(stats.map(DurationStats::medianMillis));
	}

	/** 日, 時間 or 分. */
	public String label() {
		return label;
	}

	/** Milliseconds in one unit (the charts divide by it). */
	public double millis() {
		return millis;
	}

	/** The duration in this unit, rounded to one decimal; null for none. */
	BigDecimal value(Double durationMillis) {
		return durationMillis == null ? null
				: BigDecimal.valueOf(durationMillis / millis).setScale(1, RoundingMode.HALF_UP);
	}

	/** As a page shows it: {@code 12.5}, or — for none. */
	public String format(Double durationMillis) {
		return durationMillis == null ? "—" : value(durationMillis).toPlainString();
	}

	/** A column heading with the unit: {@code 平均（日）}. */
	public String header(String heading) {
		return heading + "（" + label + "）";
	}

}
