package jp.tsunagari.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.json.JsonParseException;
import org.springframework.boot.json.JsonParser;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API's lists and counts of historic variables and details ({@code /engine-rest/history/variable-instance},
 * {@code /history/detail}) must name what they read: a process instance, execution, task, activity instance or
 * variable. With per-instance permissions the engine checks every such row against the caller's grants through a
 * join with every task of its instance, so the cost grows with the whole history and not with the page: on the demo
 * data one unnarrowed page of 10 rows took as long as one of 300 (about a minute on a busy machine), one process
 * instance's took seconds. A list without one of the parameters is refused with 400 naming them, before the engine
 * is asked (in the query string, or in the JSON body of the POST forms).
 */
class NarrowedHistoryVariables extends OncePerRequestFilter {

	static final List<String> NARROWING = List.of("processInstanceId", "processInstanceIdIn", "executionId",
			"executionIdIn", "taskId", "taskIdIn", "activityInstanceId", "activityInstanceIdIn", "variableInstanceId",
			"caseInstanceId", "caseExecutionId", "caseExecutionIdIn");

	/** The lists and counts this filter guards, below the REST API's path. */
	static final List<String> LISTS = List.of("/history/variable-instance", "/history/variable-instance/count",
			"/history/detail", "/history/detail/count");

	private static final JsonParser JSON = JsonParserFactory.getJsonParser();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest read = request;
		boolean narrowed = NARROWING.stream().anyMatch(name -> present(request.getParameter(name)));
		if (!narrowed && "POST".equals(request.getMethod())) {
			byte[] body = request.getInputStream().readAllBytes();
			read = new RereadableBody(request, body);
			narrowed = narrowedBody(body);
		}
		if (!narrowed) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType("application/json;charset=UTF-8");
			response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"processInstanceId: "
					+ "historic variables and details are read for one process instance (or execution, task, activity "
					+ "instance or variable) at a time; give one of " + String.join(", ", NARROWING) + "\"}");
			return;
		}
		chain.doFilter(read, response);
	}

	private static boolean narrowedBody(byte[] body) {
		Map<String, Object> query;
		try {
			query = JSON.parseMap(new String(body, StandardCharsets.UTF_8));
		}
		catch (JsonParseException notAnObject) {
			// the REST API answers an unreadable body with its own 400
			return true;
		}
		return NARROWING.stream().map(query::get).anyMatch(NarrowedHistoryVariables::given);
	}

	private static boolean given(Object value) {
		return value instanceof Collection<?> values ? !values.isEmpty() : value != null && present(value.toString());
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/** The request with its body read once already, for the REST API to read again. */
	private static final class RereadableBody extends HttpServletRequestWrapper {

		private final byte[] body;

		RereadableBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("blocking reads only");
				}
			};
		}

	}

}
