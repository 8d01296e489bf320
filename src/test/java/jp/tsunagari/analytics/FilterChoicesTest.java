package jp.tsunagari.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.ui.ExtendedModelMap;

import jp.tsunagari.system.InMemoryEngine;

/** The department filter offers departments only, in the order people look for them. */
class FilterChoicesTest {

	private ProcessEngine engine;

	private FilterChoices choices;

	@BeforeEach
	void startEngine() {
		engine = InMemoryEngine.start();
		choices = new FilterChoices(new HistoryNames(new JdbcTemplate(
				((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource())));
	}

	@AfterEach
	void closeEngine() {
		engine.close();
	}

	@Test
	void departmentsOnlyWithTheDistrictsInTheirNumbersOrder() {
		// as the directory stores them: the kind as the group's type, the technical groups as SYSTEM (ids without the
		// directory's hyphens: this engine has Camunda's default id pattern)
		group("machihokenshitsu10", "まちの保健室（第10地区）", "DISTRICT_OFFICE");
		group("machihokenshitsu02", "まちの保健室（第2地区）", "DISTRICT_OFFICE");
		group("machihokenshitsu15", "まちの保健室（第15地区）", "DISTRICT_OFFICE");
		group("machihokenshitsu01", "まちの保健室（第1地区）", "DISTRICT_OFFICE");
		group("community03", "地域づくり組織（第３地区）", "EXTERNAL_ORGANISATION");
		group("community12", "地域づくり組織（第12地区）", "EXTERNAL_ORGANISATION");
		group("socialaffairs", "健康福祉局 社会課", "CITY_SECTION");
		group("generalaffairs", "健康福祉局 総務課", "CITY_SECTION");
		group("eventcontractor", "イベント委託事業者", "CONTRACTOR");
		group("subcommittee", "社会福祉審議会 分科会", "COUNCIL");
		group("managers", "管理職（進捗管理）", "ROLE");
		group("analysts", "分析担当", "ROLE");
		group("camunda-admin", "システム管理者", "SYSTEM");
		group("externaltaskworkers", "外部タスクワーカー", "SYSTEM");
		group("madeinadmin", "Admin で作ったグループ", null);

		ExtendedModelMap model = new ExtendedModelMap();
		choices.addTo(model);

		@SuppressWarnings("unchecked")
		Map<String, String> departments = (Map<String, String>) model.get("departments");
		assertThat(departments).doesNotContainKeys("managers", "analysts", "camunda-admin", "externaltaskworkers",
				"madeinadmin");
		// kana before kanji in Java's Japanese collation (イ before ま); the numbers by value, in either width
		assertThat(List.copyOf(departments.values())).containsExactly("イベント委託事業者", "まちの保健室（第1地区）",
				"まちの保健室（第2地区）", "まちの保健室（第10地区）", "まちの保健室（第15地区）", "健康福祉局 社会課", "健康福祉局 総務課",
				"社会福祉審議会 分科会", "地域づくり組織（第３地区）", "地域づくり組織（第12地区）");
	}

	private void group(String id, String name, String type) {
		IdentityService identity = engine.getIdentityService();
		Group group = identity.newGroup(id);
		group.setName(name);
		group.setType(type);
		identity.saveGroup(group);
	}

}
