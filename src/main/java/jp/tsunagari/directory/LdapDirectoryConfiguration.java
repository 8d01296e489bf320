package jp.tsunagari.directory;

import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import jp.tsunagari.system.EngineNode;

/**
 * Profile {@code ldap}: the engine reads users, groups and memberships from the city's LDAP server or Active
 * Directory, read-only, through Camunda's LDAP identity provider, and checks every password by binding to the
 * directory as that user (our login page, Tasklist and the REST API's Basic authentication all ask the engine's
 * identity service). Nothing of a user is stored by us; a user removed from the directory cannot sign in from the
 * next attempt on. The settings are the plugin's own properties under {@code tsunagari.ldap}
 * ({@code application-ldap.yaml}).
 */
// one expression: several @Profile annotations (this and @EngineNode's) would match when any of them does
@Profile(LdapDirectoryConfiguration.PROFILE + " & !" + EngineNode.WORKER_PROFILE)
@Configuration(proxyBeanMethods = false)
class LdapDirectoryConfiguration {

	static final String PROFILE = "ldap";

	/** A misspelt setting stops the start instead of being ignored. */
	@Bean
	@ConfigurationProperties(prefix = "tsunagari.ldap", ignoreUnknownFields = false)
	LdapIdentityProviderPlugin ldapIdentityProvider() {
		return new LdapIdentityProviderPlugin();
	}

}
