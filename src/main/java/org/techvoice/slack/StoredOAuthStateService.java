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

    @Override
    public boolean isAvailableInDatabase(String state) {
        return states.isValid(state);
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        states.consumed(state);
    }
}
