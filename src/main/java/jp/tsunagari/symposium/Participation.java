package jp.tsunagari.symposium;

/** In person at the venue (limited by the seats) or online (unlimited; interpretation). */
public enum Participation {

	VENUE("会場"), ONLINE("オンライン");

	private final String label;

	Participation(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
