package org.techvoice.loop;

import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.audit.AuditLog;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.people.WhoCan;

/** {@code /tc loop}: the admin's switches for the loop posts, digest, results sharing and leads' report. */
@Service
public class LoopAdmin {

    private final LoopSettingsStore store;
    private final RoleService roles;
    private final AuditLog audit;

    LoopAdmin(LoopSettingsStore store, RoleService roles, AuditLog audit) {
        this.store = store;
        this.roles = roles;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public LoopSettings settings(String teamId) {
        return store.settings(teamId);
    }

    /** The result of a change: {@link Saved}, or refused to a non-admin with who can ({@link AdminsOnly}). */
    public sealed interface Updated {
    }

    /** The switches as saved. */
    public record Saved(LoopSettings settings) implements Updated {
    }

    /** Only admins may change the switches: who can, for the adapter's refusal. Nothing was changed. */
    public record AdminsOnly(WhoCan whoCan) implements Updated {
    }

    /**
     * Admins only; audited as {@code loop.settings} with {@code detail} (what was switched).
     *
     * @param change the new settings from the current ones
     */
    @Transactional
    public Updated update(String teamId, String userId, UnaryOperator<LoopSettings> change, String detail) {
        if (!roles.hasRole(teamId, userId, Role.ADMIN)) {
            return new AdminsOnly(roles.whoCan(teamId, Role.ADMIN));
        }
        LoopSettings changed = change.apply(store.settings(teamId));
        store.save(teamId, changed);
        audit.record(teamId, userId, "loop.settings", detail);
        return new Saved(changed);
    }
}
