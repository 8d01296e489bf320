package jp.tsunagari.formation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;
import jp.tsunagari.system.ProcessLists;

/**
 * 参画の意向確認: an organisation that confirmed joins confirmedMembers (name and tier) and the count; one that
 * declined is only in the task's history. The answers are local to each candidate's task.
 */
@EngineNode
@Component
class RecordMembershipListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		if (!Boolean.TRUE.equals(task.getVariable(PlatformFormation.MEMBERSHIP_CONFIRMED))) {
			return;
		}
		Map<String, Object> member = new LinkedHashMap<>();
		member.put("organisation", task.getVariable(PlatformFormation.CANDIDATE_ORGANISATION));
		member.put("tier", task.getVariable(PlatformFormation.MEMBERSHIP_TIER));
		ProcessLists.append(task.getExecution(), PlatformFormation.CONFIRMED_MEMBERS, member);
		DelegateExecution instance = task.getExecution().getProcessInstance();
		instance.setVariableLocal(PlatformFormation.CONFIRMED_MEMBER_COUNT, memberNames(instance).size());
	}

	/** The organisations confirmed so far. */
	static List<String> memberNames(DelegateExecution execution) {
		if (!(execution.getProcessInstance()
			.getVariableLocal(PlatformFormation.CONFIRMED_MEMBERS) instanceof Collection<?> members)) {
			return List.of();
		}
		return members.stream().map(member -> String.valueOf(((Map<?, ?>) member).get("organisation"))).toList();
	}

}
