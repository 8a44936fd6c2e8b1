package org.techvoice.installations;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts tokens for storage with AES-256-GCM. Each value gets a fresh 96-bit nonce, and the installation it
 * belongs to is bound in as associated data, so a token copied into another row does not decrypt there.
 * Stored form: {@code v1:<base64(nonce | ciphertext | tag)>}.
 */
@Component
public class TokenCipher {

    static final String KEY_SETTING = "TECHVOICE_TOKEN_KEY";
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    TokenCipher(InstallationProperties properties) {
        this.key = properties.hasTokenKey() ? parse(properties.tokenKey()) : null;
    }

    /** The key is checked when the app starts; the message never repeats the value. */
    private static SecretKey parse(String encoded) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(KEY_SETTING + " is not valid base64; generate one with: openssl rand -base64 32");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(KEY_SETTING + " must be 32 bytes (256 bits) once base64-decoded, not "
                    + bytes.length + "; generate one with: openssl rand -base64 32");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** False when {@code TECHVOICE_TOKEN_KEY} is not set: then no token can be stored. */
    public boolean hasKey() {
        return key != null;
    }

    String encrypt(String plaintext, String boundTo) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, boundTo);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** @throws UnreadableTokenException when the value was encrypted with another key or for another installation */
    String decrypt(String stored, String boundTo) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(VERSION)) {
            throw new UnreadableTokenException("not a token encrypted by TechVoice");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            byte[] nonce = java.util.Arrays.copyOfRange(bytes, 0, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, boundTo);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new UnreadableTokenException("cannot decrypt it: was " + KEY_SETTING + " changed since it was stored?");
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String boundTo) throws GeneralSecurityException {
        if (key == null) {
            throw new IllegalStateException(KEY_SETTING + " is not set: tokens cannot be stored or read");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** A stored token that this key cannot open. */
    static final class UnreadableTokenException extends RuntimeException {
        UnreadableTokenException(String message) {
            super(message);
        }
    }
}
