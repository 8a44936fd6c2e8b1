package org.techvoice.playground;

/**
 * One pretend member of the playground workspace.
 *
 * @param role {@code technician}, {@code champion}, {@code lead} or {@code admin} (the page's persona switcher);
 *             {@code sample} for people who exist only in the sample institution's data
 */
record Persona(String id, String handle, String name, String title, String department, String role) {

    String email() {
        return handle + "@northgate.ac.uk";
    }

    /** Each persona's DM with the bot: Slack's D-prefixed id, derived so it is stable across restarts. */
    String dmChannel() {
        return "D" + id.substring(1);
    }
}
