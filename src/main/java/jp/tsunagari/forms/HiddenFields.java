package jp.tsunagari.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a form's hide condition holds for one submission, evaluated with the FEEL engine the process engine ships
 * for DMN (the Scala FEEL engine), as form-js evaluates it in the browser: a field is hidden only when the condition
 * is {@code true}; a missing variable is null; a condition that fails to evaluate hides nothing. Each condition is
 * evaluated once per submission.
 */
final class HiddenFields implements Predicate<String> {

	private static final Logger LOG = LoggerFactory.getLogger(HiddenFields.class);

	private final FeelEngine feel;

	private final VariableContext variables;

	private final Map<String, Boolean> results = new HashMap<>();

	HiddenFields(FeelEngine feel, VariableContext variables) {
		this.feel = feel;
		this.variables = variables;
	}

	@Override
	public boolean test(String hideCondition) {
		return results.computeIfAbsent(hideCondition, this::evaluate);
	}

	private boolean evaluate(String hideCondition) {
		try {
			return Boolean.TRUE.equals(feel.evaluateSimpleExpression(hideCondition, variables));
		}
		catch (FeelException ex) {
			LOG.warn("The form condition '{}' cannot be evaluated, so it hides nothing: {}", hideCondition, ex.getMessage());
			return false;
		}
	}

}
