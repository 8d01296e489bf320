package jp.tsunagari.system;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Our mails (plain text, UTF-8) through the configured sender; without {@code spring.mail.host} there is none, and
 * sending fails (a worker's retries and incident take over) while start-up does not.
 */
public class PlainTextMail {

	private final JavaMailSender sender;

	private final String from;

	/** @param sender null when no mail server is configured */
	public PlainTextMail(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	/** @param recipient named in a failure (an id, never the address) */
	public void send(String to, String recipient, String subject, String text) {
		if (sender == null) {
			throw new MailSendException("No mail server is configured (spring.mail.host)");
		}
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Cannot prepare the mail to " + recipient, ex);
		}
		sender.send(message);
	}

}
