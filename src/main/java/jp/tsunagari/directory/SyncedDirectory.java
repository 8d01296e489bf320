package jp.tsunagari.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.camunda.bpm.engine.ManagementService;

/**
 * What the directory sync last wrote, so that a restart with the same directory writes nothing and reads one row: a
 * salted SHA-256 of everything the sync would write (the file's organisations and users, the system accounts, the
 * standing grants, the managers' filters), kept in the engine's property table ({@code ACT_GE_PROPERTY}). Salted
 * because what it digests holds the accounts' passwords.
 */
class SyncedDirectory {

	static final String PROPERTY = "tsunagari.directory-sync";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ManagementService management;

	SyncedDirectory(ManagementService management) {
		this.management = management;
	}

	/** Whether the last sync wrote exactly this. */
	boolean isSynced(String content) {
		String stored = management.getProperties().get(PROPERTY);
		int colon = stored == null ? -1 : stored.indexOf(':');
		return colon > 0 && stored.equals(digest(stored.substring(0, colon), content));
	}

	void recordSynced(String content) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		management.setProperty(PROPERTY, digest(HexFormat.of().formatHex(salt), content));
	}

	private static String digest(String salt, String content) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((salt + '\n' + content).getBytes(StandardCharsets.UTF_8));
			return salt + ':' + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
