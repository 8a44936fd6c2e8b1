package org.techvoice.recognition;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The technician-network channel where approved celebrations are posted, one per workspace. */
@Entity
@Table(name = "network_channel")
class NetworkChannel {

    @Id
    @Column(name = "team_id", length = 32)
    private String teamId;

    @Column(name = "channel_id", nullable = false, length = 32)
    private String channelId;

    @Column(name = "set_by", nullable = false, length = 32)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected NetworkChannel() {
    }

    NetworkChannel(String teamId) {
        this.teamId = teamId;
    }

    void set(String channel, String by, Instant at) {
        this.channelId = channel;
        this.setBy = by;
        this.setAt = at;
    }

    String channelId() {
        return channelId;
    }
}
