package jp.tsunagari.survey;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.tsunagari.survey.InvalidRecipientFileException.Problem;

/**
 * A recipient list as municipal systems export it: CSV in UTF-8 (with or without BOM) or Shift_JIS/CP932 (what
 * Excel writes for 「CSV（コンマ区切り）」 on a Japanese Windows), a header row mapped by {@link RecipientColumns}.
 * The file is accepted whole or not at all: every bad row is reported with its row number and reason.
 */
final class RecipientFile {

	static final Charset CP932 = Charset.forName("windows-31j");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private RecipientFile() {
	}

	static List<NewRecipient> read(byte[] content, RecipientColumns columns) throws InvalidRecipientFileException {
		String text = decode(content)
			.orElseThrow(() -> rejected(0, "文字コードを判別できません。UTF-8 または Shift_JIS（Excel の CSV）で保存してください。"));
		List<CsvRecords.Record> records;
		try {
			records = CsvRecords.parse(text);
		}
		catch (CsvRecords.UnterminatedQuoteException ex) {
			throw rejected(ex.line(), "引用符（\"）が閉じられていません。");
		}
		if (records.isEmpty()) {
			throw rejected(0, "ファイルが空です。");
		}
		List<String> header = records.get(0).cells();
		Optional<Integer> name = RecipientColumns.indexOf(header, columns.organisationName());
		Optional<Integer> email = RecipientColumns.indexOf(header, columns.email());
		Optional<Integer> address = RecipientColumns.indexOf(header, columns.postalAddress());
		List<Problem> problems = new ArrayList<>();
		if (name.isEmpty()) {
			problems.add(new Problem(1, "団体名の列がありません（見出し: " + String.join("／", columns.organisationName()) + "）。"));
		}
		if (email.isEmpty() && address.isEmpty()) {
			problems.add(new Problem(1, "メールアドレスの列も住所の列もありません。"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRecipientFileException(problems);
		}
		Optional<Integer> contact = RecipientColumns.indexOf(header, columns.contactPerson());
		Optional<Integer> category = RecipientColumns.indexOf(header, columns.category());
		List<NewRecipient> recipients = new ArrayList<>();
		for (CsvRecords.Record record : records.subList(1, records.size())) {
			if (record.cells().size() != header.size()) {
				problems.add(new Problem(record.line(),
						"列の数（" + record.cells().size() + "）が見出し行（" + header.size() + "）と一致しません。"));
				continue;
			}
			NewRecipient recipient = new NewRecipient(cell(record, name), cell(record, contact), cell(record, email),
					cell(record, address), cell(record, category));
			validate(recipient).forEach(reason -> problems.add(new Problem(record.line(), reason)));
			recipients.add(recipient);
		}
		if (!problems.isEmpty()) {
			throw new InvalidRecipientFileException(problems);
		}
		if (recipients.isEmpty()) {
			throw rejected(0, "宛先が1件もありません。");
		}
		return recipients;
	}

	/** What is wrong with a recipient, in Japanese naming the field; empty when it can be stored. */
	static List<String> validate(NewRecipient recipient) {
		List<String> reasons = new ArrayList<>();
		if (recipient.organisationName().isEmpty()) {
			reasons.add("団体名が空です。");
		}
		if (recipient.email().isEmpty() && recipient.postalAddress().isEmpty()) {
			reasons.add("メールアドレスか住所のどちらかが必要です。");
		}
		if (!recipient.email().isEmpty() && !EMAIL.matcher(recipient.email()).matches()) {
			reasons.add("メールアドレスの形式が正しくありません: " + recipient.email());
		}
		tooLong(reasons, "団体名", recipient.organisationName(), 200);
		tooLong(reasons, "担当者", recipient.contactPerson(), 100);
		tooLong(reasons, "メールアドレス", recipient.email(), 254);
		tooLong(reasons, "住所", recipient.postalAddress(), 300);
		tooLong(reasons, "種別", recipient.category(), 100);
		return reasons;
	}

	/** Strict UTF-8 first (a CP932 file with Japanese text is almost never valid UTF-8), then strict CP932. */
	static Optional<String> decode(byte[] content) {
		for (Charset charset : List.of(StandardCharsets.UTF_8, CP932)) {
			try {
				String text = charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content))
					.toString();
				// NUL never occurs in a text export; UTF-16 or a binary file decodes to it
				if (text.indexOf('\u0000') < 0) {
					return Optional.of(text);
				}
			}
			catch (CharacterCodingException ex) {
				// try the next encoding
			}
		}
		return Optional.empty();
	}

	private static void tooLong(List<String> reasons, String field, String value, int max) {
		if (value.length() > max) {
			reasons.add(field + "が長すぎます（" + max + "文字まで）。");
		}
	}

	private static String cell(CsvRecords.Record record, Optional<Integer> column) {
		return column.map(index -> record.cells().get(index)).orElse("");
	}

	private static InvalidRecipientFileException rejected(int row, String reason) {
		return new InvalidRecipientFileException(List.of(new Problem(row, reason)));
	}

}
