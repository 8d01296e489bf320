package jp.tsunagari.system;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Active Directory-style tree of つながり市 for tests of profile {@code ldap} ({@code ldap/active-directory.ldif}:
 * people in nested OUs per 部・課 with {@code sAMAccountName} and {@code mail}, one group per unit, the
 * {@code supervisors} role group), on an in-JVM LDAP server, and the settings that point the application at it.
 */
public final class ActiveDirectoryTree {

	public static final String BASE_DN = "DC=city,DC=lg,DC=jp";

	private ActiveDirectoryTree() {
	}

	public static InMemoryLdap start() {
		return InMemoryLdap.start(BASE_DN, "ldap/active-directory.ldif");
	}

	/** The application reads {@code ldap}'s users and groups from it, with ldap-city.yaml as organisation file. */
	public static void register(InMemoryLdap ldap, DynamicPropertyRegistry registry) {
		registry.add("tsunagari.ldap.server-url", ldap::url);
		registry.add("tsunagari.ldap.base-dn", () -> BASE_DN);
		registry.add("tsunagari.ldap.manager-dn", () -> "CN=tsunagari-reader,OU=サービス," + BASE_DN);
		registry.add("tsunagari.ldap.manager-password", () -> "Reader-Pass-2026!");
		// the in-memory server has no extensible match (AD's bitwise rule on userAccountControl): the same filter
		// with disabled accounts named by their usual value
		registry.add("tsunagari.ldap.user-search-filter",
				() -> "(&(objectCategory=person)(objectClass=user)(!(userAccountControl=514)))");
		registry.add("tsunagari.directory.file", () -> "classpath:directory/ldap-city.yaml");
		registry.add("tsunagari.worker.username", () -> "tsunagari-worker");
		registry.add("tsunagari.worker.password", () -> "Worker-Pass-2026!");
	}

}
