package org.techvoice.draft;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Fallback;

/**
 * Adds the fixture evidence sources to the app (empty until a test fills them for its workspace). Every
 * {@link org.techvoice.support.SlackAppTest} context has them, so the draft tests share the one context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DraftFixtures {

    @Bean
    FixtureEvidence fixtureEvidence() {
        return new FixtureEvidence();
    }

    // @Fallback: a test that autowires the one real source still gets it; the draft's list of sources has both
    @Bean
    @Fallback
    EntryEvidenceSource fixtureEntrySource(FixtureEvidence evidence) {
        return evidence.entrySource();
    }

    @Bean
    @Fallback
    SurveyEvidenceSource fixtureSurveySource(FixtureEvidence evidence) {
        return evidence.surveySource();
    }
}
