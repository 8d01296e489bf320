package jp.tsunagari.evaluation;

import java.util.Arrays;

/**
 * The partner codes of field 9-(2) 連携相手 (seed 003:L107-L112), printed text as on the sheet. ①–⑪ are the
 * community actors (担い手, 003:L38-L39); ⑫ is the city's own departments.
 */
enum Partner {

	NPO(1, "①ＮＰＯ"), VOLUNTEER_GROUPS(2, "②ボランティア団体"), WELFARE_SERVICE_PROVIDERS(3, "③福祉サービス事業者"),
	SCHOOLS(4, "④学校"), CONSULTATION_BODIES(5, "⑤相談機関"), COMPANIES(6, "⑥企業"), WELFARE_COMMISSIONERS(7, "⑦民生委員児童委員"),
	NEIGHBOURHOOD_ASSOCIATIONS(8, "⑧町内会"), DISTRICT_WELFARE_COUNCILS(9, "⑨地区社会福祉協議会"),
	COMMUNITY_SOCIAL_WORKERS(10, "⑩コミュニティソーシャルワーカー（ＣＳＷ）"),
	CITY_WELFARE_COUNCIL(11, "⑪仙台市社会福祉協議会及び各区・支部事務所（ＣＳＷを除く）"), CITY_DEPARTMENTS(12, "⑫市の関係部局");

	private final int code;

	private final String label;

	Partner(int code, String label) {
		this.code = code;
		this.label = label;
	}

	int code() {
		return code;
	}

	String label() {
		return label;
	}

	static Partner ofCode(String code) {
		return Arrays.stream(values())
			.filter(value -> Integer.toString(value.code).equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No partner code " + code + " (allowed: 1 to 12)"));
	}

}
