package org.techvoice.themes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The Technician Commitment's themes as the self-assessment template describes them, with Appendix A's
 * example activities. Reference data: it lives in code, not in the database, so every workspace and the
 * draft see the same wording and the same activity ids.
 */
@Component
public class ThemeCatalogue {

    private static final Map<Theme, String> DESCRIPTIONS = new EnumMap<>(Map.of(
            Theme.VISIBILITY,
            "Ensure that technicians within the organisation are identifiable and that the contribution of "
                    + "technicians is visible within and beyond the institution.",
            Theme.RECOGNITION,
            "Support technicians to gain recognition through professional registration and award schemes.",
            Theme.CAREER_DEVELOPMENT,
            "Enable career progression opportunities for technicians through the provision of clear, "
                    + "documented career pathways.",
            Theme.SUSTAINABILITY,
            "Ensure the future sustainability of technical skills across the organisation and that technical "
                    + "expertise is fully utilised.",
            Theme.EVALUATING_IMPACT,
            "Regularly assess the impact of the actions taken for the Commitment: a self-assessment one year "
                    + "after signing and every two years after, with a 24-month action plan that shows the "
                    + "technician voice was heard (surveys of technicians, measuring what changed)."));

    /** Appendix A, in its order. Evaluating Impact has no examples there: it is the self-assessment itself. */
    private static final List<ExampleActivity> ACTIVITIES = List.of(
            new ExampleActivity("VIS-1", Theme.VISIBILITY, "Organisations can identify how many technicians they employ"),
            new ExampleActivity("VIS-2", Theme.VISIBILITY, "Technician roles have clear job descriptions"),
            new ExampleActivity("VIS-3", Theme.VISIBILITY,
                    "A consistent policy that where technicians have contributed to research outputs and grants, "
                            + "they are named as authors"),
            new ExampleActivity("VIS-4", Theme.VISIBILITY, "Technicians to feature in organisation prospectuses and marketing materials"),
            new ExampleActivity("VIS-5", Theme.VISIBILITY, "Technicians to sit on decision making committees where appropriate"),
            new ExampleActivity("VIS-6", Theme.VISIBILITY, "Technicians visible in costing mechanisms for research grants"),
            new ExampleActivity("VIS-7", Theme.VISIBILITY, "A mechanism for celebrating technician achievements across the organisation"),
            new ExampleActivity("VIS-8", Theme.VISIBILITY, "Organisation strategy documents to include technicians where appropriate"),
            new ExampleActivity("VIS-9", Theme.VISIBILITY, "A vibrant 'Technician Network'"),
            new ExampleActivity("REC-1", Theme.RECOGNITION,
                    "Organisation communicates the opportunity to become professionally registered to technical staff "
                            + "(Science Council, Engineering Council, BCS)"),
            new ExampleActivity("REC-2", Theme.RECOGNITION,
                    "Conferment of the organisational level Science Council Employer Champion award in recognition of "
                            + "the support given to technical staff to gain professional registration and engage in "
                            + "continued professional development"),
            new ExampleActivity("REC-3", Theme.RECOGNITION,
                    "Recognition and support of the teaching aspect of many technician roles through the accreditation "
                            + "of teaching practice through the Higher Education Academy"),
            new ExampleActivity("REC-4", Theme.RECOGNITION, "Internal award schemes recognise the contribution of technical staff"),
            new ExampleActivity("REC-5", Theme.RECOGNITION, "Nominations to external award schemes that recognise the contribution of technical staff"),
            new ExampleActivity("CAR-1", Theme.CAREER_DEVELOPMENT,
                    "Technician specific professional career paths/frameworks which clearly document progression opportunities"),
            new ExampleActivity("CAR-2", Theme.CAREER_DEVELOPMENT,
                    "Professional development opportunities, signposted to technicians and aligned to career pathways"),
            new ExampleActivity("CAR-3", Theme.CAREER_DEVELOPMENT, "A dedicated webpage showcasing case studies of technician careers"),
            new ExampleActivity("CAR-4", Theme.CAREER_DEVELOPMENT,
                    "Expansion of technician specific job families in recognition of high level technical specialisms"),
            new ExampleActivity("SUS-1", Theme.SUSTAINABILITY,
                    "Appropriate succession planning for technical roles including the analysis of technician profiles "
                            + "to ensure future sustainability of skills within the organisation"),
            new ExampleActivity("SUS-2", Theme.SUSTAINABILITY, "Secondment/placement programmes for technical staff to develop new skills"),
            new ExampleActivity("SUS-3", Theme.SUSTAINABILITY, "A technician trainee/apprenticeship programme"),
            new ExampleActivity("SUS-4", Theme.SUSTAINABILITY, "Utilisation of the Apprenticeship Levy to train and upskill existing staff"));

    private static final Map<String, ExampleActivity> BY_ID =
            ACTIVITIES.stream().collect(Collectors.toUnmodifiableMap(ExampleActivity::id, Function.identity()));

    /** The template's one-sentence aim for the theme. */
    public String description(Theme theme) {
        return DESCRIPTIONS.get(theme);
    }

    /** Every example activity of Appendix A, in the appendix's order. */
    public List<ExampleActivity> activities() {
        return ACTIVITIES;
    }

    /** Appendix A's examples for one theme (none for Evaluating Impact). */
    public List<ExampleActivity> activities(Theme theme) {
        return ACTIVITIES.stream().filter(activity -> activity.theme() == theme).toList();
    }

    public Optional<ExampleActivity> activity(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }
}
