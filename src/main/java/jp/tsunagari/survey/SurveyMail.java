package jp.tsunagari.survey;

import org.springframework.mail.javamail.JavaMailSender;

import jp.tsunagari.system.JapaneseDateFormats;
import jp.tsunagari.system.PlainTextMail;

/** Invitation and reminder e-mails (plain text, UTF-8) with the recipient's personal link. */
class SurveyMail {

	private static final JapaneseDateFormats DATES = new JapaneseDateFormats();

	private final PlainTextMail mail;

	SurveyMail(JavaMailSender sender, String from) {
		this.mail = new PlainTextMail(sender, from);
	}

	void invite(Survey survey, Recipient recipient, String link) {
		send(recipient, "【調査ご協力のお願い】" + survey.title(), salutation(recipient)
				+ "孤独・孤立対策の推進にあたり、「" + survey.title() + "」へのご協力をお願いいたします。\n"
				+ "下記の貴団体専用のページからご回答ください（回答期限: " + DATES.wareki(survey.responseDeadline()) + "）。\n\n"
				+ link + "\n\n" + footer());
	}

	void remind(Survey survey, Recipient recipient, String link) {
		send(recipient, "【再送・ご回答のお願い】" + survey.title(), salutation(recipient)
				+ "先日ご依頼した「" + survey.title() + "」について、まだご回答を確認できておりません。\n"
				+ "お忙しいところ恐縮ですが、" + DATES.wareki(survey.responseDeadline()) + "までに下記のページからご回答ください。\n"
				+ "行き違いでご回答済みの場合はご容赦ください。\n\n" + link + "\n\n" + footer());
	}

	private void send(Recipient recipient, String subject, String text) {
		mail.send(recipient.email(), "recipient " + recipient.id(), subject, text);
	}

	private static String salutation(Recipient recipient) {
		String person = recipient.contactPerson() == null || recipient.contactPerson().isBlank() ? "ご担当者"
				: recipient.contactPerson();
		return recipient.organisationName() + "\n" + person + " 様\n\n";
	}

	private static String footer() {
		return "このリンクは貴団体専用です。他の方に転送しないでください。\n本メールは送信専用です。";
	}

}
