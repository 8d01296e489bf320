package jp.tsunagari.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import jp.tsunagari.calendar.WorkingDays;

/** What the test mail server received of the task mails, and when the next digest goes out. */
final class TaskMailbox {

	private TaskMailbox() {
	}

	/** The mails to {@code to} whose subject contains {@code subjectPart}, in the order received. */
	static List<MimeMessage> mails(GreenMailExtension server, String to, String subjectPart) {
		return Arrays.stream(server.getReceivedMessages()).filter(mail -> {
			try {
				return mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
						&& mail.getSubject().contains(subjectPart);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	static String body(MimeMessage mail) {
		try {
			return mail.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first working day whose 08:30 (the default digest time) is after {@code time}. */
	static LocalDate nextDigestDay(WorkingDays workingDays, LocalDateTime time) {
		LocalDate day = time.toLocalDate();
		while (!workingDays.isWorkingDay(day) || !day.atTime(8, 30).isAfter(time)) {
			day = day.plusDays(1);
		}
		return day;
	}

}
