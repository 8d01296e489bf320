package jp.tsunagari.symposium;

/** No registration for the event under the address given with a questionnaire answer. */
class UnknownRespondentException extends RuntimeException {

	UnknownRespondentException() {
		super("「申込時のメールアドレス」でのこの催しへの申込が見つかりません。申し込んだときのアドレスを入力してください。");
	}

}
