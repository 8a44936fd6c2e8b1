package org.techvoice.voice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Capabilities for entries linked to nobody: a random token goes to the author (inside their ephemeral
 * confirmation) and only its SHA-256 is stored, so the database alone can neither act as the author nor
 * tell who that was.
 */
final class DeleteTokens {

    private static final SecureRandom random = new SecureRandom();

    private DeleteTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Constant time, so response timing says nothing about how close a guess was. */
    static boolean matches(String token, String storedHash) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
