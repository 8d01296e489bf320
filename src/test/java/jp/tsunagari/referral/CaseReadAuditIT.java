package jp.tsunagari.referral;

import static jp.tsunagari.referral.NabariReferral.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every read of a case's data through the REST API is in the case audit, reads by id as well as lists: the まちの保健室
 * of the case's district (ito) reads it through each endpoint that returns variable values, and each read adds a READ
 * row naming ito. Counting reads no value and adds none.
 */
class CaseReadAuditIT extends CasePrivacyCheck {

	@Test
	void everyEndpointThatReturnsCaseDataWritesAReadRow() {
		ProcessInstance referral = as("kimura", () -> new ReferralDriver(engine).report("03", "WELFARE_COMMISSIONER"));
		String instance = referral.getId();
		String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
		String variable = engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance)
			.variableName(PERSON_NAME).singleResult().getId();
		String historicVariable = engine.getHistoryService().createHistoricVariableInstanceQuery()
			.processInstanceId(instance).variableName(PERSON_NAME).singleResult().getId();
		String detail = engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance)
			.variableInstanceId(historicVariable).singleResult().getId();

		List<Read> reads = List.of(new Read(GET, "/variable-instance?processInstanceIdIn=" + instance),
				new Read(POST, "/variable-instance"),
				new Read(GET, "/variable-instance/" + variable),
				new Read(GET, "/history/variable-instance?processInstanceId=" + instance),
				new Read(POST, "/history/variable-instance"),
				new Read(GET, "/history/variable-instance/" + historicVariable),
				new Read(GET, "/history/detail?processInstanceId=" + instance),
				new Read(GET, "/history/detail/" + detail),
				new Read(GET, "/task/" + task + "/variables"),
				new Read(GET, "/task/" + task + "/variables/" + PERSON_NAME),
				new Read(GET, "/task/" + task + "/form-variables"),
				new Read(GET, "/process-instance/" + instance + "/variables"),
				new Read(GET, "/process-instance/" + instance + "/variables/" + PERSON_NAME),
				new Read(GET, "/execution/" + instance + "/localVariables"),
				new Read(GET, "/execution/" + instance + "/localVariables/" + PERSON_NAME));

		TestRestTemplate ito = rest.withBasicAuth("ito", "ito");
		String query = "{\"processInstanceIdIn\": [\"" + instance + "\"], \"processInstanceId\": \"" + instance + "\"}";
		for (Read read : reads) {
			long before = readsBy("ito", referral);
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.APPLICATION_JSON);
			ResponseEntity<String> answer = ito.exchange("/engine-rest" + read.path(), read.method(),
					new HttpEntity<>(read.method() == POST ? query : null, headers), String.class);
			assertThat(answer.getStatusCode()).as(read.toString()).isEqualTo(HttpStatus.OK);
			assertThat(answer.getBody()).as(read.toString()).contains("名張 花子");
			assertThat(readsBy("ito", referral)).as("READ rows after " + read).isGreaterThan(before);
		}

		long before = readsBy("ito", referral);
		assertThat(ito.getForEntity("/engine-rest/history/variable-instance/count?processInstanceId=" + instance,
				String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(readsBy("ito", referral)).as("a count reads no value").isEqualTo(before);
	}

	private record Read(HttpMethod method, String path) {
	}

	private long readsBy(String user, ProcessInstance referral) {
		return audit.entriesOf(referral.getBusinessKey()).stream()
			.filter(entry -> "READ".equals(entry.action()) && user.equals(entry.actor()))
			.count();
	}

}
