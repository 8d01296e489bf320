package jp.tsunagari.system;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Abuse protection of every page under {@code /public/} (survey answers, event registration and questionnaire), where
 * nobody signs in: at most {@code tsunagari.public-pages.rate-limit-per-minute} requests per client address and
 * minute (fixed window, in memory: per application node, reset on restart; behind a proxy set
 * server.forward-headers-strategy so the address is the client's; signed-in staff are not counted; raise it for an
 * event whose audience answers through one venue network), and request bodies of at most 64 KiB (17 questions
 * with 2,000-character answers fit easily). A body must declare its length: browsers always do for a form, and a
 * chunked body could otherwise pass the limit unread.
 */
class PublicPageGuard extends OncePerRequestFilter {

	static final int MAX_BODY_BYTES = 64 * 1024;

	private final int perMinute;

	private final Clock clock;

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private volatile long window;

	PublicPageGuard(int perMinute, Clock clock) {
		this.perMinute = perMinute;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long minute = clock.millis() / 60_000;
		if (minute != window) {
			// a new minute: forget the last one (also bounds the memory an attacker can fill)
			counts.clear();
			window = minute;
		}
		// staff signed in (typing paper questionnaires) are not counted: they share the office's address
		if (request.getUserPrincipal() == null
				&& counts.computeIfAbsent(request.getRemoteAddr(), address -> new AtomicInteger()).incrementAndGet() > perMinute) {
			refuse(response, HttpStatus.TOO_MANY_REQUESTS, "アクセスが集中しています。1分ほどおいてから、もう一度お試しください。");
			return;
		}
		if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
			refuse(response, HttpStatus.LENGTH_REQUIRED, "送信された内容の長さが分かりません。画面から、もう一度送信してください。");
			return;
		}
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "送信された内容が大きすぎます。入力を短くしてください。");
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
		response.setStatus(status.value());
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter().write(message);
	}

}
