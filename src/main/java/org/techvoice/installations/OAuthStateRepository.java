package org.techvoice.installations;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OAuthStateRepository extends JpaRepository<OAuthState, String> {

    @Modifying
    @Query("delete from OAuthState s where s.expiresAt <= :now")
    int deleteExpired(@Param("now") Instant now);

    /** Deletes the state if it is still valid; one statement, so of two callers at once only one gets 1. */
    @Modifying
    @Query("delete from OAuthState s where s.state = :state and s.expiresAt > :now")
    int deleteIfValid(@Param("state") String state, @Param("now") Instant now);
}
