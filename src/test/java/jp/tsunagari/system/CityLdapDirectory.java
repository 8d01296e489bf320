package jp.tsunagari.system;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Profile {@code ldap}'s settings for つながり市's Active Directory-style tree ({@code ldap/active-directory.ldif}) in
 * an {@link InMemoryLdap}.
 */
final class CityLdapDirectory {

	static final String BASE_DN = "DC=city,DC=lg,DC=jp";

	static final String LDIF = "ldap/active-directory.ldif";

	private CityLdapDirectory() {
	}

	static void register(DynamicPropertyRegistry registry, InMemoryLdap ldap) {
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
