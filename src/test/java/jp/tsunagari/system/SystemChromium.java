package jp.tsunagari.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser of the machine: Debian's {@code chromium} and {@code chromium-driver}, named explicitly so that
 * Selenium Manager never looks for (or downloads) a browser or a driver. Other paths can be given with the system
 * properties {@code tsunagari.chromium} and {@code tsunagari.chromedriver}.
 */
final class SystemChromium {

	static final Path CHROMIUM = Path.of(System.getProperty("tsunagari.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("tsunagari.chromedriver", "/usr/bin/chromedriver"));

	private static final String INSTALL = "apt-get install -y chromium chromium-driver fonts-noto-cjk";

	private SystemChromium() {
	}

	/**
	 * Use with {@code @ExtendWith}: skips the tests (reported as skipped, with the reason) on a developer machine
	 * without the browser, but fails them in CI, where a missing browser must not turn into a silent pass.
	 */
	static final class Installed implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
				return ConditionEvaluationResult.enabled("the system Chromium and ChromeDriver are installed");
			}
			String missing = "The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian: " + INSTALL
					+ ")";
			if (runningInCi()) {
				throw new IllegalStateException(missing + "; CI is set, so the tests fail instead of being skipped");
			}
			return ConditionEvaluationResult.disabled(missing + "; skipped because CI is not set");
		}

	}

	private static boolean runningInCi() {
		String ci = System.getenv("CI");
		return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci);
	}

	/** A new headless browser with the given empty profile directory, asking for Japanese pages. */
	static WebDriver start(Path profile, Path logDirectory) throws IOException {
		Files.createDirectories(logDirectory);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(logDirectory.resolve("chromedriver.log").toFile())
			.withAppendLog(true)
			// dates in the Tasklist are shown in the browser's time zone
			.withEnvironment(Map.of("TZ", "Asia/Tokyo"))
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// offline and as root in a container: no sandbox, no /dev/shm, nothing that calls home
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1400,1000",
				"--lang=ja");
		// the Tasklist picks its language from navigator.languages
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja"));
		return new ChromeDriver(service, options);
	}

}
