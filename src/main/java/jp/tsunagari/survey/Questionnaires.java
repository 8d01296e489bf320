package jp.tsunagari.survey;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The questionnaires a survey can use, read once from {@code tsunagari.survey.questionnaires}. */
class Questionnaires {

	private final Map<String, Questionnaire> byId = new LinkedHashMap<>();

	Questionnaires(String locationPattern) {
		ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
				try (InputStream in = resource.getInputStream()) {
					Questionnaire questionnaire = Questionnaire.fromMap(yaml.readValue(in, new TypeReference<>() {
					}));
					byId.put(questionnaire.id(), questionnaire);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read the questionnaires at " + locationPattern, ex);
		}
	}

	Questionnaire get(String id) {
		Questionnaire questionnaire = byId.get(id);
		if (questionnaire == null) {
			throw new IllegalArgumentException("Unknown questionnaire " + id + "; known: " + byId.keySet());
		}
		return questionnaire;
	}

}
