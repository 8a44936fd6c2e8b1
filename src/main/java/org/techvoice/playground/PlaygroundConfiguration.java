package org.techvoice.playground;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.beans.factory.annotation.Qualifier;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The playground's shared state; every playground bean exists only in playground mode (see {@link PlaygroundMode}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class PlaygroundConfiguration {

    /** Real time for everyone; the sample loader alone replays its four months (see {@link SampleClock}). */
    @Bean
    @Primary
    SampleClock sampleClock(@Qualifier("clock") Clock clock) {
        return new SampleClock(clock);
    }

    @Bean
    PlaygroundWorkspace playgroundWorkspace(ObjectMapper json, Clock clock) {
        return new PlaygroundWorkspace(json, clock);
    }
}
