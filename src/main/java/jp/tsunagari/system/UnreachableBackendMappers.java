package jp.tsunagari.system;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;

import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds {@link UnreachableBackendEngineFailures} and {@link UnreachableBackendFailures} to every Jersey application of
 * the server: Camunda's REST API ({@code /engine-rest}) and the webapps' own ({@code /camunda/api/engine}, cockpit,
 * admin, tasklist), which are built by Camunda without a hook for providers. Jersey finds this through
 * {@code META-INF/services}.
 */
public class UnreachableBackendMappers implements ForcedAutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		if (context.getConfiguration().getRuntimeType() != RuntimeType.SERVER) {
			return;
		}
		for (Class<?> mapper : new Class<?>[] { UnreachableBackendEngineFailures.class,
				UnreachableBackendFailures.class }) {
			if (!context.getConfiguration().isRegistered(mapper)) {
				context.register(mapper);
			}
		}
	}

}
