package org.techvoice.playground;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.techvoice.people.JobFamily;
import org.techvoice.people.PeopleService;
import org.techvoice.people.ProfessionalRegistration;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.people.TechnicianProfile;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.workspaces.WorkspaceService;

/**
 * Prepares the pretend workspace at start-up, through the features' own services and idempotently (the data
 * survives restarts in the playground's H2 file): the lead and the champion hold their roles, the network channel
 * is set, and the technicians are registered as {@code /tc join} would.
 */
@Component
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class PlaygroundSetup {

    private static final Logger log = LoggerFactory.getLogger(PlaygroundSetup.class);

    /** What each technician persona would have typed in {@code /tc join}. */
    private static final Map<Persona, TechnicianProfile> PROFILES = Map.of(
            Personas.AMIRA, profile(Personas.AMIRA, JobFamily.LABORATORY, ProfessionalRegistration.RSCITECH),
            Personas.TOM, profile(Personas.TOM, JobFamily.ENGINEERING, ProfessionalRegistration.ENGTECH),
            Personas.PRIYA, profile(Personas.PRIYA, JobFamily.LABORATORY, null),
            Personas.GARETH, profile(Personas.GARETH, JobFamily.ENGINEERING, ProfessionalRegistration.IENG));

    private final WorkspaceService workspaces;
    private final RoleService roles;
    private final PeopleService people;
    private final CelebrationService celebrations;
    private final Environment environment;

    PlaygroundSetup(WorkspaceService workspaces, RoleService roles, PeopleService people, CelebrationService celebrations,
            Environment environment) {
        this.workspaces = workspaces;
        this.roles = roles;
        this.people = people;
        this.celebrations = celebrations;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepare() {
        workspaces.recordSeen(Personas.TEAM_ID, null);
        roles.grant(Personas.TEAM_ID, Personas.HELEN.id(), Role.LEAD, Personas.ADMIN.id());
        roles.grant(Personas.TEAM_ID, Personas.GARETH.id(), Role.CHAMPION, Personas.ADMIN.id());
        PROFILES.forEach((persona, profile) -> {
            if (people.find(Personas.TEAM_ID, persona.id()).isEmpty()) {
                people.register(Personas.TEAM_ID, profile);
            }
        });
        if (celebrations.networkChannel(Personas.TEAM_ID).isEmpty()) {
            celebrations.setNetworkChannel(Personas.TEAM_ID, Personas.ADMIN.id(), Personas.NETWORK_CHANNEL);
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("TechVoice playground: open http://localhost:{}/ (no Slack workspace needed; data in {})", port, dataLocation());
    }

    private String dataLocation() {
        String url = environment.getProperty(PlaygroundMode.DATABASE_URL, PlaygroundMode.DEFAULT_DATABASE_URL);
        if (url.startsWith("jdbc:h2:file:")) {
            String path = url.substring("jdbc:h2:file:".length());
            int options = path.indexOf(';');
            return options < 0 ? path : path.substring(0, options);
        }
        return "memory only, gone when it stops";
    }

    static TechnicianProfile profile(Persona persona, JobFamily family, ProfessionalRegistration registration) {
        return new TechnicianProfile(persona.id(), persona.department(), family.label(), registration == null ? null : registration.code());
    }
}
