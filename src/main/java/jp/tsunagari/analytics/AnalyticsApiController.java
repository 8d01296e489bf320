package jp.tsunagari.analytics;

import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jp.tsunagari.system.EngineNode;

/**
 * Cycle-time analytics as JSON, documented with OpenAPI at {@code /v3/api-docs}. Durations are exact machine values
 * in milliseconds (the dashboard and the exports, for people, round them in a unit that fits); percentiles are
 * continuous. For analysts and managers (see SecurityConfiguration).
 */
@EngineNode
@RestController
@RequestMapping("/api/analytics")
@Tag(name = "cycle-time analytics", description = "Where the time of the procedures goes, from Camunda's history."
		+ " Every duration (fields ending in Millis) is an exact value in milliseconds, not rounded; counts are whole"
		+ " numbers; shares are fractions (0.25 = 25%). The dashboard /analytics and the exports"
		+ " /analytics/export/{report}.{csv|xlsx} show the same figures rounded to one decimal in days, hours or"
		+ " minutes, the unit in the headings.")
class AnalyticsApiController {

	static final String PROCESS_DESCRIPTION = "Process definition key, e.g. self-evaluation; all processes if absent";

	static final String FISCAL_YEAR_DESCRIPTION = "Fiscal year (年度, April to March) of the start, e.g. 2026";

	private final CycleTimeReports reports;

	AnalyticsApiController(CycleTimeReports reports) {
		this.reports = reports;
	}

	@Operation(summary = "Per process: running instances and duration of the finished ones")
	@GetMapping("/processes")
	List<ProcessCycleTime> processes(
			@Parameter(description = PROCESS_DESCRIPTION) @RequestParam(required = false) String process,
			@Parameter(description = FISCAL_YEAR_DESCRIPTION) @RequestParam(required = false) Integer fiscalYear) {
		return reports.processes(AnalyticsRequests.filter(process, fiscalYear));
	}

	@Operation(summary = "Per step: duration; for user tasks waiting (created → claimed) and working (claimed → done)")
	@GetMapping("/steps")
	List<StepCycleTime> steps(
			@Parameter(description = PROCESS_DESCRIPTION) @RequestParam(required = false) String process,
			@Parameter(description = FISCAL_YEAR_DESCRIPTION) @RequestParam(required = false) Integer fiscalYear) {
		return reports.steps(AnalyticsRequests.filter(process, fiscalYear));
	}

	@Operation(summary = "Per department (candidate group of the user tasks): duration, waiting and working time")
	@GetMapping("/departments")
	List<DepartmentCycleTime> departments(
			@Parameter(description = PROCESS_DESCRIPTION) @RequestParam(required = false) String process,
			@Parameter(description = FISCAL_YEAR_DESCRIPTION) @RequestParam(required = false) Integer fiscalYear) {
		return reports.departments(AnalyticsRequests.filter(process, fiscalYear));
	}

	@Operation(summary = "Duration of finished instances by month or by fiscal year of their end")
	@GetMapping("/trend")
	List<TrendPoint> trend(
			@Parameter(description = PROCESS_DESCRIPTION) @RequestParam(required = false) String process,
			@Parameter(description = "month or fiscal-year") @RequestParam(defaultValue = "month") String period) {
		return reports.trend(AnalyticsRequests.filter(process, null), AnalyticsRequests.period(period));
	}

	@Operation(summary = "Per user-task step with a due date: on time, late, open past due now")
	@GetMapping("/due-adherence")
	List<DueAdherence> dueAdherence(
			@Parameter(description = PROCESS_DESCRIPTION) @RequestParam(required = false) String process,
			@Parameter(description = FISCAL_YEAR_DESCRIPTION) @RequestParam(required = false) Integer fiscalYear) {
		return reports.dueAdherence(AnalyticsRequests.filter(process, fiscalYear), LocalDateTime.now());
	}

	@Operation(summary = "Steps ranked by the time all their finished runs took together, apart by what they wait on",
			description = "waitingOn PEOPLE: user tasks (waiting = created → claimed, working = claimed → done);"
					+ " CALENDAR: timers, timer boundary events, event-based gateways, receive tasks and message,"
					+ " signal or conditional catch events (a date or an outside party); SYSTEM: every other step."
					+ " Each kind is ranked on its own (rank 1 is each kind's first), people's first. Gateways and"
					+ " events of the system (their recorded time, such as a join waiting for the other branch, is"
					+ " other steps' time) and automatic tasks whose median run took under a minute are left out"
					+ " unless systemSteps=true.")
	@GetMapping("/bottlenecks")
	List<Bottleneck> bottlenecks(
			@Parameter(description = PROCESS_DESCRIPTION) @RequestParam(required = false) String process,
			@Parameter(description = FISCAL_YEAR_DESCRIPTION) @RequestParam(required = false) Integer fiscalYear,
			@Parameter(description = "How many steps of each kind, 1 to 100") @RequestParam(defaultValue = "10") int limit,
			@Parameter(description = "Also system steps that took no time") @RequestParam(defaultValue = "false")
			boolean systemSteps) {
		return reports.bottlenecks(AnalyticsRequests.filter(process, fiscalYear), AnalyticsRequests.limit(limit),
				systemSteps);
	}

	@ExceptionHandler(InvalidAnalyticsRequestException.class)
	ProblemDetail invalid(InvalidAnalyticsRequestException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter " + ex.getName() + " is not a valid value: " + ex.getValue());
	}

}
