package jp.tsunagari.symposium;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.procurement.TrialProjectProcurement;

/**
 * Due dates of a symposium from its date and the configured lead times, and the contracts to procure: the event
 * contractor always, the decoration/novelty contractor when it has a budget (Sendai had both, 001:L740-798).
 * Dates are ISO strings, as the forms write them and {@code camunda:dueDate} reads them. Each contract is the
 * project sheet the call activity passes to trial-project-procurement.
 */
final class SymposiumSchedule {

	private final LocalDate eventDate;

	private final SymposiumProperties.LeadTimes leadTimes;

	SymposiumSchedule(LocalDate eventDate, SymposiumProperties.LeadTimes leadTimes) {
		this.eventDate = eventDate;
		this.leadTimes = leadTimes;
	}

	Map<String, Object> dueDates() {
		Map<String, Object> dates = new LinkedHashMap<>();
		dates.put(SymposiumPlanning.KICK_OFF_DUE_DATE, before(leadTimes.contractorKickOffDays()));
		dates.put(SymposiumPlanning.VENUE_DUE_DATE, before(leadTimes.venueDays()));
		dates.put(SymposiumPlanning.SPEAKERS_DUE_DATE, before(leadTimes.speakersDays()));
		dates.put(SymposiumPlanning.PUBLICITY_DUE_DATE, before(leadTimes.publicityDays()));
		dates.put(SymposiumPlanning.REPORT_DUE_DATE, eventDate.plusDays(leadTimes.reportDays()).toString());
		return dates;
	}

	List<Map<String, Object>> contracts(String title, String theme, Number eventBudget, Number decorationBudget,
			LocalDate today) {
		List<Map<String, Object>> contracts = new ArrayList<>();
		contracts.add(contract(title + " 運営業務", "シンポジウムの企画運営（会場設営、受付、配信、事後アンケート）", theme, eventBudget,
				today));
		if (decorationBudget != null && decorationBudget.longValue() > 0) {
			contracts.add(contract(title + " 会場装飾・ノベルティ", "会場装飾とノベルティの制作", theme, decorationBudget, today));
		}
		return contracts;
	}

	private Map<String, Object> contract(String name, String content, String theme, Number budget, LocalDate today) {
		Map<String, Object> contract = new LinkedHashMap<>();
		contract.put(TrialProjectProcurement.PROJECT_NAME, name);
		contract.put(TrialProjectProcurement.PROJECT_CONTENT, content);
		contract.put(TrialProjectProcurement.PURPOSE_KPI, theme);
		contract.put(TrialProjectProcurement.PERIOD_START, today.toString());
		contract.put(TrialProjectProcurement.PERIOD_END, fiscalYearEnd().toString());
		contract.put(TrialProjectProcurement.BUDGET_YEN, budget.longValue());
		contract.put(TrialProjectProcurement.CONTRACT_KIND, TrialProjectProcurement.KIND_SERVICES);
		contract.put(TrialProjectProcurement.KICK_OFF_DUE_DATE, before(leadTimes.contractorKickOffDays()));
		return contract;
	}

	/** Trial projects end with the fiscal year (April-March) of the event. */
	LocalDate fiscalYearEnd() {
		int year = eventDate.getMonthValue() >= Month.APRIL.getValue() ? eventDate.getYear() + 1 : eventDate.getYear();
		return LocalDate.of(year, Month.MARCH, 31);
	}

	private String before(int days) {
		return eventDate.minusDays(days).toString();
	}

}
