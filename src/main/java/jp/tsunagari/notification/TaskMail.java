package jp.tsunagari.notification;

import java.util.List;

import org.springframework.mail.javamail.JavaMailSender;

import jp.tsunagari.system.JapaneseDateFormats;
import jp.tsunagari.system.PlainTextMail;

/**
 * The staff's task mails (plain text, UTF-8, Japanese): one line block per task with its title, its due date and the
 * link that opens it in Tasklist. A task of a process holding personal data says only that a task is waiting.
 */
class TaskMail {

	/** What a mail is about: its subject and the sentence that opens it. */
	enum Subject {
		DIGEST("【つながり】新しいタスクのお知らせ", "新しいタスクが届いています。"),
		URGENT("【つながり・至急】急ぎのタスクが届きました", "急ぎのタスクが届きました。早めの対応をお願いします。"),
		REMINDER("【つながり】期限が近いタスクがあります", "期限が近づいているタスクがあります。"),
		ESCALATION("【つながり】期限を過ぎたタスクがあります（所属長への連絡）",
				"所属のタスクが期限を過ぎています。担当者の状況の確認をお願いします。");

		private final String subject;

		private final String opening;

		Subject(String subject, String opening) {
			this.subject = subject;
			this.opening = opening;
		}

	}

	private static final JapaneseDateFormats DATES = new JapaneseDateFormats();

	private final PlainTextMail mail;

	private final String baseUrl;

	private final String tasklistUrl;

	private final ConfidentialModels confidential;

	TaskMail(JavaMailSender sender, String from, String baseUrl, ConfidentialModels confidential) {
		this.mail = new PlainTextMail(sender, from);
		this.baseUrl = baseUrl;
		this.tasklistUrl = baseUrl + "/camunda/app/tasklist/default/#/?task=";
		this.confidential = confidential;
	}

	void send(Subject subject, Person to, List<NotifiedTask> tasks) {
		StringBuilder text = new StringBuilder(to.name()).append(" さん\n\n").append(subject.opening).append("\n\n");
		for (NotifiedTask task : tasks) {
			text.append(entry(task)).append(tasklistUrl).append(task.id()).append("\n\n");
		}
		text.append("通知の受け取り方（まとめて届く時刻、停止）は次のページで変えられます。\n")
			.append(baseUrl).append(NotificationSettingsController.PATH)
			.append("\n\n本メールは送信専用です。");
		mail.send(to.email(), to.id(), subject.subject + (tasks.size() > 1 ? "（" + tasks.size() + "件）" : ""), text.toString());
	}

	private String entry(NotifiedTask task) {
		if (confidential.holdsPersonalData(task)) {
			return "■ 対応待ちのタスクがあります（内容はタスクリストで確認してください）\n";
		}
		String title = task.title() == null || task.title().isBlank() ? "" : "（" + task.title() + "）";
		String due = task.due() == null ? "期限なし" : "期限 " + DATES.slashWithTime(task.due());
		return "■ " + task.name() + title + "\n  " + due + "\n";
	}

}
