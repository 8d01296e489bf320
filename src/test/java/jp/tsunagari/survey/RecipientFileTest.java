package jp.tsunagari.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tsunagari.survey.InvalidRecipientFileException.Problem;

/** Recipient lists as municipal systems export them, and what a bad file gets back. */
class RecipientFileTest {

	private static final String LIST = """
			団体名,担当者,メールアドレス,住所,種別
			NPO法人つながり,山田 太郎,yamada@npo.example.jp,,NPO法人
			"社会福祉法人 あおば会",佐藤,,"仙台市青葉区本町1-2-3, 2階",社会福祉法人
			子ども食堂みやぎ,,info@kodomo.example.jp,,任意団体
			""";

	private final RecipientColumns columns = RecipientColumns.defaults();

	@Test
	void readsUtf8WithAndWithoutBom() throws Exception {
		assertThat(RecipientFile.read(LIST.getBytes(StandardCharsets.UTF_8), columns)).hasSize(3);
		List<NewRecipient> withBom = RecipientFile.read(("\uFEFF" + LIST).getBytes(StandardCharsets.UTF_8), columns);
		assertThat(withBom.get(1)).isEqualTo(new NewRecipient("社会福祉法人 あおば会", "佐藤", "",
				"仙台市青葉区本町1-2-3, 2階", "社会福祉法人"));
	}

	@Test
	void readsShiftJisAsExcelWritesIt() throws Exception {
		byte[] cp932 = LIST.replace("\n", "\r\n").getBytes(RecipientFile.CP932);
		assertThat(RecipientFile.read(cp932, columns)).extracting(NewRecipient::organisationName)
			.containsExactly("NPO法人つながり", "社会福祉法人 あおば会", "子ども食堂みやぎ");
	}

	@Test
	void mapsOtherHeaderSpellingsAndFullWidthHeaders() throws Exception {
		String export = "法人名,代表者名,Ｅメール,所在地\nNPO法人ささえ,鈴木,info@sasae.example.jp,\n";
		assertThat(RecipientFile.read(export.getBytes(StandardCharsets.UTF_8), columns))
			.containsExactly(new NewRecipient("NPO法人ささえ", "鈴木", "info@sasae.example.jp", "", ""));
	}

	@Test
	void theSampleOfferedOnTheRecipientPageImports() throws Exception {
		byte[] sample = new org.springframework.core.io.ClassPathResource("static/survey/recipients-sample.csv")
			.getContentAsByteArray();
		assertThat(RecipientFile.read(sample, columns)).extracting(NewRecipient::postalAddress)
			.containsExactly("", "仙台市青葉区本町1-2-3 あおばビル2階", "");
	}

	@Test
	void aFileInAnotherEncodingIsRejected() {
		assertThatThrownBy(() -> RecipientFile.read(LIST.getBytes(StandardCharsets.UTF_16), columns))
			.isInstanceOf(InvalidRecipientFileException.class)
			.hasMessageContaining("文字コードを判別できません");
	}

	@Test
	void aMissingColumnIsReportedOnTheHeaderRow() {
		assertThatThrownBy(() -> RecipientFile.read("担当者,メールアドレス\n山田,a@b.jp\n".getBytes(StandardCharsets.UTF_8), columns))
			.isInstanceOfSatisfying(InvalidRecipientFileException.class, ex -> assertThat(ex.problems())
				.containsExactly(new Problem(1, "団体名の列がありません（見出し: 団体名／組織名／法人名／名称／organisation name）。")));
	}

	@Test
	void everyBadRowIsReportedWithItsRowNumberAndReason() {
		String broken = """
				団体名,担当者,メールアドレス,住所,種別
				NPO法人つながり,山田,yamada@npo.example.jp,,NPO法人
				,佐藤,sato@example.jp,,
				あおば会,佐藤,not-an-address,,
				列が足りない団体,鈴木
				住所もメールもない団体,,,,
				""";
		assertThatThrownBy(() -> RecipientFile.read(broken.getBytes(StandardCharsets.UTF_8), columns))
			.isInstanceOfSatisfying(InvalidRecipientFileException.class, ex -> assertThat(ex.problems()).containsExactly(
					new Problem(3, "団体名が空です。"),
					new Problem(4, "メールアドレスの形式が正しくありません: not-an-address"),
					new Problem(5, "列の数（2）が見出し行（5）と一致しません。"),
					new Problem(6, "メールアドレスか住所のどちらかが必要です。")));
	}

	@Test
	void anUnterminatedQuoteIsReportedWhereItsRowStarts() {
		String broken = "団体名,メールアドレス\nNPO法人つながり,a@b.jp\n\"閉じていない団体,c@d.jp\nNPO法人ささえ,e@f.jp\n";
		assertThatThrownBy(() -> RecipientFile.read(broken.getBytes(StandardCharsets.UTF_8), columns))
			.isInstanceOfSatisfying(InvalidRecipientFileException.class,
					ex -> assertThat(ex.problems()).containsExactly(new Problem(3, "引用符（\"）が閉じられていません。")));
	}

	@Test
	void duplicatesBySameEmailOrSameNameAndAddressAreMergedAcrossImports() throws Exception {
		SurveyStoreFixture store = new SurveyStoreFixture(Clock.systemDefaultZone());
		store.surveys.create("s1", "調査", "support-organisations");
		Recipients.Addition first = store.recipients.add("s1", RecipientFile.read(LIST.getBytes(StandardCharsets.UTF_8), columns), "sato");
		String more = """
				団体名,担当者,メールアドレス,住所
				NPO法人つながり（再掲）,,YAMADA@npo.example.jp,仙台市宮城野区1-1
				社会福祉法人　あおば会,,aoba@example.jp,"仙台市青葉区本町１－２－３, 2階"
				NPO法人ささえ,鈴木,info@sasae.example.jp,
				""";
		Recipients.Addition second = store.recipients.add("s1", RecipientFile.read(more.getBytes(StandardCharsets.UTF_8), columns), "sasaki");
		assertThat(first).isEqualTo(new Recipients.Addition(3, 0));
		assertThat(second).isEqualTo(new Recipients.Addition(1, 2));
		assertThat(store.recipients.list("s1")).extracting(Recipient::organisationName, Recipient::email, Recipient::postalAddress)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("NPO法人ささえ", "info@sasae.example.jp", ""),
					org.assertj.core.groups.Tuple.tuple("NPO法人つながり", "yamada@npo.example.jp", "仙台市宮城野区1-1"),
					org.assertj.core.groups.Tuple.tuple("子ども食堂みやぎ", "info@kodomo.example.jp", ""),
					org.assertj.core.groups.Tuple.tuple("社会福祉法人 あおば会", "aoba@example.jp", "仙台市青葉区本町1-2-3, 2階"));
	}

}
