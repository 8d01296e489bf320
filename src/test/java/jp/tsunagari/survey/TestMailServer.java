package jp.tsunagari.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/** GreenMail on a free port (tests of several worktrees run on one machine), and a sender pointing at it. */
final class TestMailServer {

	private TestMailServer() {
	}

	static GreenMailExtension onFreePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return new GreenMailExtension(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JavaMailSenderImpl senderTo(GreenMailExtension greenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(greenMail.getSmtp().getPort());
		return sender;
	}

}
