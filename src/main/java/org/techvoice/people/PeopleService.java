package org.techvoice.people;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace's technician community: who registered, and their department for reporting splits. */
@Service
public class PeopleService {

    private final TechnicianRepository technicians;
    private final Clock clock;

    PeopleService(TechnicianRepository technicians, Clock clock) {
        this.technicians = technicians;
        this.clock = clock;
    }

    /** Registers or updates a technician. */
    @Transactional
    public TechnicianProfile register(String teamId, TechnicianProfile profile) {
        Technician technician = technicians.findByTeamIdAndUserId(teamId, profile.userId())
                .orElseGet(() -> new Technician(teamId, profile.userId(), clock.instant()));
        technician.describe(profile);
        return technicians.save(technician).profile();
    }

    @Transactional(readOnly = true)
    public Optional<TechnicianProfile> find(String teamId, String userId) {
        return technicians.findByTeamIdAndUserId(teamId, userId).map(Technician::profile);
    }

    @Transactional(readOnly = true)
    public List<TechnicianProfile> technicians(String teamId) {
        return technicians.findByTeamIdOrderByUserId(teamId).stream().map(Technician::profile).toList();
    }

    @Transactional(readOnly = true)
    public long count(String teamId) {
        return technicians.countByTeamId(teamId);
    }

    @Transactional(readOnly = true)
    public Optional<String> departmentOf(String teamId, String userId) {
        return find(teamId, userId).map(TechnicianProfile::department).filter(d -> d != null && !d.isBlank());
    }

    /**
     * {@code /tc join}: registers the person, or updates what they registered before.
     *
     * @return the problems with what was typed, by field; empty when it was saved
     */
    @Transactional
    public Map<TechnicianDetails.Field, TechnicianDetails.Problem> join(String teamId, String userId, TechnicianDetails details) {
        Map<TechnicianDetails.Field, TechnicianDetails.Problem> problems = details.problems();
        if (problems.isEmpty()) {
            register(teamId, details.toProfile(userId));
        }
        return problems;
    }
}
