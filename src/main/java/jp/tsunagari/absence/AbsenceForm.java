package jp.tsunagari.absence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The absence form of {@code /absence}; every message names its field, in Japanese. */
class AbsenceForm {

	@NotBlank(message = "開始日を入力してください。")
	@Size(max = 20, message = "開始日は20文字以内で入力してください（例：2026/04/01）。")
	private String from;

	@NotBlank(message = "終了日を入力してください。")
	@Size(max = 20, message = "終了日は20文字以内で入力してください（例：2026/04/03）。")
	private String to;

	@NotBlank(message = "代理の職員を選んでください。")
	@Size(max = 255, message = "代理の職員を一覧から選んでください。")
	private String substitute;

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getSubstitute() {
		return substitute;
	}

	public void setSubstitute(String substitute) {
		this.substitute = substitute;
	}

}
