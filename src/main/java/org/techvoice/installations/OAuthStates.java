package org.techvoice.installations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The server-side half of the OAuth state check: a state handed out by the install page is accepted once,
 * within {@link InstallationProperties#stateLifetime()}. (The browser-side half is a cookie set by Bolt.)
 */
@Service
public class OAuthStates {

    private final OAuthStateRepository states;
    private final InstallationProperties properties;
    private final Clock clock;

    OAuthStates(OAuthStateRepository states, InstallationProperties properties, Clock clock) {
        this.states = states;
        this.properties = properties;
        this.clock = clock;
    }

    public Duration lifetime() {
        return properties.stateLifetime();
    }

    @Transactional
    public void issued(String state) {
        Instant now = clock.instant();
        // expired states are of no use to anyone: clear them whenever a new one is handed out
        states.deleteExpired(now);
        states.save(new OAuthState(state, now.plus(properties.stateLifetime())));
    }

    @Transactional(readOnly = true)
    public boolean isValid(String state) {
        return state != null && states.findById(state).filter(s -> s.validAt(clock.instant())).isPresent();
    }

    /**
     * Takes a valid state, once: of two callbacks bringing the same state at the same moment, exactly one gets
     * true, so the authorisation code is exchanged once. The state is gone afterwards, whatever comes next.
     */
    @Transactional
    public boolean claim(String state) {
        return state != null && states.deleteIfValid(state, clock.instant()) == 1;
    }

    @Transactional
    public void consumed(String state) {
        if (state != null) {
            states.deleteById(state);
        }
    }
}
