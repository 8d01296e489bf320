package jp.tsunagari.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the self-evaluation reads its programme register and the section-to-group mapping. The defaults are the
 * seed's 38 sheets (Sendai, FY2020) and the demo municipality's groups; a municipality points both at its own files.
 *
 * @param programmesFile the CSV register, one row per sheet ({@code tsunagari.evaluation.programmes-file})
 * @param sectionGroupsFile the YAML mapping of responsible sections to group ids
 * ({@code tsunagari.evaluation.section-groups-file})
 */
@ConfigurationProperties("tsunagari.evaluation")
record EvaluationProperties(@DefaultValue("classpath:evaluation/sendai-programmes.csv") Resource programmesFile,
		@DefaultValue("classpath:evaluation/section-groups.yaml") Resource sectionGroupsFile) {
}
