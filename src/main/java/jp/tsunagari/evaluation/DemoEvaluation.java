package jp.tsunagari.evaluation;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import jp.tsunagari.system.EngineNode;

/**
 * Demo data: the seed's evaluation (令和2年度, the 38 Sendai sheets) is open when a newcomer first signs in, so
 * every programme-owning section finds its sheet in Tasklist. Opened once; a restart finds it open.
 */
@Component
// one @Profile: Spring ORs the values of several (a meta-annotated @EngineNode would let it run everywhere)
@Profile("demo & !" + EngineNode.WORKER_PROFILE)
class DemoEvaluation implements ApplicationRunner {

	static final int SEED_FISCAL_YEAR = 2020;

	/** The seed gives no submission period for the sheets; a month is the demo's choice. */
	static final int DAYS_TO_SUBMIT = 30;

	private static final Logger log = LoggerFactory.getLogger(DemoEvaluation.class);

	private final EvaluationWorkflow workflow;

	private final Clock clock;

	@Autowired
	DemoEvaluation(EvaluationWorkflow workflow) {
		this(workflow, Clock.systemDefaultZone());
	}

	DemoEvaluation(EvaluationWorkflow workflow, Clock clock) {
		this.workflow = workflow;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (workflow.isOpen(SEED_FISCAL_YEAR)) {
			return;
		}
		workflow.open(SEED_FISCAL_YEAR, LocalDate.now(clock).plusDays(DAYS_TO_SUBMIT));
		log.info("Demo: the self-evaluation of fiscal year {} is open", SEED_FISCAL_YEAR);
	}

}
