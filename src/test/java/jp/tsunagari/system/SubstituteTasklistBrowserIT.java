package jp.tsunagari.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagari.absence.StaffFixture;

/**
 * An absence in the browser: 兼務 花子 (減災推進課, also 地域政策課) records on 不在・代理の登録 that she is away today,
 * with 代理 太郎 of 減災推進課 as her substitute; the absence job (every 2 s here) gives him her 地域政策課 task, and he
 * finds it in the Tasklist under 代理のタスク. Screenshots in {@code target/absence-e2e/}: the page (desktop and
 * 375 px) and his Tasklist.
 */
@ExtendWith(SystemChromium.Installed.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tsunagari.absence.check-interval=PT2S")
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
class SubstituteTasklistBrowserIT {

	private static final Path OUTPUT = Path.of("target", "absence-e2e");

	private static final String ABSENT = "kenmu";

	private static final String SUBSTITUTE = "daiko";

	@LocalServerPort
	private int port;

	@Autowired
	private ProcessEngine engine;

	@TempDir
	private Path browserProfile;

	private WebDriver browser;

	private TasklistPage tasklist;

	private String deployment;

	@RegisterExtension
	final TestExecutionExceptionHandler evidence = (context, failure) -> {
		if (tasklist != null) {
			tasklist.saveEvidence("failure-" + context.getRequiredTestMethod().getName());
		}
		throw failure;
	};

	@BeforeEach
	void colleaguesAndBrowser() throws IOException {
		StaffFixture.user(engine, ABSENT, "兼務", "花子", "disaster-reduction", "community-policy");
		StaffFixture.user(engine, SUBSTITUTE, "代理", "太郎", "disaster-reduction");
		browser = SystemChromium.start(browserProfile, OUTPUT);
		tasklist = new TasklistPage(browser, "http://localhost:" + port, OUTPUT);
	}

	@AfterEach
	void cleanUp() {
		if (browser != null) {
			browser.quit();
		}
		if (deployment != null) {
			engine.getRepositoryService().deleteDeployment(deployment, true);
		}
		StaffFixture.remove(engine, ABSENT, SUBSTITUTE);
	}

	@Test
	void theSubstituteFindsTheAbsentPersonsTaskInTheTasklist() throws InterruptedException {
		deployment = StaffFixture.deployOneTaskProcess(engine, "substitute-e2e", "community-policy");
		Task task = StaffFixture.start(engine, "substitute-e2e");
		engine.getTaskService().setAssignee(task.getId(), ABSENT);

		tasklist.signInToOurPages(ABSENT, ABSENT);
		tasklist.openPage("/absence");
		String today = new JapaneseDateFormats().slash(LocalDate.now());
		browser.findElement(By.id("from")).sendKeys(today);
		browser.findElement(By.id("to")).sendKeys(new JapaneseDateFormats().wareki(LocalDate.now()));
		new Select(browser.findElement(By.id("substitute"))).selectByValue(SUBSTITUTE);
		tasklist.screenshot("01-absence-form");
		tasklist.screenshotAtPhoneWidth("02-absence-form-375");
		browser.findElement(By.cssSelector("main form button[type='submit']")).click();
		assertThat(tasklist.openPage("/absence?recorded")).contains("不在を登録しました。", "代理 太郎");
		tasklist.screenshot("03-absence-recorded");
		tasklist.screenshotAtPhoneWidth("04-absence-recorded-375");
		tasklist.signOutOfOurPages();

		waitUntilCandidate(task.getId(), SUBSTITUTE);
		tasklist.open();
		tasklist.signIn(SUBSTITUTE, SUBSTITUTE);
		assertThat(tasklist.filterNames()).contains("代理のタスク");
		tasklist.showFilter("代理のタスク");
		tasklist.waitUntilListed(task.getId());
		tasklist.screenshot("05-substitute-tasklist");
		tasklist.showPhoneWidth();
		tasklist.screenshot("06-substitute-tasklist-375");
	}

	private void waitUntilCandidate(String taskId, String userId) throws InterruptedException {
		Instant patience = Instant.now().plus(Duration.ofSeconds(30));
		while (engine.getTaskService().getIdentityLinksForTask(taskId).stream()
			.map(IdentityLink::getUserId).noneMatch(userId::equals)) {
			assertThat(Instant.now()).as("the absence job gives the task to the substitute").isBefore(patience);
			Thread.sleep(200);
		}
	}

}
