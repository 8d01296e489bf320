package jp.tsunagari.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A bound on the REST API's history lists ({@code /engine-rest/history/...}), which a signed-in user could otherwise
 * use to tie up the engine: with per-instance permissions the engine checks each history row against the caller's
 * grants through a join over the instance's tasks, so one unbounded or large page of {@code /history/detail} held a
 * connection for a minute on the demo data. A page larger than the maximum is refused with 400 naming
 * {@code maxResults}; a request without {@code maxResults} gets the maximum (page on with {@code firstResult}).
 * Counts, reports and reads by id ignore the parameter.
 */
class HistoryPageLimit extends OncePerRequestFilter {

	static final String MAX_RESULTS = "maxResults";

	private final int maximum;

	HistoryPageLimit(int maximum) {
		this.maximum = maximum;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String asked = request.getParameter(MAX_RESULTS);
		if (asked == null) {
			chain.doFilter(new DefaultPage(request, maximum), response);
			return;
		}
		if (larger(asked)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType("application/json;charset=UTF-8");
			response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"" + MAX_RESULTS
					+ ": at most " + maximum + " rows per request on the history endpoints; page with firstResult\"}");
			return;
		}
		chain.doFilter(request, response);
	}

	/** Whether the value asks for more than the maximum; what is not a number is left to the REST API's own 400. */
	private boolean larger(String asked) {
		try {
			return Long.parseLong(asked.trim()) > maximum;
		}
		catch (NumberFormatException notANumber) {
			return false;
		}
	}

	/** The request as if it asked for the maximum page: Jersey reads the query string, servlets the parameters. */
	private static final class DefaultPage extends HttpServletRequestWrapper {

		private final String maximum;

		DefaultPage(HttpServletRequest request, int maximum) {
			super(request);
			this.maximum = String.valueOf(maximum);
		}

		@Override
		public String getQueryString() {
			String query = super.getQueryString();
			return (query == null || query.isEmpty() ? "" : query + "&") + MAX_RESULTS + "=" + maximum;
		}

		@Override
		public String getParameter(String name) {
			return MAX_RESULTS.equals(name) ? maximum : super.getParameter(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
			parameters.put(MAX_RESULTS, new String[] { maximum });
			return Collections.unmodifiableMap(parameters);
		}

		@Override
		public String[] getParameterValues(String name) {
			return MAX_RESULTS.equals(name) ? new String[] { maximum } : super.getParameterValues(name);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

	}

}
