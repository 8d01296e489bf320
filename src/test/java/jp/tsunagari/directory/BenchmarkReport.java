package jp.tsunagari.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A benchmark's Markdown report under target/benchmarks/, written line by line as measured (and printed), so a long
 * run that is stopped still leaves its rows. Also the machine's load, which the figures must be read against.
 */
final class BenchmarkReport {

	private final Path file;

	BenchmarkReport(String name) {
		this.file = Path.of("target", "benchmarks", name + ".md");
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void add(String line) {
		System.out.println(line);
		try {
			Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The one-minute load average (/proc/loadavg). */
	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
