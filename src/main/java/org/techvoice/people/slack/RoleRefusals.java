package org.techvoice.people.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;
import org.techvoice.people.Role;
import org.techvoice.people.WhoCan;

/**
 * The words of every refusal for want of a role, so every command refuses alike and names who can, e.g. "Only
 * TechVoice leads and admins can pull a draft. Ask a lead (<@U1>) or an admin (<@U2>, or any workspace owner or
 * admin)." Used by every feature's adapter.
 */
@NamedInterface("role-refusals")
public final class RoleRefusals {

    /** Refusals name at most this many people per role, then "N others". */
    static final int NAMED = 8;

    private RoleRefusals() {
    }

    /** @param action what was refused, completing "Only ... can ___", e.g. "pull a draft" */
    public static String text(WhoCan whoCan, String action) {
        String admins = mentions(whoCan.admins(), "any workspace owner or admin");
        Role needed = whoCan.needed();
        if (needed == Role.ADMIN) {
            return "Only TechVoice admins can " + action + ". Ask " + admins + ".";
        }
        String who = needed == Role.LEAD ? "leads" : "technician champions";
        String one = needed == Role.LEAD ? "a lead" : "a technician champion";
        String intro = "Only TechVoice " + who + " and admins can " + action + ". ";
        if (whoCan.holders().isEmpty()) {
            return intro + "There is no " + (needed == Role.LEAD ? "lead" : "champion") + " yet: ask an admin ("
                    + admins + "), who can also appoint one with `/tc role add " + needed.name().toLowerCase(Locale.ROOT)
                    + " @person`.";
        }
        return intro + "Ask " + one + " (" + mentions(whoCan.holders(), null) + ") or an admin (" + admins + ").";
    }

    /** "<@U1>, <@U2> or …", naming at most a handful and ending with {@code fallback} when given. */
    private static String mentions(List<String> userIds, String fallback) {
        List<String> named = new ArrayList<>(userIds.stream().limit(NAMED).map(id -> "<@" + id + ">").toList());
        if (userIds.size() > NAMED) {
            named.add((userIds.size() - NAMED) + " others");
        }
        if (fallback != null) {
            named.add(fallback);
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " or " + named.get(named.size() - 1);
    }
}
