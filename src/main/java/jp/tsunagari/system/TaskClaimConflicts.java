package jp.tsunagari.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.json.JsonParser;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.json.JsonWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A claim that lost a race is the user's news, not a server error. Camunda's REST resources (under
 * {@code /engine-rest} and the Tasklist's {@code /camunda/api/engine}) answer a claim of a task someone else has
 * just claimed with 500 (TaskAlreadyClaimedException, or an OptimisticLockingException when both claimed at once), a
 * double claim by one user with 500 and the SQL of a duplicate key (each claim grants the assignee the task, in
 * ACT_RU_AUTHORIZATION), and a claim of a task completed meanwhile with 500 ("task is null") or 403. When a claim
 * fails so, this looks at where the task now stands, committed, and answers for that: gone → 404, held by someone
 * else → 409, each in Camunda's error shape with a Japanese message the Tasklist shows; held by the claimer → the
 * claim's own 204. Any other failure keeps Camunda's answer.
 */
class TaskClaimConflicts extends OncePerRequestFilter {

	static final String GONE = "このタスクはすでに完了しているか、取り消されています。タスクの一覧を更新してください。";

	static final String TAKEN = "このタスクは、すでに他の職員が担当しています。タスクの一覧を更新してください。";

	private static final Pattern CLAIM = Pattern.compile("/task/([^/]+)/claim$");

	private static final JsonParser JSON = JsonParserFactory.getJsonParser();

	private final TaskAssignments assignments;

	TaskClaimConflicts(TaskAssignments assignments) {
		this.assignments = assignments;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !CLAIM.matcher(request.getRequestURI()).find();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingRequestWrapper claim = new ContentCachingRequestWrapper(request);
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		chain.doFilter(claim, answer);
		if (answer.getStatus() >= HttpStatus.INTERNAL_SERVER_ERROR.value() || refusedByTheEngine(answer)) {
			Matcher task = CLAIM.matcher(request.getRequestURI());
			task.find();
			Optional<TaskAssignments.Assignment> now = assignments.find(task.group(1));
			if (now.isEmpty()) {
				refuse(answer, HttpStatus.NOT_FOUND, "TaskNotFound", GONE);
			}
			else if (now.get().assignee() != null) {
				if (Objects.equals(now.get().assignee(), claimer(claim))) {
					answer.resetBuffer();
					answer.setStatus(HttpStatus.NO_CONTENT.value());
				}
				else {
					refuse(answer, HttpStatus.CONFLICT, "TaskAlreadyClaimed", TAKEN);
				}
			}
		}
		answer.copyBodyToResponse();
	}

	/** The engine's 403 (its error body), not a refusal at the door such as a missing CSRF token. */
	private static boolean refusedByTheEngine(ContentCachingResponseWrapper answer) {
		if (answer.getStatus() != HttpStatus.FORBIDDEN.value()) {
			return false;
		}
		return "AuthorizationException".equals(field(answer.getContentAsByteArray(), "type"));
	}

	/** The user the claim was for, as the request body names them. */
	private static String claimer(ContentCachingRequestWrapper claim) {
		return field(claim.getContentAsByteArray(), "userId");
	}

	/** A text field of a JSON object; null if the body is none. */
	private static String field(byte[] body, String name) {
		try {
			return JSON.parseMap(new String(body, StandardCharsets.UTF_8)).get(name) instanceof String value ? value
					: null;
		}
		catch (IllegalArgumentException notAnObject) {
			return null;
		}
	}

	private static void refuse(ContentCachingResponseWrapper answer, HttpStatus status, String type, String message)
			throws IOException {
		answer.resetBuffer();
		answer.setStatus(status.value());
		answer.setContentType(MediaType.APPLICATION_JSON_VALUE);
		answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
		answer.getOutputStream()
			.write(JsonWriter.standard().writeToString(Map.of("type", type, "message", message))
				.getBytes(StandardCharsets.UTF_8));
	}

}
