package jp.tsunagari.symposium;

/** A registration holds a seat, waits for one, or was cancelled. */
public enum RegistrationStatus {

	CONFIRMED("参加確定"), WAITLISTED("キャンセル待ち"), CANCELLED("取消");

	private final String label;

	RegistrationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
