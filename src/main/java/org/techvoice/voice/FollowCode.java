package org.techvoice.voice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short code an author of a voice entry follows it with ({@code /tc voice status V12-K7Q2MX9P}). It is made from
 * the entry's number and the SHA-256 of the author's own token (the one in their confirmation, whose hash is already
 * stored to let them change or delete the entry), so nothing new is stored: no table links a code to a person, and a
 * code only opens the entry it was made for. Eight characters of an alphabet of 32 are 40 bits a guess must hit.
 */
public final class FollowCode {

    /** Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand survives. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 8;
    private static final Pattern SHAPE = Pattern.compile("(?i)V-?([0-9]{1,18})-([0-9A-Z]{" + LENGTH + "})");

    private FollowCode() {
    }

    /** The code of the entry whose author holds {@code token}. */
    public static String of(long entryId, String token) {
        return ofHash(entryId, DeleteTokens.hash(token));
    }

    static String ofHash(long entryId, String tokenHash) {
        return "V" + entryId + "-" + secret(entryId, tokenHash);
    }

    /** A typed code's entry number and secret part, if it has the shape of one (spaces and case forgiven). */
    static Optional<Typed> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(typed.strip().replace(" ", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Typed(Long.parseLong(m.group(1)), m.group(2).toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1')));
    }

    /** Constant time, so how long an answer takes says nothing about how close a guess was. */
    static boolean matches(Typed typed, String tokenHash) {
        return MessageDigest.isEqual(secret(typed.entryId(), tokenHash).getBytes(StandardCharsets.US_ASCII),
                typed.secret().getBytes(StandardCharsets.US_ASCII));
    }

    private static String secret(long entryId, String tokenHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("techvoice-follow:" + entryId + ":" + tokenHash).getBytes(StandardCharsets.UTF_8));
            StringBuilder code = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET[(digest[i] & 0xff) % 32]);
            }
            return code.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    record Typed(long entryId, String secret) {
    }
}
