package org.techvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.techvoice.support.SlackAppTest;

import io.micrometer.core.instrument.MeterRegistry;

/** Metrics are opt-in: by default (the shared test context is the default) there is no registry and no endpoint. */
@SlackAppTest
class MetricsSwitchedOffTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void noPrometheusEndpointAndNoMeterRegistryByDefault() throws Exception {
        HttpResponse<String> scrape = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(scrape.statusCode()).isEqualTo(404);
        assertThat(context.getBeanNamesForType(MeterRegistry.class)).isEmpty();
    }
}
