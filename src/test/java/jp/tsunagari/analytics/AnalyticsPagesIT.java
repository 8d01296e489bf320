package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagari.analytics.HistoryDriver.Start;
import jp.tsunagari.analytics.HistoryScenario.ProcessScenario;
import jp.tsunagari.analytics.HistoryScenario.StepScenario;
import jp.tsunagari.evaluation.SelfEvaluation;

/**
 * The analytics pages in the whole demo application, with its back-dated demo history: who may see what (managers
 * the progress page, analysts and managers the dashboard, API and exports; others 403, anonymous 401 or the login
 * page), what the pages show, the JSON API and its OpenAPI document, bad parameters, CSV and Excel.
 */
// the REST API finds the engine by name in a JVM-wide registry: each whole-application test closes its own context
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tsunagari.analytics.seed-demo-history=true")
@ActiveProfiles({ "demo", "test" })
class AnalyticsPagesIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private ProcessEngine engine;

	@Test
	void demoHistoryIsSeededOnceWithFinishedAndRunningInstancesAndTheFirstStartEvaluationStillOpens() {
		assertThat(engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.variableValueLike(HistoryDriver.DEMO_KEY, SelfEvaluation.PROCESS_KEY + "-demo-%")
			.list()).hasSize(12)
			.extracting(HistoricProcessInstance::getState)
			.contains(HistoricProcessInstance.STATE_COMPLETED, HistoricProcessInstance.STATE_ACTIVE);
		// DemoEvaluation's 令和2年度 is open beside the demo history
		assertThat(engine.getRuntimeService()
			.createProcessInstanceQuery()
			.variableValueEquals(SelfEvaluation.FISCAL_YEAR, 2020)
			.count()).isEqualTo(1);
		assertThat(new HistorySeeder(engine, 1).seed(HistoryScenarios.demo(), LocalDateTime.now()))
			.as("a restart seeds nothing again").isZero();
	}

	@Test
	void onlyManagersSeeTheProgressPageWithEveryRunningProcedureAndItsTimeline() throws Exception {
		assertThat(get("/progress", null).statusCode()).isEqualTo(302);
		HttpResponse<String> refused = get("/progress", "sato");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).as("the error page staff read").contains("この画面を開く権限がありません", "ログアウト");
		assertThat(get("/progress", "yoshida").statusCode()).isEqualTo(403);
		assertThat(get("/no-such-page", "kato").body()).contains("ページが見つかりません");
		assertThat(get("/progress/no-such-instance", "kato").body()).as("a feature's reason, in the error page")
			.contains("ページが見つかりません", "この手続きは見つかりません。");
		String late = startLateEvaluation();
		HttpResponse<String> page = get("/progress?process=self-evaluation&department=disaster-reduction", "kato");
		assertThat(page.statusCode()).isEqualTo(200);
		// 件名: the demo's instances are named as those started in Tasklist, never by a technical key
		assertThat(page.body()).contains("手続きの進捗", "地域保健福祉計画 自己評価", "令和", late,
				"自己評価シートの作成", "1件（29日超過）", "危機管理局 減災推進課")
			.doesNotContain("-demo-", "（件名なし）");
		// the signed-in manager and the assignees by name (the sheets of 減災推進課 go to 佐々木 誠), never by id
		assertThat(page.body()).contains("加藤 恵子</span> さん").doesNotContain(">kato<", ">sasaki<", "、sasaki");
		// dates in the table as 2026/12/03, never ISO
		assertThat(page.body()).containsPattern("<td>\\d{4}/\\d{2}/\\d{2}</td>")
			.doesNotContainPattern("<td>\\d{4}-\\d{2}-\\d{2}");
		List<String> departments = departmentChoices(page.body());
		assertThat(departments).as("the department filter: departments only, districts by their numbers")
			.hasSizeGreaterThan(10)
			.doesNotContain("管理職（進捗管理）", "分析担当", "システム管理者", "外部タスクワーカー")
			.containsSubsequence("まちの保健室（第1地区）", "まちの保健室（第2地区）", "まちの保健室（第3地区）",
					"まちの保健室（第10地区）", "まちの保健室（第15地区）");

		HistoricProcessInstance running = engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.variableValueLike(HistoryDriver.DEMO_KEY, SelfEvaluation.PROCESS_KEY + "-demo-%")
			.unfinished()
			.list()
			.get(0);
		HttpResponse<String> timeline = get("/progress/" + running.getId(), "kato");
		assertThat(timeline.statusCode()).isEqualTo(200);
		assertThat(timeline.body()).contains("評価対象事業の読込", "自己評価シートの作成", "bar waiting", "実行中")
			.doesNotContain(">sasaki<", ">suzuki<");
		assertThat(get("/progress/no-such-instance", "kato").statusCode()).isEqualTo(404);
	}

	@Test
	void theStartPageOffersEachUserThePagesTheirGroupsMayOpen() throws Exception {
		String manager = get("/", "kato").body();
		assertThat(manager).contains("href=\"/progress\"", "href=\"/analytics\"", "href=\"/referral/progress\"",
				"href=\"/caseconference/progress\"");
		String analyst = get("/", "yoshida").body();
		assertThat(analyst).contains("href=\"/analytics\"").doesNotContain("href=\"/progress\"", "/referral/progress");
		String secretariat = get("/", "sato").body();
		assertThat(secretariat).contains("href=\"/caseconference/progress\"")
			.doesNotContain("href=\"/progress\"", "href=\"/analytics\"", "/referral/progress");
	}

	@Test
	void analystsAndManagersGetTheJsonApiOthersDoNot() throws Exception {
		assertThat(get("/api/analytics/processes", null).statusCode()).isEqualTo(401);
		assertThat(get("/api/analytics/processes", "sato").statusCode()).isEqualTo(403);
		assertThat(get("/api/analytics/processes", "kato").statusCode()).isEqualTo(200);

		JsonNode processes = JSON.readTree(get("/api/analytics/processes", "yoshida").body());
		JsonNode evaluation = find(processes, "processKey", SelfEvaluation.PROCESS_KEY);
		assertThat(evaluation.path("running").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(evaluation.path("duration").path("count").asLong()).isPositive();

		JsonNode steps = JSON.readTree(get("/api/analytics/steps?process=self-evaluation", "yoshida").body());
		JsonNode sheet = find(steps, "activityId", SelfEvaluation.TASK_WRITE_SHEET);
		assertThat(sheet.path("waiting").path("count").asLong()).isPositive();
		assertThat(sheet.path("working").path("medianMillis").asDouble()).isPositive();
		JsonNode bottlenecks = JSON.readTree(get("/api/analytics/bottlenecks?limit=3", "yoshida").body());
		assertThat(bottlenecks.findValuesAsText("waitingOn")).as("up to 3 of each kind, people's first")
			.startsWith("PEOPLE", "PEOPLE", "PEOPLE")
			.contains("CALENDAR")
			.hasSizeLessThanOrEqualTo(9);
		assertThat(bottlenecks.get(0).path("rank").asInt()).isEqualTo(1);
		assertThat(bottlenecks.get(0).path("totalMillis").asDouble()).as("exact milliseconds").isGreaterThan(86_400_000);
		JsonNode ranking = JSON.readTree(get("/api/analytics/bottlenecks?process=survey-rollout", "yoshida").body());
		assertThat(find(ranking, "activityId", "Event_ResponseDeadline").path("waitingOn").asText())
			.as("the response window is the calendar's time").isEqualTo("CALENDAR");
		assertThat(find(ranking, "activityId", "Task_DraftSurveyPlan").path("waitingOn").asText()).isEqualTo("PEOPLE");
		assertThat(ranking.findValuesAsText("activityId")).as("service tasks of seconds are hidden")
			.doesNotContain("Task_TabulateResponses");
		assertThat(ranking.findValuesAsText("activityId")).as("a join's wait is its branches' time")
			.doesNotContain("Gateway_SurveyJoined");
		assertThat(JSON.readTree(get("/api/analytics/bottlenecks?process=survey-rollout&systemSteps=true&limit=100",
				"yoshida").body()).findValuesAsText("activityId"))
			.contains("Task_TabulateResponses", "Gateway_PreHearingPlanned", "Gateway_SurveyJoined");
		assertThat(JSON.readTree(get("/api/analytics/trend?period=fiscal-year", "yoshida").body()).get(0)
			.path("periodLabel")
			.asText()).startsWith("令和");

		HttpResponse<String> spec = get("/v3/api-docs", "yoshida");
		assertThat(spec.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(spec.body()).path("paths").fieldNames()).toIterable()
			.contains("/api/analytics/steps", "/api/analytics/departments", "/api/analytics/due-adherence");
		assertThat(get("/v3/api-docs", "sato").statusCode()).isEqualTo(403);
	}

	@Test
	void badParametersAreRefusedNamingTheParameter() throws Exception {
		HttpResponse<String> notANumber = get("/api/analytics/steps?fiscalYear=abc", "yoshida");
		assertThat(notANumber.statusCode()).isEqualTo(400);
		assertThat(notANumber.body()).contains("fiscalYear");
		assertThat(get("/api/analytics/bottlenecks?limit=0", "yoshida").body()).contains("limit");
		assertThat(get("/api/analytics/trend?period=week", "yoshida").body()).contains("period");
		assertThat(get("/analytics/export/nothing.csv", "yoshida").statusCode()).isEqualTo(400);
	}

	@Test
	void theDashboardDrawsChartsAndExportsCsvAndExcel() throws Exception {
		HttpResponse<String> dashboard = get("/analytics", "yoshida");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("処理時間の分析", "chart.umd.js", "自己評価シートの作成", "ボトルネック");
		assertThat(get("/webjars/chart.js/4.4.1/dist/chart.umd.js", null).statusCode()).isEqualTo(200);
		assertThat(get("/analytics", "sato").statusCode()).isEqualTo(403);

		HttpResponse<byte[]> csv = getBytes("/analytics/export/steps.csv?process=self-evaluation", "yoshida");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF手続きキー,工程ID,工程").contains("Task_WriteSheet", "所要: 中央値（");
		assertThat(text).as("rounded to one decimal").doesNotContainPattern(",\\d+\\.\\d{2,}");
		String processes = new String(getBytes("/analytics/export/processes.csv", "yoshida").body(),
				StandardCharsets.UTF_8);
		assertThat(processes).contains("完了: 中央値（日）").containsPattern("\n" + SelfEvaluation.PROCESS_KEY + ",[^,]+,\\d+,\\d+,");
		assertThat(new String(getBytes("/analytics/export/bottlenecks.csv", "yoshida").body(), StandardCharsets.UTF_8))
			.contains("人の待ち・作業,1,", "暦・相手の待ち,1,", "手続き内の割合（%）");
		HttpResponse<byte[]> excel = getBytes("/analytics/export/departments.xlsx", "kato");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
			assertThat(workbook.getSheet("departments").getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("部署ごとのタスク処理時間");
			assertThat(workbook.getSheet("departments").getLastRowNum()).isGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void theDashboardShowsEachTableInOneUnitRoundedWithWholeCountsAndTheCalendarApartFromPeople() throws Exception {
		String dashboard = get("/analytics", "yoshida").body();

		String processes = table(dashboard, "processes");
		assertThat(processes).as("procedures take weeks").contains("<th>中央値（日）</th>");
		assertThat(rows(processes)).isNotEmpty().allSatisfy(cells -> {
			assertThat(cells.get(1)).as("running").matches("\\d+");
			assertThat(cells.get(2)).as("finished").matches("\\d+");
			assertThat(cells.subList(3, 7)).allMatch(cell -> cell.matches("\\d+\\.\\d|—"));
		});
		assertThat(Pattern.compile("<td class=\"number\">([^<]*)</td>").matcher(dashboard).results().map(m -> m.group(1)))
			.as("every figure: a count, one decimal, a percentage or none")
			.isNotEmpty()
			.allMatch(cell -> cell.matches("\\d+|\\d+\\.\\d|\\d+%|—"));

		String people = table(dashboard, "bottlenecks-people");
		String calendar = table(dashboard, "bottlenecks-calendar");
		assertThat(people).contains("自己評価シートの作成", "うち待ち 中央値（", "うち作業 中央値（").doesNotContain("回答期限");
		assertThat(rows(people)).allSatisfy(cells -> assertThat(cells.get(3)).as("runs").matches("\\d+"));
		assertThat(calendar).contains("回答期限", "タイマー").doesNotContain("自己評価シートの作成");

		assertThat(table(dashboard, "steps")).as("system steps of seconds are hidden").doesNotContain("評価対象事業の読込");
		assertThat(table(dashboard, "bottlenecks-system")).as("mail sent in minutes is the system's time, shown")
			.contains("調査依頼の送付")
			.doesNotContain("評価対象事業の読込");
		String everything = get("/analytics?systemSteps=true", "yoshida").body();
		assertThat(table(everything, "steps")).contains("評価対象事業の読込");
		assertThat(table(everything, "bottlenecks-system")).contains("評価対象事業の読込");
		assertThat(everything).contains("name=\"systemSteps\" value=\"true\" checked", "systemSteps=true");
	}

	/** The HTML of the table with this id. */
	private static String table(String page, String id) {
		int start = page.indexOf("<table class=\"report\" id=\"" + id + "\"");
		assertThat(start).as("table %s", id).isNotNegative();
		return page.substring(start, page.indexOf("</table>", start));
	}

	/** The text of each body row's cells. */
	private static List<List<String>> rows(String table) {
		String body = table.substring(table.indexOf("<tbody>"));
		return Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL)
			.matcher(body)
			.results()
			.map(row -> Pattern.compile("<td[^>]*>([^<]*)</td>")
				.matcher(row.group(1))
				.results()
				.map(cell -> cell.group(1))
				.toList())
			.toList();
	}

	/**
	 * An evaluation opened 60 days ago with a month to submit, whose sheets nobody has touched: each of its five
	 * departments has a task 29 full days overdue.
	 */
	private String startLateEvaluation() {
		ProcessScenario demo = HistoryScenarios.demo().processes().get(SelfEvaluation.PROCESS_KEY);
		StepScenario untouched = new StepScenario(List.of(5000d, 5000d), List.of(1d, 1d), null, null, null);
		ProcessScenario late = new ProcessScenario(1, 0, 0, 0, Map.of(SelfEvaluation.FISCAL_YEAR, 2019,
				SelfEvaluation.SUBMISSION_DEADLINE, "{date+30}"), null, null, 0, 0, untouched,
				Map.of(SelfEvaluation.TASK_LOAD_PROGRAMMES, demo.step(SelfEvaluation.TASK_LOAD_PROGRAMMES)));
		try {
			new HistoryDriver(engine, new Random(1)).drive(new HistoryScenario(Map.of(SelfEvaluation.PROCESS_KEY, late)),
					List.of(new Start(SelfEvaluation.PROCESS_KEY, "late-evaluation", LocalDateTime.now().minusDays(60))),
					LocalDateTime.now());
		}
		finally {
			ClockUtil.reset();
		}
		return "令和元年度 地域保健福祉計画 自己評価";
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (value.equals(node.path(field).asText())) {
				return node;
			}
		}
		throw new AssertionError("No " + field + " " + value + " in " + array);
	}

	/** The names offered by the progress page's department filter (after its first option, すべて). */
	private static List<String> departmentChoices(String page) {
		String select = page.substring(page.indexOf("name=\"department\""));
		select = select.substring(0, select.indexOf("</select>"));
		return Pattern.compile("<option value=\"[^\"]+\"[^>]*>([^<]+)</option>")
			.matcher(select)
			.results()
			.map(option -> option.group(1))
			.toList();
	}

	private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
		return http.send(request(path, user), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> getBytes(String path, String user) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = http.send(request(path, user), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	/** As a browser asks (so pages answer anonymous users with the login page); demo users' password is their id. */
	private HttpRequest request(String path, String user) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
		}
		return request.build();
	}

}
