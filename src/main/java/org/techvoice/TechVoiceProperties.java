package org.techvoice;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of TechVoice itself.
 *
 * @param admins Slack user ids allowed to administer the bot in addition to the workspace's
 *               owners and admins ({@code TECHVOICE_ADMINS}, comma-separated)
 */
@ConfigurationProperties("techvoice")
public record TechVoiceProperties(@DefaultValue List<String> admins) {

    public TechVoiceProperties {
        admins = admins.stream().map(String::trim).filter(id -> !id.isEmpty()).toList();
    }
}
