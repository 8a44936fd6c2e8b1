package org.techvoice.people;

import java.util.List;

/**
 * Who can do what someone was refused, as facts for the adapter that words the refusal.
 *
 * @param needed  the role the action needs (admins hold every power, so they can too)
 * @param holders who holds {@code needed} (empty when it is {@link Role#ADMIN}: they are in {@code admins})
 * @param admins  the admins TechVoice can name: {@code TECHVOICE_ADMINS} and recorded admins; Slack's own workspace
 *                owners and admins come on top
 */
public record WhoCan(Role needed, List<String> holders, List<String> admins) {

    public WhoCan {
        holders = List.copyOf(holders);
        admins = List.copyOf(admins);
    }
}
