package jp.tsunagari.symposium;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.tsunagari.symposium.QuestionnaireAnswer.PfInterest;
import jp.tsunagari.symposium.QuestionnaireAnswer.Satisfaction;
import jp.tsunagari.symposium.QuestionnaireAnswer.Understanding;

/** The public post-event questionnaire; every message names its question, in Japanese. */
class QuestionnaireForm {

	/** Required of attendees answering themselves; staff typing a paper answer leave it empty. */
	@Email(message = "「申込時のメールアドレス」の形式が正しくありません。")
	@Size(max = 254, message = "「申込時のメールアドレス」は254文字以内で入力してください。")
	private String email;

	@NotNull(message = "「あなたの区分」を選んでください。")
	@Pattern(regexp = "INDIVIDUAL|GOVERNMENT|SUPPORT_ORGANISATION", message = "「あなたの区分」を一覧から選んでください。")
	private String category;

	@NotNull(message = "「孤独・孤立への理解は深まりましたか」を選んでください。")
	@Pattern(regexp = "DEEPENED|SOMEWHAT_DEEPENED|HARDLY_DEEPENED|NOT_DEEPENED",
			message = "「孤独・孤立への理解は深まりましたか」を一覧から選んでください。")
	private String understanding;

	@NotNull(message = "「官民連携プラットフォームへの参画に関心がありますか」を選んでください。")
	@Pattern(regexp = "YES|UNDECIDED|NO", message = "「官民連携プラットフォームへの参画に関心がありますか」を一覧から選んでください。")
	private String pfInterest;

	@NotNull(message = "「本日のシンポジウムの満足度」を選んでください。")
	@Pattern(regexp = "SATISFIED|SOMEWHAT_SATISFIED|NEUTRAL|SOMEWHAT_DISSATISFIED|DISSATISFIED",
			message = "「本日のシンポジウムの満足度」を一覧から選んでください。")
	private String satisfaction;

	@Size(max = 2000, message = "「ご意見・ご感想」は2000文字以内で入力してください。")
	private String comment;

	QuestionnaireAnswer toAnswer() {
		return new QuestionnaireAnswer(AttendeeCategory.valueOf(category), Understanding.valueOf(understanding),
				PfInterest.valueOf(pfInterest), Satisfaction.valueOf(satisfaction),
				comment == null || comment.isBlank() ? null : comment.strip());
	}

	/** The address given, stripped; null when none was. */
	String attendeeEmail() {
		return email == null || email.isBlank() ? null : email.strip();
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getUnderstanding() {
		return understanding;
	}

	public void setUnderstanding(String understanding) {
		this.understanding = understanding;
	}

	public String getPfInterest() {
		return pfInterest;
	}

	public void setPfInterest(String pfInterest) {
		this.pfInterest = pfInterest;
	}

	public String getSatisfaction() {
		return satisfaction;
	}

	public void setSatisfaction(String satisfaction) {
		this.satisfaction = satisfaction;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
