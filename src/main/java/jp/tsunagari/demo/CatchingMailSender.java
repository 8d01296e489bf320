package jp.tsunagari.demo;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo's {@code JavaMailSender}: callers build and send their MIME messages as against a real server (the
 * survey workers take their normal path), but each message is stored in {@link CaughtMail} instead of going out.
 */
class CatchingMailSender extends JavaMailSenderImpl {

	private final CaughtMail caught;

	CatchingMailSender(CaughtMail caught) {
		this.caught = caught;
		setDefaultEncoding("UTF-8");
	}

	@Override
	protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) throws MailException {
		for (MimeMessage message : mimeMessages) {
			try {
				message.saveChanges();
				caught.store(addresses(message.getFrom()), addresses(message.getAllRecipients()), message.getSubject(),
						text(message.getContent()));
			}
			catch (MessagingException | IOException ex) {
				throw new MailParseException("The demo cannot read the mail it caught", ex);
			}
		}
	}

	private static String addresses(Address[] addresses) {
		return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
	}

	/** Our mails are plain text; anything else is kept as its type, so the page shows that it was caught. */
	private static String text(Object content) {
		return content instanceof String plain ? plain : "（" + content.getClass().getSimpleName() + " の本文）";
	}

}
