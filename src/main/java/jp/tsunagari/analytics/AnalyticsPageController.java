package jp.tsunagari.analytics;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagari.system.EngineNode;

/** 処理時間の分析: the analysts' dashboard with charts, and its reports as CSV and Excel. */
@EngineNode
@Controller
class AnalyticsPageController {

	static final MediaType EXCEL = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CycleTimeReports reports;

	private final ReportTables tables;

	private final FilterChoices choices;

	AnalyticsPageController(CycleTimeReports reports, HistoryNames names) {
		this.reports = reports;
		this.tables = new ReportTables(reports);
		this.choices = new FilterChoices(names);
	}

	@GetMapping("/analytics")
	String dashboard(@RequestParam(required = false) String process,
			@RequestParam(required = false) Integer fiscalYear,
			@RequestParam(defaultValue = "false") boolean systemSteps, Model model) {
		DashboardModel.addTo(model, reports, AnalyticsRequests.filter(process, fiscalYear), systemSteps);
		model.addAttribute("process", process);
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("exports", ReportTables.LABELS);
		choices.addTo(model);
		return "analytics/dashboard";
	}

	@GetMapping("/analytics/export/{report}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String report, @RequestParam(required = false) String process,
			@RequestParam(required = false) Integer fiscalYear,
			@RequestParam(defaultValue = "false") boolean systemSteps) {
		ReportTable table = tables.table(report, AnalyticsRequests.filter(process, fiscalYear), systemSteps);
		return download(ReportExports.csv(table), new MediaType("text", "csv", StandardCharsets.UTF_8),
				report + ".csv");
	}

	@GetMapping("/analytics/export/{report}.xlsx")
	ResponseEntity<byte[]> excel(@PathVariable String report, @RequestParam(required = false) String process,
			@RequestParam(required = false) Integer fiscalYear,
			@RequestParam(defaultValue = "false") boolean systemSteps) {
		ReportTable table = tables.table(report, AnalyticsRequests.filter(process, fiscalYear), systemSteps);
		return download(ReportExports.excel(table), EXCEL, report + ".xlsx");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
