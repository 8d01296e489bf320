package jp.tsunagari.referral;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/** Puts {@link CaseReadAuditInterceptor} into the engine's command chain, inside the command context. */
@EngineNode
@Component
class CaseReadAuditPlugin extends AbstractProcessEnginePlugin {

	private final CaseAudit audit;

	// lazy: the audit's table is created through the data source, which must not wait for the engine
	CaseReadAuditPlugin(@Lazy CaseAudit audit) {
		this.audit = audit;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
		}
		interceptors.add(new CaseReadAuditInterceptor(audit));
		configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
	}

}
