package jp.tsunagari.system;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * A failing browser test leaves the Tasklist's screen and DOM behind ({@code failure-<test method>}), before the
 * browser closes. The page is supplied late: the test opens its browser after the extension is registered.
 */
record FailureEvidence(Supplier<TasklistPage> tasklist) implements TestExecutionExceptionHandler {

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		TasklistPage page = tasklist.get();
		if (page != null) {
			page.saveEvidence("failure-" + context.getRequiredTestMethod().getName());
		}
		throw failure;
	}

}
