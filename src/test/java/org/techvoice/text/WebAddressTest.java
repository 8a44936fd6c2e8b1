package org.techvoice.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebAddressTest {

    @Test
    void onlyAFullHttpsAddressWithinItsLimitIsALink() {
        assertThat(WebAddress.isHttps("https://www.northgate.ac.uk/technicians", 100)).isTrue();
        assertThat(WebAddress.isHttps("HTTPS://doi.org/10.1000/182", 100)).isTrue();
        for (String not : new String[] {"http://www.northgate.ac.uk", "javascript:alert(1)", "mailto:a@b.org", "https://",
                "https://localhost/x", "www.northgate.ac.uk", "<https://evil.example|click>", "https://bad host.org", ""}) {
            assertThat(WebAddress.isHttps(not, 100)).as(not).isFalse();
        }
        assertThat(WebAddress.isHttps(null, 100)).isFalse();
        assertThat(WebAddress.isHttps("https://example.org/" + "a".repeat(100), 100)).isFalse();
    }
}
