package jp.tsunagari.directory;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SystemAccountsTest {

	private final SystemAccount worker = new SystemAccount("worker", "Gaibu-Task-2026!");

	@Test
	void startUpStopsWithTheVariablesToSetWhenTheAdministratorIsMissing() {
		assertThatThrownBy(() -> new SystemAccounts(new SystemAccount("", ""), worker))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("TSUNAGARI_ADMIN_USERNAME and TSUNAGARI_ADMIN_PASSWORD");
		assertThatThrownBy(() -> new SystemAccounts(new SystemAccount("admin", null), worker))
			.hasMessageContaining("TSUNAGARI_ADMIN_PASSWORD");
	}

	@Test
	void startUpStopsWhenTheWorkerAccountIsMissing() {
		assertThatThrownBy(() -> new SystemAccounts(new SystemAccount("admin", "Kanri-Pass-2026!"), null))
			.hasMessageContaining("TSUNAGARI_WORKER_USERNAME and TSUNAGARI_WORKER_PASSWORD");
	}

	@Test
	void bothAccountsGiven() {
		assertThatNoException()
			.isThrownBy(() -> new SystemAccounts(new SystemAccount("admin", "Kanri-Pass-2026!"), worker));
	}

}
