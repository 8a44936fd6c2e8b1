package org.techvoice.slack;

import org.techvoice.installations.OAuthStates;

import com.slack.api.bolt.service.OAuthStateService;

/**
 * Bolt's state check backed by {@link OAuthStates}: Bolt puts the state in a cookie and in the authorize URL;
 * the callback must bring back both, equal, while the stored state is still unused and unexpired.
 */
final class StoredOAuthStateService implements OAuthStateService {

    private final OAuthStates states;

    StoredOAuthStateService(OAuthStates states) {
        this.states = states;
    }

    @Override
    public long getExpirationInSeconds() {
        return states.lifetime().toSeconds();
    }

    @Override
    public void addNewStateToDatastore(String state) {
        states.issued(state);
    }

    /**
     * Bolt asks this once per callback, before exchanging the code: claiming the state here (rather than deleting
     * it after the exchange) means two simultaneous callbacks with one state exchange the code once.
     */
    @Override
    public boolean isAvailableInDatabase(String state) {
        return states.claim(state);
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        states.consumed(state);
    }
}
