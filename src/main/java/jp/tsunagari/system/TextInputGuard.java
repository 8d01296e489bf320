package jp.tsunagari.system;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;
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
 * Text typed into our pages is stored, exported to Excel and CSV, mailed and printed, so what cannot be shown is
 * refused at the door and the rest is stored in one form: a parameter holding a control character (NUL and the like;
 * tab and line breaks are text) or an unreadable byte sequence (which the container decodes to U+FFFD) is answered
 * with 400 naming the parameter, before any feature sees it; every other value reaches the features in Unicode
 * normalisation form NFC, so the same name typed on two keyboards compares equal. The Camunda webapps and REST API
 * are not ours and are left alone (their forms are checked by jp.tsunagari.forms).
 */
class TextInputGuard extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> normalised = new LinkedHashMap<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String[] values = parameter.getValue().clone();
			for (int i = 0; i < values.length; i++) {
				if (!ReadableText.readable(values[i])) {
					response.setStatus(HttpStatus.BAD_REQUEST.value());
					response.setContentType("text/plain;charset=UTF-8");
					response.getWriter()
						.write("「" + parameter.getKey() + "」に使えない文字（制御文字、または読み取れない文字）が含まれています。"
								+ "入力し直してから、もう一度送信してください。");
					return;
				}
				values[i] = Normalizer.normalize(values[i], Normalizer.Form.NFC);
			}
			normalised.put(parameter.getKey(), values);
		}
		chain.doFilter(new NormalisedParameters(request, Collections.unmodifiableMap(normalised)), response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/camunda/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/");
	}

	private static final class NormalisedParameters extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		NormalisedParameters(HttpServletRequest request, Map<String, String[]> parameters) {
			super(request);
			this.parameters = parameters;
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = parameters.get(name);
			return values == null ? null : Arrays.copyOf(values, values.length);
		}

	}

}
