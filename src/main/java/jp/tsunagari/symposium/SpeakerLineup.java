package jp.tsunagari.symposium;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker candidates of the programme form, one per line 「役割：氏名（所属）」 (role and affiliation optional,
 * full- or half-width colon and brackets), as the invitations the speaker sub-process runs over.
 */
final class SpeakerLineup {

	static final String DEFAULT_ROLE = "登壇者";

	static final int MAX_SPEAKERS = 20;

	private static final Pattern LINE = Pattern
		.compile("^(?:(?<role>[^：:]+)[：:])?\\s*(?<name>[^（(：:]+?)\\s*(?:[（(](?<affiliation>[^）)]*)[）)])?$");

	private SpeakerLineup() {
	}

	/** @throws IllegalArgumentException naming the line (1-based) that cannot be read */
	static List<Map<String, Object>> invitations(String text) {
		List<Map<String, Object>> invitations = new ArrayList<>();
		String[] lines = text == null ? new String[0] : text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			Matcher matcher = LINE.matcher(line);
			if (!matcher.matches()) {
				throw new IllegalArgumentException(
						"登壇者候補の" + (i + 1) + "行目を読み取れません。「役割：氏名（所属）」の形で入力してください：" + line);
			}
			Map<String, Object> invitation = new LinkedHashMap<>();
			String role = matcher.group("role");
			invitation.put("role", role == null ? DEFAULT_ROLE : role.strip());
			invitation.put("candidate", matcher.group("name").strip());
			String affiliation = matcher.group("affiliation");
			invitation.put("affiliation", affiliation == null ? "" : affiliation.strip());
			invitations.add(invitation);
		}
		if (invitations.isEmpty()) {
			throw new IllegalArgumentException("登壇者候補を1名以上入力してください。");
		}
		if (invitations.size() > MAX_SPEAKERS) {
			throw new IllegalArgumentException("登壇者候補は" + MAX_SPEAKERS + "名までです。");
		}
		return invitations;
	}

}
