package jp.tsunagari.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Seed replay: the Sendai support-organisation survey (454 sent, 132 answered, 29%, 001:L1495-L1499; the answer
 * counts behind the reported shares, 001:L1515-L1528) and the Toyama NPO survey (700 sent, 193 answered,
 * 001:L2892-L2899), stored and tabulated as a real survey is.
 */
class SurveyReplayTest {

	private final SurveyStoreFixture store = new SurveyStoreFixture(Clock.systemDefaultZone());

	@Test
	void sendaiSupportOrganisationSurvey() throws Exception {
		store.surveys.create("sendai", "支援団体調査", "support-organisations");
		List<String> ids = recipients("sendai", 454);
		for (int i = 0; i < 132; i++) {
			Map<String, List<String>> answers = new HashMap<>();
			// every respondent answered this one (93/132 = 70.5%)
			answers.put("q13", orOther(choose(i, 93, "人的支援・金銭的支援", 69, "支援団体等に関する情報の取りまとめ", 59, "官民連携の取組の推進")));
			answers.put("q15", List.of(i < 86 ? "interested" : "undecided"));
			answers.put("q16", List.of(i % 2 == 0 ? "yes" : "no"));
			if (i < 58) {
				// 58 organisations answered this question (39/58 = 67.2%); those that chose none of the four chose その他
				answers.put("q9", orOther(choose(i, 39, "心の健康", 33, "障害者", 32, "生活困窮", 32, "高齢者")));
			}
			List<String> cases = choose(i, 29, "カウンセリング等", 28, "行政や適切なサービスへつなぐ等");
			if (!cases.isEmpty()) {
				answers.put("q10", cases);
			}
			if (i < 3) {
				answers.put("q17", List.of("=情報交換の場がほしい"));
			}
			assertThat(store.responses.save(ids.get(i), answers)).isTrue();
		}

		Tabulation tabulation = store.results.tabulate("sendai");
		assertThat(tabulation.recipients()).isEqualTo(454);
		assertThat(tabulation.responses()).isEqualTo(132);
		assertThat(tabulation.responseRate()).isEqualByComparingTo("29.1");
		assertThat(tabulation.responseRate().setScale(0, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("29");
		assertThat(shares(tabulation, "q9")).containsEntry("心の健康", new BigDecimal("67.2"))
			.containsEntry("障害者", new BigDecimal("56.9")).containsEntry("生活困窮", new BigDecimal("55.2"))
			.containsEntry("高齢者", new BigDecimal("55.2"));
		assertThat(shares(tabulation, "q13")).containsEntry("人的支援・金銭的支援", new BigDecimal("70.5"))
			.containsEntry("支援団体等に関する情報の取りまとめ", new BigDecimal("52.3"))
			.containsEntry("官民連携の取組の推進", new BigDecimal("44.7"));
		assertThat(result(tabulation, "q10").options()).extracting(Tabulation.OptionCount::count).startsWith(29, 28);
		assertThat(result(tabulation, "q15").options().get(0).count()).isEqualTo(86);
		assertThat(result(tabulation, "q17").texts()).hasSize(3);

		SurveyResults.Flags flags = store.results.flagContacts("sendai");
		assertThat(flags).isEqualTo(new SurveyResults.Flags(86, 66));
		assertThat(new JdbcSurveyContacts(store.jdbc).candidateMembers()).hasSize(86);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TabulationExport.xlsx(tabulation)))) {
			Sheet counts = workbook.getSheet("集計");
			assertThat(counts.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(454);
			assertThat(counts.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(132);
			assertThat(counts.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(29.1);
			assertThat(workbook.getSheet("自由記述").getRow(1).getCell(2).getStringCellValue()).isEqualTo("=情報交換の場がほしい");
		}
		String csv = new String(TabulationExport.csv(tabulation), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF\"配布数\",\"454\",\"回答数\",\"132\",\"回答率(%)\",\"29.1\"\r\n")
			.contains("\"q9\",\"孤独・孤立の状態にあると思われる方が抱える課題を選んでください（複数選択可）。\",\"心の健康\",\"39\",\"67.2\",\"58\"")
			// a formula in an answer is written as text, never run by the spreadsheet
			.contains("\"'=情報交換の場がほしい\"");
	}

	@Test
	void toyamaNpoSurvey() {
		store.surveys.create("toyama", "NPO等における孤独・孤立にかかる取組み調査", "support-organisations");
		List<String> ids = recipients("toyama", 700);
		for (int i = 0; i < 193; i++) {
			store.responses.save(ids.get(i), Map.of("q15", List.of("interested")));
		}
		Tabulation tabulation = store.results.tabulate("toyama");
		assertThat(tabulation.responses()).isEqualTo(193);
		assertThat(tabulation.responseRate()).isEqualByComparingTo("27.6");
		assertThat(tabulation.summary()).startsWith("配布数 700件、回答数 193件、回答率 27.6%");
	}

	private List<String> recipients(String surveyId, int count) {
		List<NewRecipient> list = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			list.add(new NewRecipient("団体" + i, "", "org" + i + "@example.jp", "", "NPO法人"));
		}
		assertThat(store.recipients.add(surveyId, list, "replay").added()).isEqualTo(count);
		return store.recipients.list(surveyId).stream().map(Recipient::id).toList();
	}

	/** The options respondent i chose, when the k-th option was chosen by the first n_k respondents. */
	private static List<String> choose(int respondent, Object... countsAndOptions) {
		List<String> chosen = new ArrayList<>();
		for (int k = 0; k < countsAndOptions.length; k += 2) {
			if (respondent < (Integer) countsAndOptions[k]) {
				chosen.add((String) countsAndOptions[k + 1]);
			}
		}
		return chosen;
	}

	private static List<String> orOther(List<String> chosen) {
		return chosen.isEmpty() ? List.of("その他") : chosen;
	}

	private static Tabulation.QuestionResult result(Tabulation tabulation, String questionId) {
		return tabulation.questions().stream().filter(r -> r.question().id().equals(questionId)).findFirst().orElseThrow();
	}

	private static Map<String, BigDecimal> shares(Tabulation tabulation, String questionId) {
		Map<String, BigDecimal> shares = new HashMap<>();
		result(tabulation, questionId).options().forEach(option -> shares.put(option.label(), option.percent()));
		return shares;
	}

}
