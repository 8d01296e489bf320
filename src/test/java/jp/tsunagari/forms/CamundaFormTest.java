package jp.tsunagari.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/**
 * The rules of small Camunda Forms checked as the engine checks a submission: with the FEEL engine the process
 * engine uses, on variables as Tasklist and the REST API hand them over (Json lists included).
 */
class CamundaFormTest {

	private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

	private static final String EXECUTION = """
			{"key": "surveyExecution", "type": "radio", "label": "調査の実施方法", "validate": {"required": true},
			 "values": [{"label": "直営", "value": "DIRECT"}, {"label": "委託", "value": "OUTSOURCED"}]}""";

	private static final String CONTRACT = """
			{"key": "contractContent", "type": "textarea", "label": "委託する業務の内容",
			 "conditional": {"hide": "=surveyExecution != \\"OUTSOURCED\\""},
			 "validate": {"required": true, "maxLength": 10}}""";

	@Test
	void aRequiredFieldMustHaveAValueAndIsNamedByLabelAndKey() {
		assertThat(violations(form(EXECUTION), Variables.createVariables()))
			.containsExactly("「調査の実施方法」(surveyExecution) は必須です");
		assertThat(violations(form(EXECUTION), Variables.putValue("surveyExecution", ""))).hasSize(1);
		assertThat(violations(form(EXECUTION), Variables.putValue("surveyExecution", "DIRECT"))).isEmpty();
	}

	@Test
	void aFieldHiddenByItsConditionIsNeitherRequiredNorChecked() {
		CamundaForm form = form(EXECUTION, CONTRACT);
		assertThat(violations(form, Variables.putValue("surveyExecution", "DIRECT"))).isEmpty();
		assertThat(violations(form, Variables.putValue("surveyExecution", "DIRECT").putValue("contractContent",
				"とても長い委託内容の説明文です"))).isEmpty();
		assertThat(violations(form, Variables.putValue("surveyExecution", "OUTSOURCED")))
			.containsExactly("「委託する業務の内容」(contractContent) は必須です");
		assertThat(violations(form, Variables.putValue("surveyExecution", "OUTSOURCED").putValue("contractContent",
				"とても長い委託内容の説明文です"))).containsExactly("「委託する業務の内容」(contractContent) は10文字以内で入力してください");
	}

	@Test
	void aConditionOnAMissingVariableSeesNullAsFormJsDoes() {
		// null != "OUTSOURCED" holds: hidden; not(null) is null, not true: shown
		assertThat(violations(form(CONTRACT), Variables.createVariables())).isEmpty();
		CamundaForm shownUnlessTrue = form("""
				{"key": "need", "type": "textfield", "label": "必要な資源", "validate": {"required": true},
				 "conditional": {"hide": "=not(resourcesNeeded)"}}""");
		assertThat(violations(shownUnlessTrue, Variables.createVariables())).hasSize(1);
		assertThat(violations(shownUnlessTrue, Variables.putValue("resourcesNeeded", false))).isEmpty();
	}

	@Test
	void groupsAreWalkedAndAHiddenGroupHidesItsFields() {
		CamundaForm form = form("""
				{"type": "group", "label": "会議", "components": [
				  {"key": "meetingNote", "type": "textarea", "label": "記録", "validate": {"required": true}},
				  {"type": "group", "label": "延期", "conditional": {"hide": "=meetingOutcome != \\"DEFERRED\\""},
				   "components": [{"key": "deferredReason", "type": "textfield", "label": "延期の理由",
				                   "validate": {"required": true}}]}]}""");
		assertThat(violations(form, Variables.putValue("meetingOutcome", "PLAN_AGREED")))
			.containsExactly("「記録」(meetingNote) は必須です");
		assertThat(violations(form, Variables.putValue("meetingOutcome", "DEFERRED").putValue("meetingNote", "済")))
			.containsExactly("「延期の理由」(deferredReason) は必須です");
	}

