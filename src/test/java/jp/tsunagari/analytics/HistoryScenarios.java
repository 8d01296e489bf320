package jp.tsunagari.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The scenario files of main and test resources. */
final class HistoryScenarios {

	private HistoryScenarios() {
	}

	static HistoryScenario demo() {
		return read("/analytics/demo-history.yaml");
	}

	static HistoryScenario read(String resource) {
		try (InputStream yaml = HistoryScenarios.class.getResourceAsStream(resource)) {
			return HistoryScenario.read(yaml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
