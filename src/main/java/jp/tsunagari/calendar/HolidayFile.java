package jp.tsunagari.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.Resource;

/**
 * Reads the holiday file: one {@code date,name} line per day (ISO date), {@code #} comments and a {@code date,name}
 * header allowed. A file with a bad line stops the start with every bad line named, so a mistyped update never
 * turns a holiday into a working day unnoticed.
 */
final class HolidayFile {

	private HolidayFile() {
	}

	static Set<LocalDate> read(Resource file) {
		Set<LocalDate> days = new HashSet<>();
		List<String> mistakes = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				String text = line.strip();
				if (text.isEmpty() || text.startsWith("#") || text.startsWith("date,")) {
					continue;
				}
				try {
					days.add(LocalDate.parse(text.split(",", 2)[0].strip()));
				}
				catch (DateTimeParseException ex) {
					mistakes.add(number + "行目: 日付を読めません（" + text + "）");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the holiday file " + file.getDescription(), ex);
		}
		if (!mistakes.isEmpty()) {
			throw new IllegalStateException(
					"The holiday file " + file.getDescription() + " has mistakes: " + String.join("; ", mistakes));
		}
		return days;
	}

}
