package jp.tsunagari.analytics;

import java.util.Set;

import org.camunda.bpm.engine.ActivityTypes;

/**
 * What the time of a step is spent on, from its activity type in the history (ACT_HI_ACTINST.ACT_TYPE_): people (a
 * user task waits to be claimed, then is worked), the calendar or an outside party (a timer, a deadline, an event, a
 * message), or the system (automatic steps, gateways, start and end events, which mostly take no time). Only people's
 * time can be shortened by people; the calendar's is the procedure's design.
 */
public enum WaitingOn {

	PEOPLE("人の待ち・作業"), CALENDAR("暦・相手の待ち"), SYSTEM("システムの処理");

	private static final Set<String> CALENDAR_TYPES = Set.of(ActivityTypes.INTERMEDIATE_EVENT_TIMER,
			ActivityTypes.BOUNDARY_TIMER, ActivityTypes.GATEWAY_EVENT_BASED, ActivityTypes.TASK_RECEIVE_TASK,
			ActivityTypes.INTERMEDIATE_EVENT_MESSAGE, ActivityTypes.BOUNDARY_MESSAGE,
			ActivityTypes.INTERMEDIATE_EVENT_SIGNAL, ActivityTypes.BOUNDARY_SIGNAL,
			ActivityTypes.INTERMEDIATE_EVENT_CONDITIONAL, ActivityTypes.BOUNDARY_CONDITIONAL);

	private final String label;

	WaitingOn(String label) {
		this.label = label;
	}

	static WaitingOn of(String activityType) {
		if (ActivityTypes.TASK_USER_TASK.equals(activityType)) {
			return PEOPLE;
		}
		return CALENDAR_TYPES.contains(activityType) ? CALENDAR : SYSTEM;
	}

	/** 人の待ち・作業, 暦・相手の待ち or システムの処理. */
	public String label() {
		return label;
	}

	/** What a calendar step waits for, as staff say it: タイマー, 期限, 連絡… */
	static String waitsFor(String activityType) {
		if (activityType == null) {
			return "";
		}
		return switch (activityType) {
			case ActivityTypes.INTERMEDIATE_EVENT_TIMER -> "タイマー（日時・周期）";
			case ActivityTypes.BOUNDARY_TIMER -> "期限のタイマー";
			case ActivityTypes.GATEWAY_EVENT_BASED -> "先に起きる出来事";
			case ActivityTypes.TASK_RECEIVE_TASK, ActivityTypes.INTERMEDIATE_EVENT_MESSAGE,
					ActivityTypes.BOUNDARY_MESSAGE ->
				"外部からの連絡";
			case ActivityTypes.INTERMEDIATE_EVENT_SIGNAL, ActivityTypes.BOUNDARY_SIGNAL -> "合図";
			case ActivityTypes.INTERMEDIATE_EVENT_CONDITIONAL, ActivityTypes.BOUNDARY_CONDITIONAL -> "条件の成立";
			default -> "";
		};
	}

}
