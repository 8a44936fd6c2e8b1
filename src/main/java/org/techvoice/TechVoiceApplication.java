package org.techvoice;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * TechVoice: a Slack app that gathers the technician voice, contributions and achievements
 * for an institution's Technician Commitment self-assessment.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TechVoiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TechVoiceApplication.class, args);
    }

    /** Every time-based decision goes through this clock so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
