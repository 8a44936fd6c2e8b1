package org.techvoice.playground;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The people of the pretend University of Northgate, and the workspace they share. */
final class Personas {

    static final String TEAM_ID = "T0NGATE01";
    static final String TEAM_NAME = "University of Northgate";
    static final String TEAM_DOMAIN = "northgate-uni";
    static final String BOT_USER = "U0TECHVOICE";
    static final String BOT_ID = "B0TECHVOICE";
    static final String BOT_NAME = "TechVoice";
    static final String APP_ID = "A0TECHVOICE";
    static final String NETWORK_CHANNEL = "C0TECHNET1";
    static final String NETWORK_CHANNEL_NAME = "technician-network";
    static final String TIME_ZONE = "Europe/London";

    static final Persona AMIRA = new Persona("U0NGTECH01", "amira.haddad", "Amira Haddad",
            "Senior Laboratory Technician", "School of Chemistry", "technician");
    static final Persona TOM = new Persona("U0NGTECH02", "tom.whitfield", "Tom Whitfield",
            "Mechanical Workshop Engineer", "Department of Physics", "technician");
    static final Persona PRIYA = new Persona("U0NGTECH03", "priya.nair", "Priya Nair",
            "Research Technician (Imaging)", "School of Biosciences", "technician");
    static final Persona GARETH = new Persona("U0NGCHAMP1", "gareth.owen", "Gareth Owen",
            "Technical Manager and Technician Champion", "Faculty of Engineering", "champion");
    static final Persona HELEN = new Persona("U0NGLEAD01", "helen.marsh", "Dr Helen Marsh",
            "Director of Technical Services", "Research and Innovation Services", "lead");
    static final Persona ADMIN = new Persona("U0NGADMIN1", "sam.okafor", "Sam Okafor",
            "Collaboration Platforms Administrator", "Digital Services", "admin");

    /** The people the page can act as, in the switcher's order. */
    static final List<Persona> SWITCHABLE = List.of(AMIRA, TOM, PRIYA, GARETH, HELEN, ADMIN);

    /**
     * Technicians who exist only in the sample institution's data (survey respondents and colleagues), so that a
     * survey can pass the minimum group size; they are in the directory so that look-ups about them succeed.
     */
    static final List<Persona> SAMPLE_ONLY = List.of(
            new Persona("U0NGTECH04", "rhys.evans", "Rhys Evans", "Electronics Technician", "School of Engineering", "sample"),
            new Persona("U0NGTECH05", "joanne.clarke", "Joanne Clarke", "Teaching Laboratory Technician", "School of Biosciences", "sample"),
            new Persona("U0NGTECH06", "marek.nowak", "Marek Nowak", "Research Computing Engineer", "Digital Services", "sample"),
            new Persona("U0NGTECH07", "fiona.mcleod", "Fiona McLeod", "Histology Technician", "School of Medicine", "sample"),
            new Persona("U0NGTECH08", "daniel.osei", "Daniel Osei", "Theatre and Media Technician", "School of Arts", "sample"));

    private Personas() {
    }

    static Stream<Persona> everyone() {
        return Stream.concat(SWITCHABLE.stream(), SAMPLE_ONLY.stream());
    }

    static Optional<Persona> byId(String id) {
        return everyone().filter(p -> p.id().equals(id)).findFirst();
    }

    static Optional<Persona> switchable(String id) {
        return SWITCHABLE.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    static Optional<Persona> byEmail(String email) {
        return everyone().filter(p -> p.email().equalsIgnoreCase(email)).findFirst();
    }

    static String nameOf(String userId) {
        if (BOT_USER.equals(userId)) {
            return BOT_NAME;
        }
        return byId(userId).map(Persona::name).orElse(userId);
    }
}
