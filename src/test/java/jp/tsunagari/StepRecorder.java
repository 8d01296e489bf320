package jp.tsunagari;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A service task of {@link ClusterIT}'s model: records which node's engine ran which step of which instance. Both
 * nodes run in one JVM, so one map sees every run, also a run whose transaction was later rolled back.
 */
public class StepRecorder implements JavaDelegate {

	private static final Map<String, List<String>> RUNS = new ConcurrentHashMap<>();

	@Override
	public void execute(DelegateExecution execution) {
		RUNS.computeIfAbsent(execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId(),
				step -> new CopyOnWriteArrayList<>())
			.add(execution.getProcessEngine().getName());
	}

	/** Per instance and step, the names of the engines that ran it. */
	static Map<String, List<String>> runs() {
		return Map.copyOf(RUNS);
	}

}
