package org.techvoice.understanding;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.techvoice.SettingCheck;

/**
 * Settings of the sentence-embedding model and the job that embeds what was said.
 *
 * @param modelEnabled whether to load the model at all ({@code TECHVOICE_MODEL_ENABLED}); without it everything
 *                     uses the rules, as while the model loads
 * @param batchSize    how many rows of one kind the embedding job takes at a time
 * @param embedEvery   how long the embedding job waits between runs
 */
@ConfigurationProperties("techvoice.understanding")
public record UnderstandingProperties(
        @DefaultValue("true") boolean modelEnabled,
        @DefaultValue("200") int batchSize,
        @DefaultValue("PT15S") Duration embedEvery) {

    public UnderstandingProperties {
        SettingCheck.require(batchSize >= 1 && batchSize <= 5_000, "techvoice.understanding.batch-size must be between 1 and 5000");
        SettingCheck.require(embedEvery != null && !embedEvery.isNegative() && !embedEvery.isZero(),
                "techvoice.understanding.embed-every must be a positive duration such as PT15S");
    }
}
