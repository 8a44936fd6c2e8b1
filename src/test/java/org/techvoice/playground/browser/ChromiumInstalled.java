package org.techvoice.playground.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips each browser test, with the reason and how to install what is missing, when Chromium or chromedriver is
 * absent. Per test rather than per class, so the build's summary counts them as skipped instead of not run.
 */
class ChromiumInstalled implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = Chromium.missing();
        if (missing == null) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
        }
        if (context.getTestMethod().isEmpty()) {
            System.err.println(missing);
            return ConditionEvaluationResult.enabled("each test reports the skip itself");
        }
        return ConditionEvaluationResult.disabled(missing);
    }
}
