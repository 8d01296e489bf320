package jp.tsunagari.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deployed DMN procurement-method evaluated by the engine's DecisionService just below, at and just above every
 * threshold of every rule. The expected figures are typed here from the sources, independently of the table:
 * 地方自治法施行令 別表第5 as amended with effect from 2025-04-01 (statutory), and the product's interpretation bands
 * (single quote up to 300,000 yen; services by proposal up to 10,000,000 yen, open tender above).
 */
@Deployment(resources = "processes/procurement-method.dmn")
class ProcurementMethodDecisionTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.cfg.xml")
		.build();

	private static final String DESIGNATED = "prefecture-or-designated-city";

	private static final String OTHER = "other";

	/** 別表第5 ceilings in yen: {type, kind, ceiling}. */
	private static final List<Object[]> STATUTORY_CEILINGS = List.of(
			new Object[] { DESIGNATED, "CONSTRUCTION", 4_000_000L }, new Object[] { DESIGNATED, "PURCHASE", 3_000_000L },
			new Object[] { DESIGNATED, "SERVICES", 2_000_000L }, new Object[] { OTHER, "CONSTRUCTION", 2_000_000L },
			new Object[] { OTHER, "PURCHASE", 1_500_000L }, new Object[] { OTHER, "SERVICES", 1_000_000L });

	private static final long SINGLE_QUOTE_CEILING = 300_000L;

	private static final long PROPOSAL_CEILING = 10_000_000L;

	static Stream<Arguments> boundaries() {
		List<Arguments> cases = new ArrayList<>();
		for (Object[] row : STATUTORY_CEILINGS) {
			String type = (String) row[0];
			String kind = (String) row[1];
			long ceiling = (Long) row[2];
			String aboveCeiling = kind.equals("SERVICES") ? "PROPOSAL" : "OPEN_TENDER";
			cases.add(Arguments.of(type, kind, 1L, "SINGLE_QUOTE"));
			cases.add(Arguments.of(type, kind, SINGLE_QUOTE_CEILING - 1, "SINGLE_QUOTE"));
			cases.add(Arguments.of(type, kind, SINGLE_QUOTE_CEILING, "SINGLE_QUOTE"));
			cases.add(Arguments.of(type, kind, SINGLE_QUOTE_CEILING + 1, "MULTIPLE_QUOTES"));
			cases.add(Arguments.of(type, kind, ceiling - 1, "MULTIPLE_QUOTES"));
			cases.add(Arguments.of(type, kind, ceiling, "MULTIPLE_QUOTES"));
			cases.add(Arguments.of(type, kind, ceiling + 1, aboveCeiling));
			if (kind.equals("SERVICES")) {
				cases.add(Arguments.of(type, kind, PROPOSAL_CEILING - 1, "PROPOSAL"));
				cases.add(Arguments.of(type, kind, PROPOSAL_CEILING, "PROPOSAL"));
				cases.add(Arguments.of(type, kind, PROPOSAL_CEILING + 1, "OPEN_TENDER"));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2}円 -> {3}")
	@MethodSource("boundaries")
	void decidesTheMethodAtEveryBoundary(String type, String kind, long amount, String expected) {
		assertThat(method(type, kind, amount)).isEqualTo(expected);
	}

	@Test
	void aFormNumberWithDecimalsIsComparedByValue() {
		assertThat((String) evaluate(DESIGNATED, "SERVICES", 2_000_000.5).getSingleEntry()).isEqualTo("PROPOSAL");
	}

	@Test
	void theSeedsBudgetsFallWhereTheLawPutsThem() {
		// Toyama (prefecture) symposium 約300万円 and NPO survey 約77万円; Zama (city) art 約273万円, study 約91万円
		assertThat(method(DESIGNATED, "SERVICES", 3_000_000L)).isEqualTo("PROPOSAL");
		assertThat(method(DESIGNATED, "SERVICES", 770_000L)).isEqualTo("MULTIPLE_QUOTES");
		assertThat(method(OTHER, "SERVICES", 2_730_000L)).isEqualTo("PROPOSAL");
		assertThat(method(OTHER, "SERVICES", 910_000L)).isEqualTo("MULTIPLE_QUOTES");
	}

	@Test
	void anUnknownTypeOrKindMatchesNoRule() {
		assertThat(evaluate("village", "SERVICES", 100_000L).getResultList()).isEmpty();
		assertThat(evaluate(DESIGNATED, "LEASE", 100_000L).getResultList()).isEmpty();
	}

	private static String method(String type, String kind, long amount) {
		return evaluate(type, kind, amount).getSingleEntry();
	}

	private static DmnDecisionResult evaluate(String type, String kind, Number amount) {
		DecisionService decisions = extension.getProcessEngine().getDecisionService();
		return decisions.evaluateDecisionByKey(TrialProjectProcurement.DECISION_KEY)
			.variables(Map.of(TrialProjectProcurement.MUNICIPALITY_TYPE, type, TrialProjectProcurement.CONTRACT_KIND,
					kind, TrialProjectProcurement.ESTIMATED_AMOUNT_YEN, amount))
			.evaluate();
	}

}
