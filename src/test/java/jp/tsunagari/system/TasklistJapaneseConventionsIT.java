package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Tasklist in the system's headless Chromium reads and shows dates, numbers and names as Japanese offices
 * write them. Each test deploys a one-task model around a real form of the application (same form, same fields),
 * so that the task is reached without running the whole procedure; screenshots land in
 * {@code target/tasklist-ja/}.
 */
@ExtendWith(SystemChromium.Installed.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class TasklistJapaneseConventionsIT {

	private static final Path OUTPUT = Path.of("target", "tasklist-ja");

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private static final String DEPARTMENT_FILTER = "部署のタスク";

	/** 健康福祉局 社会課: closes an event's questionnaire on a day it types. */
	private static final String CLOSE_QUESTIONNAIRE_FORM = "forms/symposium-planning.close-questionnaire.form";

	private static final String CLOSED_ON = "Field_QuestionnaireClosedOn-date";

	/** A programme's sheet, with its costs in 千円 (integer fields). */
	private static final String SHEET_FORM = "forms/self-evaluation.write-sheet.form";

	private static final String SETTLED_COST = "Field_SettledCost";

	@LocalServerPort
	private int port;

	@Autowired
	private ProcessEngine engine;

	@TempDir
	private Path browserProfile;

	private WebDriver browser;

	private TasklistPage tasklist;

	private TaskFormInputs inputs;

	private final List<String> deployments = new ArrayList<>();

	@RegisterExtension
	final FailureEvidence evidence = new FailureEvidence(() -> tasklist);

	@BeforeEach
	void openBrowser() throws IOException {
		browser = SystemChromium.start(browserProfile, OUTPUT);
		tasklist = new TasklistPage(browser, "http://localhost:" + port, OUTPUT);
		inputs = new TaskFormInputs(browser);
	}

	@AfterEach
	void closeBrowserAndModels() {
		if (browser != null) {
			browser.quit();
		}
		deployments.forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment, true));
	}

	@Test
	void dateFieldsReadTheFormsJapaneseOfficesWriteAndRefuseTheRest() {
		Task task = taskWithForm(CLOSE_QUESTIONNAIRE_FORM, "health-welfare-social-affairs");
		openAndClaim("sato", task);

		assertThat(inputs.placeholder(CLOSED_ON)).isEqualTo("YYYY/MM/DD");
		// each form a Japanese office writes, also typed in full-width characters, is the same day
		for (String typed : List.of("2027/02/15", "2027/2/15", "2027-02-15", "2027年2月15日", "R9.2.15", "令和9年2月15日",
				"２０２７／０２／１５", "Ｒ９．２．１５", "令和９年２月１５日")) {
			inputs.clear(CLOSED_ON);
			inputs.type(CLOSED_ON, typed);
			assertThat(inputs.shown(CLOSED_ON, "2027/02/15")).as("shown after typing %s", typed).isEqualTo("2027/02/15");
			assertThat(inputs.messages(CLOSED_ON)).as("messages after typing %s", typed).isEmpty();
			assertThat(inputs.savedData(task.getId())).as("form data after typing %s", typed)
				.containsEntry("questionnaireClosedOn", "2027-02-15");
		}
		tasklist.screenshot("01-date-read");

		// a day the calendar does not have stays as typed, is refused in Japanese, and the task stays open
		for (String typed : List.of("2027/02/30", "15/02/2027", "R9.13.1", "来週")) {
			inputs.type(CLOSED_ON, typed);
			assertThat(inputs.shown(CLOSED_ON, typed)).isEqualTo(typed);
			assertThat(inputs.messagesOnceShowing(CLOSED_ON, "日付を読み取れません")).as("after typing %s", typed)
				.containsExactly("日付を読み取れません。YYYY/MM/DD（例: 2027/02/15）、2027-02-15、2027年2月15日、令和9年2月15日、"
						+ "R9.2.15 のいずれかの形で、実在する日付を入力してください。");
		}
		tasklist.screenshot("02-date-refused");
		assertThat(tasklist.validationMessages()).anyMatch(message -> message.startsWith("日付を読み取れません"));
		assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
			.as("a refused date is not submitted")
			.isEqualTo(1);
		phoneWidthScreenshot("03-date-refused-phone");

		// corrected, the day reaches the process as the ISO date the models expect
		inputs.type(CLOSED_ON, "令和9年2月15日");
		assertThat(inputs.shown(CLOSED_ON, "2027/02/15")).isEqualTo("2027/02/15");
		assertThat(inputs.messages(CLOSED_ON)).isEmpty();
		tasklist.complete(task.getId());
		assertThat(engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.variableName("questionnaireClosedOn")
			.singleResult()
			.getValue()).isEqualTo("2027-02-15");

		// the reading rules on their own: 令和 starts on 1 May 2019, leap days only in leap years
		assertThat(inputs.readDates(List.of("令和元年5月1日", "R1.4.30", "2028/2/29", "2027/2/29", "2027 / 02 / 15",
				"r9-2-15", "2027年02月15日", "2027/02-15", "1899/12/31", "")))
			.containsExactly("2019-05-01", "", "2028-02-29", "", "2027-02-15", "2027-02-15", "2027-02-15", "", "", "");
	}

	@Test
	void numberFieldsKeepWhatWasTypedAndRefuseADecimalInAnIntegerField() {
		Task task = taskWithForm(SHEET_FORM, "disaster-reduction");
		openAndClaim("sasaki", task);

		// form-js used to drop the point without a word: 12.5 became 125
		inputs.type(SETTLED_COST, "12.5");
		assertThat(inputs.shown(SETTLED_COST, "12.5")).isEqualTo("12.5");
		assertThat(inputs.messagesOnceShowing(SETTLED_COST, "整数")).containsExactly("整数で入力してください。");
		// the Tasklist does not offer to complete a form form-js refuses
		assertThat(inputs.completable()).isFalse();
		tasklist.screenshot("11-number-decimal-refused");

		// a comma separates thousands; full-width digits are digits
		inputs.type(SETTLED_COST, "1,546");
		assertThat(inputs.shown(SETTLED_COST, "1546")).isEqualTo("1546");
		inputs.commitInputMethodText(SETTLED_COST, "１２３４");
		assertThat(inputs.shown(SETTLED_COST, "1234")).isEqualTo("1234");
		assertThat(inputs.messagesOnceNone(SETTLED_COST)).isEmpty();
		assertThat(inputs.savedData(task.getId())).containsEntry("settledCostKyen", 1234);
		inputs.scrollTo(SETTLED_COST);
		tasklist.screenshot("12-number-kept");
	}

	@Test
	void dueDatesNamesAndNoEndOfLifeBanner() {
		Task task = taskWithForm(CLOSE_QUESTIONNAIRE_FORM, "health-welfare-social-affairs");
		LocalDate today = LocalDate.now(TOKYO);
		task.setDueDate(noonOf(today.minusDays(19)));
		task.setFollowUpDate(noonOf(today.plusDays(7)));
		task.setAssignee("sato");
		engine.getTaskService().saveTask(task);

		tasklist.open();
		tasklist.signIn("sato", "sato");
		tasklist.showFilter("自分のタスク");
		tasklist.waitUntilListed(task.getId());
		WebElement card = browser.findElement(By.cssSelector("section.tasks-list li.task:has(a[href='#/?task="
				+ task.getId() + "'])"));
		tasklist.screenshot("21-due-dates-and-names");

		assertThat(text(card, ".due-date")).isEqualTo("期限 " + SLASHED.format(today.minusDays(19)) + "（19日超過）");
		assertThat(text(card, ".followup-date")).isEqualTo("着手予定 " + SLASHED.format(today.plusDays(7)) + "（あと7日）");
		assertThat(text(card, ".creation-date")).isEqualTo("作成 " + SLASHED.format(today) + "（今日）");
		// family name first, as the directory writes it
		assertThat(text(card, "h5.assignee")).isEqualTo("佐藤 花子");
		assertThat(text(browser.findElement(By.tagName("body")), "li.account a.dropdown-toggle")).contains("佐藤 花子");

		tasklist.openTask(task.getId());
		tasklist.screenshot("22-task-header");
		WebElement header = browser.findElement(By.cssSelector("section.task-card"));
		assertThat(text(header, ".due-date [am-time-ago]")).isEqualTo(SLASHED.format(today.minusDays(19)) + "（19日超過）");

		// the banner is in every webapp's header, and shown in none
		assertThat(bannerShown()).as("Tasklist").isFalse();
		tasklist.signOut();
		tasklist.open();
		tasklist.signIn("demo", "demo");
		browser.get("http://localhost:" + port + "/camunda/app/admin/default/#/users");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		WebElement sato = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//table//tr[td/a[normalize-space()='sato']]")));
		tasklist.screenshot("23-admin-users");
		assertThat(sato.findElements(By.tagName("td")).stream().map(cell -> cell.getText().trim()).toList())
			.startsWith("sato", "佐藤", "花子");
		assertThat(browser.findElements(By.cssSelector("table thead th")).stream().map(th -> th.getText().trim()).toList())
			.containsSubsequence("姓*", "名*");
		assertThat(bannerShown()).as("Admin").isFalse();
		browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-widget-header] .ce-eol-banner")));
		tasklist.screenshot("24-cockpit");
		assertThat(bannerShown()).as("Cockpit").isFalse();
	}

	private boolean bannerShown() {
		List<WebElement> banners = new WebDriverWait(browser, Duration.ofSeconds(30)).until(
				ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("[cam-widget-header] .ce-eol-banner")));
		return banners.stream().anyMatch(WebElement::isDisplayed);
	}

	private void openAndClaim(String user, Task task) {
		tasklist.open();
		tasklist.signIn(user, user);
		tasklist.showFilter(DEPARTMENT_FILTER);
		tasklist.waitUntilListed(task.getId());
		tasklist.openTask(task.getId());
		tasklist.claim();
	}

	private void phoneWidthScreenshot(String name) {
		Dimension usual = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(375, 800));
		try {
			((JavascriptExecutor) browser)
				.executeScript("document.querySelector('.tsg-date-refusal').scrollIntoView({block: 'center'})");
			tasklist.screenshot(name);
		}
		finally {
			browser.manage().window().setSize(usual);
		}
	}

	/** A one-task model around a real form of the application, for a candidate group; returns its open task. */
	private Task taskWithForm(String formResource, String candidateGroup) {
		String form = read(formResource);
		String formId = CamundaFormSchema.fromClasspath(formResource).id();
		String model = """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
				  <bpmn:process id="tasklist-ja" name="入力の確認" isExecutable="true" camunda:historyTimeToLive="1">
				    <bpmn:startEvent id="Start" /><bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Enter" />
				    <bpmn:userTask id="Enter" name="入力の確認" camunda:candidateGroups="%s"
				        camunda:formRef="%s" camunda:formRefBinding="deployment" />
				    <bpmn:sequenceFlow id="F2" sourceRef="Enter" targetRef="End" /><bpmn:endEvent id="End" />
				  </bpmn:process>
				</bpmn:definitions>""".formatted(candidateGroup, formId);
		deployments.add(engine.getRepositoryService()
			.createDeployment()
			.name("tasklist-ja")
			.addString("tasklist-ja.bpmn", model)
			.addString(formResource.substring(formResource.lastIndexOf('/') + 1), form)
			.deploy()
			.getId());
		String instance = engine.getRuntimeService().startProcessInstanceByKey("tasklist-ja").getId();
		return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
	}

	private static String read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource, ex);
		}
	}

	private static Date noonOf(LocalDate day) {
		return Date.from(day.atTime(LocalTime.NOON).atZone(TOKYO).toInstant());
	}

	private static String text(WebElement within, String selector) {
		return within.findElement(By.cssSelector(selector)).getDomProperty("textContent").replaceAll("\\s+", " ").trim();
	}

}
