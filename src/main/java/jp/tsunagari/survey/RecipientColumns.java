package jp.tsunagari.survey;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which header names of a municipal export mean which recipient field. Each field accepts several names, because
 * every system exports its own (団体名, 法人名, 名称 ...); headers are compared after NFKC normalisation, so full-width
 * and half-width spellings match. Configured under {@code tsunagari.survey.csv-headers}.
 */
record RecipientColumns(List<String> organisationName, List<String> contactPerson, List<String> email,
		List<String> postalAddress, List<String> category) {

	static RecipientColumns defaults() {
		return new RecipientColumns(List.of("団体名", "組織名", "法人名", "名称", "organisation name"),
				List.of("担当者", "担当者名", "代表者", "代表者名", "contact person"),
				List.of("メールアドレス", "電子メール", "Eメール", "e-mail", "email"),
				List.of("住所", "所在地", "送付先住所", "postal address"), List.of("種別", "分類", "区分", "法人種別", "category"));
	}

	/** The index of the first header cell that is one of the names, if any. */
	static Optional<Integer> indexOf(List<String> header, List<String> names) {
		for (int i = 0; i < header.size(); i++) {
			String cell = normalise(header.get(i));
			if (names.stream().map(RecipientColumns::normalise).anyMatch(cell::equals)) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip()
			.toLowerCase(Locale.ROOT);
	}

}
