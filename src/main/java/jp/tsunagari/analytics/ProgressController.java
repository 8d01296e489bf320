package jp.tsunagari.analytics;

import java.time.LocalDateTime;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jp.tsunagari.system.EngineNode;

/** 進捗管理: every running procedure for managers, and the timeline of one. */
@EngineNode
@Controller
class ProgressController {

	private final ProgressBoard board;

	private final ProgressQueries queries;

	private final HistoryNames names;

	private final ConfidentialProcesses confidential;

	private final FilterChoices choices;

	ProgressController(ProgressBoard board, ProgressQueries queries, HistoryNames names,
			ConfidentialProcesses confidential) {
		this.board = board;
		this.queries = queries;
		this.names = names;
		this.confidential = confidential;
		this.choices = new FilterChoices(names);
	}

	@GetMapping("/progress")
	String progress(@RequestParam(required = false) String process, @RequestParam(required = false) String department,
			@RequestParam(required = false) Integer fiscalYear, Model model) {
		HistoryFilter filter = AnalyticsRequests.filter(process, fiscalYear);
		model.addAttribute("board", board.board(filter, department, LocalDateTime.now()));
		model.addAttribute("process", process);
		model.addAttribute("department", department);
		model.addAttribute("fiscalYear", fiscalYear);
		choices.addTo(model);
		return "analytics/progress";
	}

	@GetMapping("/progress/{instanceId}")
	String timeline(@PathVariable String instanceId, Model model) {
		TimelineHeader header = queries.header(instanceId);
		// confidential cases have no timeline here: they exist for the people handling the case only
		if (header == null || confidential.isConfidential(header.processKey())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "この手続きは見つかりません。");
		}
		String processName = names.processes().getOrDefault(header.processKey(), header.processKey());
		model.addAttribute("timeline",
				Timeline.of(header, processName, queries.timeline(instanceId), LocalDateTime.now()));
		model.addAttribute("dates", new JapaneseDates());
		return "analytics/timeline";
	}

}
