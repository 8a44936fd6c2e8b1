package org.techvoice.draft.profile;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface OrganisationProfileRepository extends Repository<OrganisationProfile, String> {

    Optional<OrganisationProfile> findByTeamId(String teamId);

    OrganisationProfile save(OrganisationProfile profile);

    long deleteByTeamId(String teamId);
}