	@Test
	void numbersAreCheckedForMinMaxAndDecimalDigits() {
		CamundaForm form = form("""
				{"key": "budgetYen", "type": "number", "label": "予算（円）", "decimalDigits": 0,
				 "validate": {"required": true, "min": 1, "max": 1000000}}""");
		assertThat(violations(form, Variables.putValue("budgetYen", 0L)))
			.containsExactly("「予算（円）」(budgetYen) は1以上の値を入力してください");
		assertThat(violations(form, Variables.putValue("budgetYen", 2_000_000)))
			.containsExactly("「予算（円）」(budgetYen) は1000000以下の値を入力してください");
		assertThat(violations(form, Variables.putValue("budgetYen", 12.5)))
			.containsExactly("「予算（円）」(budgetYen) は整数で入力してください");
		assertThat(violations(form, Variables.putValue("budgetYen", "百万円")))
			.containsExactly("「予算（円）」(budgetYen) は数値で入力してください");
		assertThat(violations(form, Variables.putValue("budgetYen", 500_000.0))).isEmpty();
	}

	@Test
	void textIsCheckedForLengthAndPatternAsJavaScriptTestsIt() {
		CamundaForm form = form("""
				{"key": "recordingUrl", "type": "textfield", "label": "録画のURL",
				 "validate": {"minLength": 10, "maxLength": 30, "pattern": "^https?://.+"}}""");
		assertThat(violations(form, Variables.putValue("recordingUrl", "ftp://example.jp/video")))
			.containsExactly("「録画のURL」(recordingUrl) の形式が正しくありません");
		assertThat(violations(form, Variables.putValue("recordingUrl", "http://a")))
			.containsExactly("「録画のURL」(recordingUrl) は10文字以上で入力してください");
		assertThat(violations(form, Variables.putValue("recordingUrl", "https://example.jp/" + "v".repeat(20))))
			.containsExactly("「録画のURL」(recordingUrl) は30文字以内で入力してください");
		assertThat(violations(form, Variables.putValue("recordingUrl", "https://example.jp/v"))).isEmpty();
		assertThat(violations(form, Variables.createVariables())).isEmpty();
	}

	@Test
	void textWithAControlCharacterOrAnUnreadableSequenceIsRefusedAsOnOurPages() {
		CamundaForm form = form("""
				{"key": "note", "type": "textarea", "label": "メモ"}""");
		assertThat(violations(form, Variables.putValue("note", "前半\u0000後半")))
			.containsExactly("「メモ」(note) に使えない文字（制御文字、または読み取れない文字）が含まれています");
		assertThat(violations(form, Variables.putValue("note", "読めない\uFFFD"))).hasSize(1);
		assertThat(violations(form, Variables.putValue("note", "一行目\r\n\t二行目"))).isEmpty();
	}

	@Test
	void choicesMustBeAmongTheFormsValuesWhetherTextBooleanOrAJsonList() {
		CamundaForm form = form(EXECUTION, """
				{"key": "preHearingPlanned", "type": "radio", "label": "プレヒアリング", "validate": {"required": true},
				 "values": [{"label": "行う", "value": true}, {"label": "行わない", "value": false}]}""", """
				{"key": "inquiryGroups", "type": "checklist", "label": "照会先",
				 "values": [{"label": "減災推進課", "value": "disaster-reduction"}, {"label": "社協", "value": "social-welfare-council"}]}""");
		VariableMap valid = Variables.putValue("surveyExecution", "DIRECT").putValue("preHearingPlanned", false)
			.putValueTyped("inquiryGroups", SpinValues.jsonValue("[\"disaster-reduction\"]").create());
		assertThat(violations(form, valid)).isEmpty();
		VariableMap invalid = Variables.putValue("surveyExecution", "BOTH").putValue("preHearingPlanned", "yes")
			.putValueTyped("inquiryGroups", SpinValues.jsonValue("[\"disaster-reduction\",\"fire-service\"]").create());
		assertThat(violations(form, invalid)).containsExactly(
				"「調査の実施方法」(surveyExecution) に「BOTH」という選択肢はありません",
				"「プレヒアリング」(preHearingPlanned) に「yes」という選択肢はありません",
				"「照会先」(inquiryGroups) に「fire-service」という選択肢はありません");
	}

