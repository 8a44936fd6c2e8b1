package org.techvoice.scheduling;

/**
 * Work someone asked for and was told will happen, waiting for {@link StoredRequestJobs}.
 *
 * @param key      unique per kind and workspace, derived from the Slack request, so a repeated request is stored once
 * @param userId   who asked (and is told the outcome)
 * @param payload  what the kind needs beyond that, as text; may be null
 * @param attempts runs that began on it before this one (a crash mid-run counts)
 */
public record StoredRequest(long id, String teamId, String kind, String key, String userId, String payload, int attempts) {
}
