package org.techvoice.people;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who registered (or was imported) as a technician of the workspace's institution. */
@Entity
@Table(name = "technician")
class Technician {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "user_id", nullable = false, length = 32)
    private String userId;

    @Column(name = "department", length = 200)
    private String department;

    @Column(name = "job_family", length = 200)
    private String jobFamily;

    @Column(name = "professional_registration", length = 200)
    private String professionalRegistration;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Technician() {
    }

    Technician(String teamId, String userId, Instant joinedAt) {
        this.teamId = teamId;
        this.userId = userId;
        this.joinedAt = joinedAt;
    }

    void describe(TechnicianProfile profile) {
        this.department = profile.department();
        this.jobFamily = profile.jobFamily();
        this.professionalRegistration = profile.professionalRegistration();
    }

    TechnicianProfile profile() {
        return new TechnicianProfile(userId, department, jobFamily, professionalRegistration);
    }

    Instant joinedAt() {
        return joinedAt;
    }
}
