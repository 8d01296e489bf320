package jp.tsunagari.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/** GreenMail on a free port (tests of several worktrees run on one machine), and a sender pointing at it. */
public final class TestMailServer {

	private TestMailServer() {
	}

	public static GreenMailExtension onFreePort() {
		return on(freePort());
	}

	/** A server on a port known before it starts (an application context may need it first). */
	public static GreenMailExtension on(int port) {
		return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static JavaMailSenderImpl senderTo(GreenMailExtension greenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(greenMail.getSmtp().getPort());
		// the HELO name, so that no connection waits for a reverse lookup of this machine's name
		sender.getJavaMailProperties().setProperty("mail.smtp.localhost", "localhost");
		return sender;
	}

}
