package org.techvoice.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the app's Web API calls at the WireMock stand-in, which answers auth.test and
 * accepts outbox deliveries from the start. */
public class SlackApiStubInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        SlackApiStub.stubAuthTest();
        SlackApiStub.stubDeliveries();
        TestPropertyValues.of("techvoice.slack.api-url=" + SlackApiStub.apiUrl()).applyTo(context.getEnvironment());
    }
}
