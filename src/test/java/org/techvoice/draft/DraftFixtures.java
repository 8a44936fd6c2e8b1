package org.techvoice.draft;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Adds the fixture evidence sources to the app; every draft test imports exactly this, so they share one context. */
@TestConfiguration(proxyBeanMethods = false)
public class DraftFixtures {

    @Bean
    FixtureEvidence fixtureEvidence() {
        return new FixtureEvidence();
    }

    @Bean
    EntryEvidenceSource fixtureEntrySource(FixtureEvidence evidence) {
        return evidence.entrySource();
    }

    @Bean
    SurveyEvidenceSource fixtureSurveySource(FixtureEvidence evidence) {
        return evidence.surveySource();
    }
}
