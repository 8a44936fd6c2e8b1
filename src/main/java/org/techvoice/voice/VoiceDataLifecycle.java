package org.techvoice.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.privacy.RetentionParticipant;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** Voice entries leave with their workspace, and anonymous ones too once past the "entries" retention period. */
@Component
class VoiceDataLifecycle implements WorkspaceDataRemoval, RetentionParticipant {

    private final VoiceRepository entries;

    VoiceDataLifecycle(VoiceRepository entries) {
        this.entries = entries;
    }

    @Override
    public Set<String> tables() {
        return Set.of("voice_entry");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        return entries.deleteByTeamId(teamId);
    }

    @Override
    public String dataKind() {
        return "entries";
    }

    /** Entries keep only their day, so the cutoff is compared by day (UTC). */
    @Override
    @Transactional
    public int expireBefore(String teamId, Instant cutoff) {
        return (int) entries.deleteByTeamIdAndSaidOnBefore(teamId, LocalDate.ofInstant(cutoff, ZoneOffset.UTC));
    }
}
