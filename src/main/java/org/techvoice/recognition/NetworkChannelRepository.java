package org.techvoice.recognition;

import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkChannelRepository extends JpaRepository<NetworkChannel, String> {

    long deleteByTeamId(String teamId);
}