	@Test
	void aConditionOnAJsonListIsEvaluatedWithTheListsContents() {
		CamundaForm form = form("""
				{"key": "cityDepartmentNames", "type": "textfield", "label": "市の関係部局", "validate": {"required": true},
				 "conditional": {"hide": "=if partnersAchieved = null then true else not(list contains(partnersAchieved, \\"12\\"))"}}""");
		assertThat(violations(form, Variables.createVariables()
			.putValueTyped("partnersAchieved", SpinValues.jsonValue("[\"1\",\"8\"]").create()))).isEmpty();
		assertThat(violations(form, Variables.createVariables()
			.putValueTyped("partnersAchieved", SpinValues.jsonValue("[\"1\",\"12\"]").create()))).hasSize(1);
		assertThat(violations(form, Variables.putValue("partnersAchieved", List.of("12")))).hasSize(1);
	}

	@Test
	void datesAreIsoDatesAndDatePickersUseTheirDateLabel() {
		CamundaForm form = form("""
				{"key": "responseDeadline", "type": "datetime", "subtype": "date", "dateLabel": "回答期限",
				 "validate": {"required": true}}""");
		assertThat(violations(form, Variables.putValue("responseDeadline", "2024-01-19"))).isEmpty();
		String refusal = "「回答期限」(responseDeadline) は実在する日付を YYYY-MM-DD の形（例: 2027-02-15）で入力してください";
		// the Tasklist reads 2024/01/19 and 令和 dates in the browser and submits ISO dates: anything else is refused
		assertThat(violations(form, Variables.putValue("responseDeadline", "2024/01/19"))).containsExactly(refusal);
		assertThat(violations(form, Variables.putValue("responseDeadline", "R6.1.19"))).containsExactly(refusal);
		assertThat(violations(form, Variables.putValue("responseDeadline", "2027-02-30"))).containsExactly(refusal);
		assertThat(violations(form, Variables.putValue("responseDeadline", "2027-13-01"))).containsExactly(refusal);
		assertThat(violations(form, Variables.putValue("responseDeadline", 20270215))).containsExactly(refusal);
		assertThat(violations(form, Variables.putValue("responseDeadline", "2028-02-29"))).isEmpty();
		assertThat(violations(form, Variables.createVariables()))
			.containsExactly("「回答期限」(responseDeadline) は必須です");
	}

	@Test
	void disabledFieldsAreSkippedAndAnUntickedRequiredCheckboxIsMissing() {
		CamundaForm form = form("""
				{"key": "shownOnly", "type": "textfield", "label": "表示のみ", "disabled": true,
				 "validate": {"required": true}}""", """
				{"key": "consentGiven", "type": "checkbox", "label": "同意を得た", "validate": {"required": true}}""");
		assertThat(violations(form, Variables.putValue("consentGiven", false)))
			.containsExactly("「同意を得た」(consentGiven) は必須です");
		assertThat(violations(form, Variables.putValue("consentGiven", true))).isEmpty();
	}

	@Test
	void labelTemplatesAreFilledFromTheVariables() {
		CamundaForm form = form("""
				{"key": "settledCostKyen", "type": "number", "label": "{{fiscalYearLabel}}決算額（千円）",
				 "validate": {"required": true}}""");
		assertThat(violations(form, Variables.putValue("fiscalYearLabel", "令和2年度")))
			.containsExactly("「令和2年度決算額（千円）」(settledCostKyen) は必須です");
	}

	private static CamundaForm form(String... components) {
		String schema = "{\"id\": \"test\", \"components\": [" + String.join(",", components) + "]}";
		return CamundaForm.read(schema.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> violations(CamundaForm form, VariableMap variables) {
		return FormSubmissionListener.violations(form, variables, FEEL);
	}

}
