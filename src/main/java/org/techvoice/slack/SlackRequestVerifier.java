package org.techvoice.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's {@code X-Slack-Signature} over the raw request bytes.
 *
 * <p>Bolt's own check turns the body into a String and hashes it with the platform charset, so any
 * non-ASCII text fails under a non-UTF-8 locale. Hashing the exact bytes Slack sent avoids that.
 */
public final class SlackRequestVerifier {

    /** Slack's documented replay window. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final byte[] secret;
    private final Mac keyed;
    private final Clock clock;

    public SlackRequestVerifier(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        // an empty secret (HTTP not configured) cannot key a MAC: each check then fails as it always did
        this.keyed = secret.length == 0 ? null : newKeyedMac(secret);
        this.clock = clock;
    }

    public boolean isValid(String timestampHeader, String signatureHeader, byte[] body) {
        if (timestampHeader == null || signatureHeader == null || !signatureHeader.startsWith("v0=")) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException notANumber) {
            return false;
        }
        long ageSeconds = Math.abs(clock.instant().getEpochSecond() - timestamp);
        if (ageSeconds > MAX_AGE.toSeconds()) {
            return false;
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(timestamp, body))).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signatureHeader.getBytes(StandardCharsets.US_ASCII));
    }

    /** The signature Slack would send; tests and the playground sign with it. */
    public String sign(long timestamp, byte[] body) {
        return "v0=" + HexFormat.of().formatHex(hmac(timestamp, body));
    }

    private byte[] hmac(long timestamp, byte[] body) {
        Mac mac = keyedMac();
        mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
        return mac.doFinal(body);
    }

    /**
     * A copy of the MAC keyed once, rather than a provider lookup and a key set-up on every request (a measurable
     * part of an ack's CPU). The keyed original is never used itself, so copying it from many threads is safe.
     */
    private Mac keyedMac() {
        if (keyed == null) {
            return newKeyedMac(secret);
        }
        try {
            return (Mac) keyed.clone();
        } catch (CloneNotSupportedException notByThisProvider) {
            return newKeyedMac(secret);
        }
    }

    private static Mac newKeyedMac(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
