package jp.tsunagari.symposium;

/**
 * The attendee categories of the Sendai symposium's attendance (個人 / 行政 / 支援団体, 001:L1581-1583). Toyama
 * counted 団体 and 一般 (001:L2982-2983): 団体 are {@link #isOrganisation() government and support organisations},
 * 一般 are individuals.
 */
public enum AttendeeCategory {

	INDIVIDUAL("個人"), GOVERNMENT("行政"), SUPPORT_ORGANISATION("支援団体");

	private final String label;

	AttendeeCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	boolean isOrganisation() {
		return this != INDIVIDUAL;
	}

}
