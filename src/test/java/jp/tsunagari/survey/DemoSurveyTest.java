package jp.tsunagari.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;

class DemoSurveyTest {

	private final SurveyStoreFixture store = new SurveyStoreFixture(Clock.systemDefaultZone());

	/** Starts as the process does: its start listener stores the survey under the instance id. */
	private final List<String> started = new ArrayList<>();

	private final SurveyWorkflow workflow = new SurveyWorkflow() {
		@Override
		public void responseReceived(String surveyId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public String start(String title) {
			String id = "demo-" + started.size();
			store.surveys.create(id, title, "support-organisations");
			started.add(id);
			return id;
		}

		@Override
		public boolean hasOpenTaskFor(String surveyId, String userId, Collection<String> groupIds) {
			return false;
		}
	};

	@Test
	void startsOneSurveyWithTheSampleRecipientsBesideOtherSurveysAndNotAgainAfterARestart() throws Exception {
		DemoSurvey demo = new DemoSurvey(workflow, store.surveys, store.recipients);
		store.surveys.create("history-1", "（デモ）過去の調査", "support-organisations");
		demo.run(null);
		demo.run(null);
		assertThat(started).containsExactly("demo-0");
		assertThat(store.surveys.find("demo-0").orElseThrow().title()).isEqualTo(DemoSurvey.TITLE);
		assertThat(store.recipients.list("demo-0")).extracting(Recipient::organisationName)
			.containsExactly("NPO法人つながりサポート", "子ども食堂みやぎの", "社会福祉法人 あおば福祉会");
	}

}
