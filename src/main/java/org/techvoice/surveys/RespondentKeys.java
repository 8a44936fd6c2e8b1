package org.techvoice.surveys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The keyed hash that stands for a respondent. Without the secret nobody (not even with the database and the
 * audience list) can tell whose answers a row holds, yet the same person always gets the same key, so they
 * can change their answers and cannot answer twice.
 */
@Component
class RespondentKeys {

    private static final Logger log = LoggerFactory.getLogger(RespondentKeys.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    RespondentKeys(SurveyProperties properties) {
        if (properties.usesDevelopmentHashKey()) {
            log.warn("TECHVOICE_SURVEY_HASH_KEY is not set: anonymous survey answers are protected by a development key "
                    + "anyone can read in the source. Set a long random secret before real people answer.");
        }
        this.key = new SecretKeySpec(properties.hashKey().getBytes(StandardCharsets.UTF_8), ALGORITHM);
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
