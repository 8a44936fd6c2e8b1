package org.techvoice.playground;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The stand-in's answers about people, channels and user groups, from {@link Personas}. */
@Component
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class SlackDirectory {

    static final String TECHNICIANS_GROUP = "S0NGTECHS1";

    private final ObjectMapper json;

    SlackDirectory(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode authTest(String url) {
        return ok().put("url", url).put("team", Personas.TEAM_NAME).put("user", "techvoice")
                .put("team_id", Personas.TEAM_ID).put("user_id", Personas.BOT_USER).put("bot_id", Personas.BOT_ID)
                .put("is_enterprise_install", false);
    }

    ObjectNode userInfo(String userId) {
        if (Personas.BOT_USER.equals(userId)) {
            ObjectNode response = ok();
            ObjectNode user = response.putObject("user").put("id", Personas.BOT_USER).put("team_id", Personas.TEAM_ID)
                    .put("name", "techvoice").put("real_name", Personas.BOT_NAME).put("deleted", false).put("is_bot", true)
                    .put("is_app_user", false);
            user.putObject("profile").put("real_name", Personas.BOT_NAME).put("display_name", Personas.BOT_NAME)
                    .put("bot_id", Personas.BOT_ID);
            return response;
        }
        return Personas.byId(userId).map(this::user).orElseGet(() -> error("user_not_found"));
    }

    ObjectNode lookupByEmail(String email) {
        return email == null ? error("users_not_found") : Personas.byEmail(email.trim()).map(this::user).orElseGet(() -> error("users_not_found"));
    }

    ObjectNode openConversation(String users) {
        List<String> ids = users == null ? List.of() : Arrays.stream(users.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (ids.size() != 1 || Personas.byId(ids.get(0)).isEmpty()) {
            return error(ids.isEmpty() ? "users_list_not_supplied" : "user_not_found");
        }
        ObjectNode response = ok();
        response.putObject("channel").put("id", Personas.byId(ids.get(0)).orElseThrow().dmChannel()).put("is_im", true)
                .put("user", ids.get(0));
        return response;
    }

    /** The network channel has everyone but the admin; anything else is unknown here. */
    ObjectNode members(String channel) {
        if (!Personas.NETWORK_CHANNEL.equals(channel)) {
            return error("channel_not_found");
        }
        ObjectNode response = ok();
        ArrayNode members = response.putArray("members");
        Personas.everyone().filter(p -> !"admin".equals(p.role())).forEach(p -> members.add(p.id()));
        members.add(Personas.BOT_USER);
        response.putObject("response_metadata").put("next_cursor", "");
        return response;
    }

    ObjectNode userGroups() {
        ObjectNode response = ok();
        response.putArray("usergroups").addObject().put("id", TECHNICIANS_GROUP).put("team_id", Personas.TEAM_ID)
                .put("handle", "technicians").put("name", "Technicians").put("description", "Everyone in a technical role")
                .put("user_count", technicians().size());
        return response;
    }

    ObjectNode userGroupMembers(String group) {
        if (!TECHNICIANS_GROUP.equals(group)) {
            return error("no_such_subteam");
        }
        ObjectNode response = ok();
        ArrayNode users = response.putArray("users");
        technicians().forEach(p -> users.add(p.id()));
        return response;
    }

    /** Technicians in the directory: the switchable ones, the champion, and the sample institution's. */
    static List<Persona> technicians() {
        return Personas.everyone().filter(p -> List.of("technician", "champion", "sample").contains(p.role())).toList();
    }

    private ObjectNode user(Persona persona) {
        boolean admin = "admin".equals(persona.role());
        ObjectNode response = ok();
        ObjectNode user = response.putObject("user").put("id", persona.id()).put("team_id", Personas.TEAM_ID)
                .put("name", persona.handle()).put("real_name", persona.name()).put("deleted", false)
                .put("tz", Personas.TIME_ZONE).put("tz_label", "Greenwich Mean Time").put("tz_offset", 0)
                .put("is_admin", admin).put("is_owner", admin).put("is_primary_owner", false)
                .put("is_bot", false).put("is_app_user", false).put("is_restricted", false);
        user.putObject("profile").put("real_name", persona.name()).put("display_name", persona.name())
                .put("title", persona.title()).put("email", persona.email());
        return response;
    }

    private ObjectNode ok() {
        return json.createObjectNode().put("ok", true);
    }

    private ObjectNode error(String code) {
        return json.createObjectNode().put("ok", false).put("error", code);
    }
}
