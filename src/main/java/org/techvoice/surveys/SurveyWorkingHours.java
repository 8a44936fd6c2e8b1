package org.techvoice.surveys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.techvoice.people.WorkingHours;

/** Offers the survey settings' working day to the rest of the app (action nudges), so there is one rule and one setting. */
@Configuration(proxyBeanMethods = false)
class SurveyWorkingHours {

    @Bean
    WorkingHours workingHours(SurveyProperties properties) {
        return properties.workingHours();
    }
}
