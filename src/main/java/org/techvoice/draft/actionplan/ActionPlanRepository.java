package org.techvoice.draft.actionplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ActionPlanRepository extends Repository<ActionPlanEntry, Long> {

    boolean existsByTeamIdAndReference(String teamId, String reference);

    Optional<ActionPlanEntry> findByTeamIdAndId(String teamId, Long id);

    List<ActionPlanEntry> findByTeamIdOrderByReference(String teamId);

    long countByTeamId(String teamId);

    ActionPlanEntry saveAndFlush(ActionPlanEntry entry);

    long deleteByTeamId(String teamId);
}
