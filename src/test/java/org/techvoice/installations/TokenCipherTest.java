package org.techvoice.installations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.techvoice.support.OAuthInstaller;

class TokenCipherTest {

    private final TokenCipher cipher = cipher(OAuthInstaller.TOKEN_KEY);

    @Test
    void aTokenComesBackAsItWasAndIsNeverStoredTheSameWayTwice() {
        String first = cipher.encrypt("xoxb-1-2-secret", "T:T0ONE");
        String second = cipher.encrypt("xoxb-1-2-secret", "T:T0ONE");

        assertThat(first).startsWith("v1:").doesNotContain("xoxb").isNotEqualTo(second);
        assertThat(cipher.decrypt(first, "T:T0ONE")).isEqualTo("xoxb-1-2-secret");
        assertThat(cipher.decrypt(second, "T:T0ONE")).isEqualTo("xoxb-1-2-secret");
    }

    @Test
    void anotherKeyOrAnotherInstallationCannotOpenIt() {
        String stored = cipher.encrypt("xoxb-1-2-secret", "T:T0ONE");
        TokenCipher otherKey = cipher(Base64.getEncoder().encodeToString(new byte[32]));

        assertThatThrownBy(() -> otherKey.decrypt(stored, "T:T0ONE")).isInstanceOf(TokenCipher.UnreadableTokenException.class)
                .hasMessageContaining("TECHVOICE_TOKEN_KEY changed");
        assertThatThrownBy(() -> cipher.decrypt(stored, "T:T0TWO")).isInstanceOf(TokenCipher.UnreadableTokenException.class);
        assertThatThrownBy(() -> cipher.decrypt("xoxb-plain", "T:T0ONE")).isInstanceOf(TokenCipher.UnreadableTokenException.class);
    }

    @Test
    void withoutAKeyNothingCanBeStored() {
        TokenCipher none = cipher(null);

        assertThat(none.hasKey()).isFalse();
        assertThatThrownBy(() -> none.encrypt("xoxb-1", "T:T0ONE")).hasMessageContaining("TECHVOICE_TOKEN_KEY is not set");
        assertThat(none.encrypt(null, "T:T0ONE")).isNull();
    }

    private static TokenCipher cipher(String key) {
        return new TokenCipher(new InstallationProperties(key, Duration.ofDays(30), Duration.ofMinutes(10)));
    }
}
