package org.techvoice.installations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

interface WorkspaceDeletionRepository extends JpaRepository<WorkspaceDeletion, String> {

    @Query("select d.teamId from WorkspaceDeletion d where d.deleteAfter <= :now order by d.deleteAfter")
    List<String> findDueTeamIds(@Param("now") Instant now);

    /** Locks the row so that a reinstall cancelling it waits for, or wins against, the deletion. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from WorkspaceDeletion d where d.teamId = :teamId")
    Optional<WorkspaceDeletion> lockByTeamId(@Param("teamId") String teamId);
}
