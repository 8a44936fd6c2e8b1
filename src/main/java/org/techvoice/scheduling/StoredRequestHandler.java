package org.techvoice.scheduling;

/**
 * Does one kind of stored request. Both methods run inside the transaction that removes the request, so what they
 * write (rows, outbox messages) commits exactly when the request is gone: done once, never lost.
 */
public interface StoredRequestHandler {

    /** Matches {@link StoredRequest#kind()}. */
    String kind();

    /** Does the work; throwing rolls it back and leaves the request for the next run. */
    void handle(StoredRequest request);

    /** The work failed {@link StoredRequests#MAX_ATTEMPTS} times: tell the person; the request is then dropped. */
    void giveUp(StoredRequest request);
}
