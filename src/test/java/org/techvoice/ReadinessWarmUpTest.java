package org.techvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Readiness stays DOWN (REFUSING_TRAFFIC) while the warm-up runs and turns UP once it has ended; liveness is UP
 * throughout. A small context started the way Spring Boot starts the app (no timing involved): each step records
 * the states it sees while it runs.
 */
class ReadinessWarmUpTest {

    static final List<String> seen = new ArrayList<>();

    @Configuration(proxyBeanMethods = false)
    static class App {

        @Bean
        ApplicationAvailabilityBean availability() {
            return new ApplicationAvailabilityBean();
        }

        @Bean
        ReadinessWarmUp readinessWarmUp(org.springframework.beans.factory.ObjectProvider<WarmUp> steps) {
            return new ReadinessWarmUp(steps);
        }

        @Bean
        @Order(1)
        WarmUp failing() {
            return step("failing", () -> {
                throw new IllegalStateException("Slack unreachable at boot");
            });
        }

        @Bean
        @Order(2)
        WarmUp recording(ApplicationAvailability availability) {
            return step("recording", () -> seen.add(availability.getReadinessState() + " " + availability.getLivenessState()));
        }
    }

    interface Work {
        void run() throws Exception;
    }

    static WarmUp step(String name, Work work) {
        return new WarmUp() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void warmUp() throws Exception {
                work.run();
            }
        };
    }

    @Test
    void readinessStaysDownUntilTheWarmUpEndsEvenWhenAStepFails() {
        seen.clear();
        SpringApplication application = new SpringApplication(App.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run()) {
            ApplicationAvailability availability = context.getBean(ApplicationAvailability.class);

            // the recording step ran after the failing one, while readiness was still DOWN and liveness UP
            assertThat(seen).containsExactly(ReadinessState.REFUSING_TRAFFIC + " " + LivenessState.CORRECT);
            assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        }
    }
}
