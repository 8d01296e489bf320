package jp.tsunagari.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;

/**
 * A real LDAP server in the test JVM (UnboundID's in-memory directory server) on a free port, loaded from an LDIF
 * file on the test classpath. Schema checking is off, so a tree may use Active Directory's attributes
 * ({@code sAMAccountName}, {@code objectCategory}) as well as OpenLDAP's. A simple bind checks {@code userPassword}.
 */
public final class InMemoryLdap {

	private final InMemoryDirectoryServer server;

	private InMemoryLdap(InMemoryDirectoryServer server) {
		this.server = server;
	}

	/** Starts a server holding the tree of {@code ldif} below {@code baseDn}. */
	public static InMemoryLdap start(String baseDn, String ldif) {
		try (InputStream in = InMemoryLdap.class.getClassLoader().getResourceAsStream(ldif)) {
			if (in == null) {
				throw new IllegalArgumentException("no " + ldif + " on the test classpath");
			}
			InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(baseDn);
			config.setSchema(null);
			config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
			InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
			server.importFromLDIF(true, new LDIFReader(in));
			server.startListening();
			return new InMemoryLdap(server);
		}
		catch (LDAPException ex) {
			throw new IllegalStateException("the test LDAP server does not start: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url() {
		return "ldap://localhost:" + server.getListenPort();
	}

	/** Removes an entry, as the city's IT section removes a person who left. */
	void delete(String dn) {
		try {
			server.delete(dn);
		}
		catch (LDAPException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Moves a person from one group to another, as a personnel transfer (人事異動) changes the city's directory: the
	 * groups' {@code member} values and the person's {@code memberOf}.
	 */
	public void moveMember(String personDn, String fromGroupDn, String toGroupDn) {
		try {
			server.modify(fromGroupDn, new Modification(ModificationType.DELETE, "member", personDn));
			server.modify(toGroupDn, new Modification(ModificationType.ADD, "member", personDn));
			server.modify(personDn, new Modification(ModificationType.DELETE, "memberOf", fromGroupDn),
					new Modification(ModificationType.ADD, "memberOf", toGroupDn));
		}
		catch (LDAPException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void shutDown() {
		server.shutDown(true);
	}

}
