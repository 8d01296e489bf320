package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

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
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagari.symposium.AttendeeCategory;
import jp.tsunagari.symposium.EventPagesFixture;
import jp.tsunagari.symposium.Participation;
import jp.tsunagari.survey.SurveyPagesFixture;

/**
 * Every public page citizens reach and every page of ours staff use, in the system's headless Chromium at a
 * desktop width and at a phone's (375 px), checked by axe-core against WCAG 2.1 AA (JIS X 8341-3:2016), with the
 * demo directory and data made through the features: a survey answered through the link on its letter and then
 * finished, another in planning, an event registered for and its questionnaire answered. A violation fails the
 * test with the rule, its impact, the element and the page. The forms' radio buttons and check boxes must sit
 * beside their labels. Every page leaves a whole-page screenshot per width in {@code target/accessibility/}.
 */
@ExtendWith(SystemChromium.Installed.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
class AccessibilityIT {

	private static final Path OUTPUT = Path.of("target", "accessibility");

	private static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final Dimension PHONE = new Dimension(375, 812);

	private static final String UNKNOWN_TOKEN = "x".repeat(43);

	private static final AxeCheck AXE = new AxeCheck();

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext application;

	@TempDir
	private Path browserProfile;

	private WebDriver browser;

	private TasklistPage signIn;

	private final List<AxeCheck.Violation> violations = new ArrayList<>();

	private final List<String> misplacedChoices = new ArrayList<>();

	@BeforeEach
	void openBrowser() throws IOException {
		browser = SystemChromium.start(browserProfile, OUTPUT);
		signIn = new TasklistPage(browser, base(), OUTPUT);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theSurveyPagesRespondentsSeeAreAccessibleAtBothWidths() throws Exception {
		SurveyPagesFixture surveys = new SurveyPagesFixture(application, port);
		String survey = surveys.openForAnswers("令和8年度 支援団体アンケート", List.of("NPO法人つながり", "いこいの家"));
		signIn.signInToOurPages("sato", "sato");
		open(base() + "/survey/" + survey + "/letters");
		List<String> links = letterLinks();
		assertThat(links).hasSize(2);
		browser.manage().deleteAllCookies();

		open(links.get(0));
		checkPage("survey-answer");
		checkChoicesBesideLabels("survey-answer");
		submit();
		assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("入力内容を確認してください。");
		checkPage("survey-answer-errors");
		answerEveryQuestion();
		submit();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("回答を受け付けました");
		checkPage("survey-thanks");
		open(links.get(0));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("回答済みです");
		checkPage("survey-already-answered");
		open(base() + "/public/survey/" + UNKNOWN_TOKEN);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("このリンクは無効です");
		checkPage("survey-unknown-link");
		surveys.closeAnswers(survey);
		open(links.get(1));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("回答の受付は終了しました");
		checkPage("survey-closed");

		assertAccessible();
	}

	@Test
	void theEventPagesCitizensSeeAreAccessibleAtBothWidths() {
		EventPagesFixture events = new EventPagesFixture(application);
		String event = events.openEvent("孤独・孤立を考えるシンポジウム", LocalDate.now().plusDays(40), 80);

		open(base() + "/public/events/" + event + "/register");
		checkPage("event-register");
		checkChoicesBesideLabels("event-register");
		browser.findElement(By.id("name")).sendKeys("青葉 花子");
		browser.findElement(By.id("email")).sendKeys("hanako@example.jp");
		chooseFirstOptions();
		submit();
		assertThat(browser.findElement(By.id("status")).getText()).contains("参加確定");
		checkPage("event-registered");

		open(base() + "/public/events/" + event + "/questionnaire");
		checkPage("event-questionnaire");
		checkChoicesBesideLabels("event-questionnaire");
		// one answer per attendee: the address given at registration
		browser.findElement(By.id("email")).sendKeys("hanako@example.jp");
		chooseFirstOptions();
		browser.findElement(By.id("comment")).sendKeys("参加してよかったです。");
		submit();
		assertThat(browser.findElement(By.id("status")).getText()).contains("アンケートを受け付けました");
		checkPage("event-answered");

		events.closeQuestionnaire(event);
		open(base() + "/public/events/" + event + "/questionnaire");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("受付を終了しています");
		checkPage("event-questionnaire-closed");
		open(base() + "/public/events/no-such-event/register");
		checkPage("event-unknown");
		open(base() + "/public/no-such-page");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ページが見つかりません");
		checkPage("error-public");

		assertAccessible();
	}

	@Test
	void theStaffPagesAreAccessibleAtBothWidths() throws Exception {
		SurveyPagesFixture surveys = new SurveyPagesFixture(application, port);
		String planned = surveys.planned("令和9年度 支援団体アンケート");
		String sent = surveys.openForAnswers("令和8年度 支援団体アンケート", List.of("NPO法人つながり", "いこいの家"));
		EventPagesFixture events = new EventPagesFixture(application);
		String event = events.openEvent("孤独・孤立を考えるシンポジウム", LocalDate.now().plusDays(40), 1);
		events.register(event, "青葉 花子", "hanako@example.jp", AttendeeCategory.INDIVIDUAL, Participation.VENUE);
		events.register(event, "泉 一郎", "ichiro@example.jp", AttendeeCategory.SUPPORT_ORGANISATION, Participation.VENUE);

		open(base() + "/login");
		checkPage("login");
		signIn.signInToOurPages("sato", "sato");
		checkPage("start-sato");
		open(base() + "/survey/" + planned + "/recipients");
		checkPage("survey-recipients-planned");
		open(base() + "/survey/" + sent + "/recipients");
		checkPage("survey-recipients-sent");
		open(base() + "/survey/" + sent + "/letters");
		checkPage("survey-letters");
		open(base() + "/symposium/events/" + event + "/attendance");
		checkPage("event-attendance");
		open(base() + "/notifications");
		checkPage("notification-settings");
		checkChoicesBesideLabels("notification-settings");
		open(base() + "/progress");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("この画面を開く権限がありません");
		checkPage("error-forbidden");
		browser.manage().deleteAllCookies();
		// a survey's whole history for the manager's and analyst's pages (the back-dated demo history takes minutes)
		surveys.finish(sent);

		signIn.signInToOurPages("kato", "kato");
		checkPage("start-kato");
		open(base() + "/progress");
		checkPage("progress");
		open(base() + "/progress/" + sent);
		checkPage("progress-timeline");
		open(base() + "/analytics");
		checkPage("analytics");
		open(base() + "/referral/progress");
		checkPage("referral-progress");
		open(base() + "/caseconference/progress");
		checkPage("caseconference-progress");

		assertAccessible();
	}

	/** axe at both widths, and a whole-page screenshot of each. */
	private void checkPage(String name) {
		for (Dimension size : List.of(DESKTOP, PHONE)) {
			resize(size);
			String page = name + " @" + size.getWidth() + "px";
			violations.addAll(AXE.violations(browser, page));
			screenshot(name + "-" + size.getWidth());
		}
		resize(DESKTOP);
	}

	/**
	 * Each radio button and check box of the page's forms sits on the line of its label's text, before it, at both
	 * widths (a text field's full width once pushed them onto a line of their own).
	 */
	private void checkChoicesBesideLabels(String name) {
		for (Dimension size : List.of(DESKTOP, PHONE)) {
			resize(size);
			@SuppressWarnings("unchecked")
			List<String> misplaced = (List<String>) ((JavascriptExecutor) browser).executeScript("""
					return [...document.querySelectorAll('label input[type=radio], label input[type=checkbox]')]
					  .filter(input => {
					    const box = input.getBoundingClientRect();
					    const text = input.closest('label').querySelector('span').getBoundingClientRect();
					    return !(box.right <= text.left && box.top < text.bottom && text.top < box.bottom);
					  })
					  .map(input => input.name + '=' + input.value);
					""");
			misplaced.forEach(choice -> misplacedChoices.add(name + " @" + size.getWidth() + "px: " + choice));
		}
		resize(DESKTOP);
	}

	private void assertAccessible() {
		assertThat(misplacedChoices).as("radio buttons and check boxes not beside their labels").isEmpty();
		assertThat(violations).as(() -> AxeCheck.report(violations)).isEmpty();
	}

	private void open(String url) {
		browser.get(url);
		waitForPage();
	}

	private void submit() {
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitForPage();
	}

	private void waitForPage() {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> "complete"
			.equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
	}

	/** The first option of every question, as a hurried respondent would answer; free text where asked. */
	private void answerEveryQuestion() {
		chooseFirstOptions();
		for (WebElement text : browser.findElements(By.tagName("textarea"))) {
			text.sendKeys("特にありません。");
		}
	}

	private void chooseFirstOptions() {
		for (WebElement fieldset : browser.findElements(By.cssSelector("form fieldset"))) {
			List<WebElement> options = fieldset.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
			if (!options.isEmpty()) {
				((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
						options.get(0));
				options.get(0).click();
			}
		}
	}

	/** The personal links printed on the letters, made to point at this test's server. */
	private List<String> letterLinks() {
		return browser.findElements(By.cssSelector(".link"))
			.stream()
			.map(link -> base() + link.getText().substring(link.getText().indexOf("/public/survey/")))
			.toList();
	}

	/** The window at the given width (and the phone's height), once the page is laid out for it. */
	private void resize(Dimension size) {
		browser.manage().window().setSize(size);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> ((Long) ((JavascriptExecutor) page)
			.executeScript("return window.innerWidth")) <= size.getWidth());
	}

	/** The whole page, below the fold too, as Chromium's DevTools capture it. */
	private void screenshot(String name) {
		HasCdp devTools = (HasCdp) browser;
		@SuppressWarnings("unchecked")
		Map<String, Object> content = (Map<String, Object>) devTools.executeCdpCommand("Page.getLayoutMetrics", Map.of())
			.get("cssContentSize");
		// the capture lays the page out without its scroll bar: as wide as the window, as on a phone
		long width = Math.max(((Number) content.get("width")).longValue(),
				(Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth"));
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height",
				Math.min(((Number) content.get("height")).doubleValue(), 10_000), "scale", 1);
		String png = (String) devTools
			.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true, "clip", clip))
			.get("data");
		try {
			Files.write(OUTPUT.resolve(name + ".png"), Base64.getDecoder().decode(png));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write the screenshot " + name, ex);
		}
	}

	private String base() {
		return "http://localhost:" + port;
	}

}
