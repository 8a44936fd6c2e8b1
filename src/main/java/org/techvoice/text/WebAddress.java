package org.techvoice.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one rule for a link TechVoice keeps (an evidence link, the institution's public page): a full https address
 * with a host. Anything else (javascript:, mailto:, Slack markup) could surprise whoever clicks it, and a plain http
 * link is one a lead may open from the published draft years later over an unencrypted connection; every
 * institutional site, repository and DOI resolver serves https, so one rule is simplest to say and to keep.
 */
public final class WebAddress {

    private WebAddress() {
    }

    /** @param text already stripped; {@code maxLength} bounds it, as each field says its own limit */
    public static boolean isHttps(String text, int maxLength) {
        if (text == null || text.isEmpty() || text.length() > maxLength) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("https") && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
