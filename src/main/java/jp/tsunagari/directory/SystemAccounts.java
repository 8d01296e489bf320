package jp.tsunagari.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

import jp.tsunagari.system.EngineNode;

/**
 * The administrator and the technical account of the external-task workers. The demo profile sets both; any other
 * profile must take them from the environment, and start-up stops with a message naming the missing variables.
 */
@EngineNode
@ConfigurationProperties("tsunagari")
record SystemAccounts(SystemAccount admin, SystemAccount worker) {

	SystemAccounts {
		require(admin, "administrator", "TSUNAGARI_ADMIN_USERNAME and TSUNAGARI_ADMIN_PASSWORD");
		require(worker, "external-task worker account", "TSUNAGARI_WORKER_USERNAME and TSUNAGARI_WORKER_PASSWORD");
	}

	private static void require(SystemAccount account, String what, String variables) {
		if (account == null || !account.isComplete()) {
			throw new IllegalStateException("No " + what + " is configured: set the environment variables " + variables
					+ " (only the demo profile has built-in accounts).");
		}
	}

}
