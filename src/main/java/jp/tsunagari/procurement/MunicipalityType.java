package jp.tsunagari.procurement;

/**
 * The two columns of 地方自治法施行令 別表第5: prefectures and designated cities have higher ceilings for
 * small-amount negotiated contracts than other municipalities. The value is what the DMN table compares.
 */
public enum MunicipalityType {

	PREFECTURE_OR_DESIGNATED_CITY("prefecture-or-designated-city"), OTHER("other");

	private final String value;

	MunicipalityType(String value) {
		this.value = value;
	}

	public String value() {
		return value;
	}

}
