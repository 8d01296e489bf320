package jp.tsunagari.symposium;

/**
 * One submitted post-event questionnaire. The three questions are the Sendai KPIs (001:L1630-1643); the answer
 * scales are an interpretation (the seed gives only the percentages): the two upper grades of understanding and
 * of satisfaction count as positive, and interest counts "参画したい・関心がある" only.
 */
record QuestionnaireAnswer(AttendeeCategory category, Understanding understanding, PfInterest pfInterest,
		Satisfaction satisfaction, String comment) {

	enum Understanding {

		DEEPENED("深まった"), SOMEWHAT_DEEPENED("やや深まった"), HARDLY_DEEPENED("あまり深まらなかった"),
		NOT_DEEPENED("深まらなかった");

		final String label;

		Understanding(String label) {
			this.label = label;
		}

		boolean positive() {
			return this == DEEPENED || this == SOMEWHAT_DEEPENED;
		}

		public String label() {
			return label;
		}

	}

	enum PfInterest {

		YES("参画したい・関心がある"), UNDECIDED("わからない"), NO("関心はない");

		final String label;

		PfInterest(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	enum Satisfaction {

		SATISFIED("満足"), SOMEWHAT_SATISFIED("やや満足"), NEUTRAL("どちらともいえない"), SOMEWHAT_DISSATISFIED("やや不満"),
		DISSATISFIED("不満");

		final String label;

		Satisfaction(String label) {
			this.label = label;
		}

		boolean positive() {
			return this == SATISFIED || this == SOMEWHAT_SATISFIED;
		}

		public String label() {
			return label;
		}

	}

}
