package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * 処理時間の分析 as the analyst (yoshida) sees it over the demo history, in the system's headless Chromium, on a desktop
 * and on a 375 px phone: the charts are drawn with their unit on the axis, each table names its unit, the calendar's
 * waits stand apart from people's, and nothing is wider than the phone. Screenshots of the whole page in
 * {@code target/analytics-e2e/}.
 */
@ExtendWith(SystemChromium.Installed.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tsunagari.analytics.seed-demo-history=true")
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
class AnalyticsDashboardBrowserIT {

	private static final Path OUTPUT = Path.of("target", "analytics-e2e");

	private static final int PHONE_WIDTH = 375;

	@LocalServerPort
	private int port;

	@TempDir
	private Path browserProfile;

	private WebDriver browser;

	private TasklistPage pages;

	@BeforeEach
	void openBrowser() throws IOException {
		browser = SystemChromium.start(browserProfile, OUTPUT);
		pages = new TasklistPage(browser, "http://localhost:" + port, OUTPUT);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theAnalystReadsEachTableAndChartInOneUnitOnADesktopAndAPhone() {
		pages.signInToPage("/analytics", "yoshida", "yoshida");

		assertThat(browser.findElement(By.cssSelector("#processes thead")).getText()).contains("中央値（日）");
		assertThat(browser.findElement(By.cssSelector("#bottlenecks-people")).getText()).contains("自己評価シートの作成")
			.doesNotContain("回答期限");
		assertThat(browser.findElement(By.cssSelector("#bottlenecks-calendar")).getText()).contains("回答期限");
		assertThat(browser.findElements(By.cssSelector("figcaption"))).extracting(WebElement::getText)
			.allMatch(caption -> caption.matches(".*（.*(日|時間|分).*）.*"));
		assertThat(script("return document.querySelectorAll('canvas').length")).isEqualTo(3L);
		assertThat(script("return [...document.querySelectorAll('canvas')].every(c => Chart.getChart(c)"
				+ " && Chart.getChart(c).data.datasets.length > 0 && c.height > 0)")).as("every chart drawn")
			.isEqualTo(true);
		assertThat(script("return Chart.getChart(document.getElementById('chart-trend')).options.scales.y.title.text"))
			.as("the trend's axis names its unit")
			.isIn("日", "時間", "分");
		wholePage("analytics-desktop", 1400);

		browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 900));
		browser.navigate().refresh();
		wholePage("analytics-375px", PHONE_WIDTH);
		assertThat(script("return document.documentElement.scrollWidth")).as("no sideways scrolling of the page: %s",
				script("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
						+ " > document.documentElement.clientWidth + 1).slice(0, 8).map(e => e.tagName + '.'"
						+ " + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().width)).join(', ')"))
			.isEqualTo(script("return document.documentElement.clientWidth"));
	}

	/** The whole page at this width: the headless window grows to the page's height for the picture. */
	private void wholePage(String name, int width) {
		long height = (Long) script("return document.documentElement.scrollHeight");
		browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 100, 12000)));
		pages.screenshot(name);
	}

	private Object script(String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

}
