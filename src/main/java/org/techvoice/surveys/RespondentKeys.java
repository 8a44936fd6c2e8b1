package org.techvoice.surveys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The keyed hash that stands for a respondent. Without the secret nobody (not even with the database and the
 * audience list) can tell whose answers a row holds, yet the same person always gets the same key, so they
 * can change their answers and cannot answer twice.
 */
@Component
class RespondentKeys {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** @throws IllegalStateException (stopping start-up) when no key is set outside the embedded database */
    RespondentKeys(SurveyProperties properties, Environment environment) {
        String secret = SurveyHashKey.resolve(properties.hashKey(), environment.acceptsProfiles(Profiles.of("postgres")),
                environment.getProperty("spring.datasource.url"));
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String of(String teamId, long surveyId, String userId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((teamId + "\n" + surveyId + "\n" + userId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
