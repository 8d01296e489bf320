package jp.tsunagari.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal survey links in the caught mails, as paths on this server ({@code /public/survey/...}): a mail
 * carries the public address of production, which need not be the address the demo runs at.
 */
final class ResponseLinks {

	/** A personal link and whom it was sent to. */
	record ResponseLink(String path, String recipients, String subject) {
	}

	private static final Pattern LINK = Pattern.compile("/public/survey/[A-Za-z0-9_-]{43}");

	private ResponseLinks() {
	}

	static List<ResponseLink> in(List<CaughtMail.Message> newestFirst) {
		Set<String> seen = new LinkedHashSet<>();
		List<ResponseLink> links = new ArrayList<>();
		for (CaughtMail.Message message : newestFirst) {
			Matcher link = LINK.matcher(message.body() == null ? "" : message.body());
			while (link.find()) {
				if (seen.add(link.group())) {
					links.add(new ResponseLink(link.group(), message.recipients(), message.subject()));
				}
			}
		}
		return links;
	}

}
