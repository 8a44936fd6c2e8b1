package org.techvoice.installations;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InstallationRepository extends JpaRepository<Installation, Long> {

    Optional<Installation> findByInstallationKey(String installationKey);
}
