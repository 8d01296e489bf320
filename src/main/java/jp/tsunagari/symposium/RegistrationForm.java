package jp.tsunagari.symposium;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The public registration form; every message names its field, in Japanese. */
class RegistrationForm {

	@NotBlank(message = "氏名を入力してください。")
	@Size(max = 100, message = "氏名は100文字以内で入力してください。")
	private String name;

	@NotBlank(message = "メールアドレスを入力してください。")
	@Email(message = "メールアドレスの形式が正しくありません。")
	@Size(max = 254, message = "メールアドレスは254文字以内で入力してください。")
	private String email;

	@Size(max = 200, message = "所属（団体名・部署名）は200文字以内で入力してください。")
	private String organisation;

	@NotNull(message = "参加区分を選んでください。")
	@Pattern(regexp = "INDIVIDUAL|GOVERNMENT|SUPPORT_ORGANISATION", message = "参加区分を一覧から選んでください。")
	private String category;

	@NotNull(message = "参加方法を選んでください。")
	@Pattern(regexp = "VENUE|ONLINE", message = "参加方法を一覧から選んでください。")
	private String participation;

	Applicant toApplicant() {
		String affiliation = organisation == null || organisation.isBlank() ? null : organisation.strip();
		return new Applicant(name.strip(), email.strip(), affiliation, AttendeeCategory.valueOf(category),
				Participation.valueOf(participation));
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getParticipation() {
		return participation;
	}

	public void setParticipation(String participation) {
		this.participation = participation;
	}

}
