package org.techvoice.understanding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.techvoice.themes.ExampleActivity;

/**
 * What a logged contribution or achievement that evidences each Appendix A activity says, in the project's own words.
 * Appendix A words an activity as a policy ("A vibrant 'Technician Network'"); technicians log what they did ("ran the
 * network's coffee morning"). The model measures the distance between two sentences of the same kind far better than
 * between a policy and a deed, so each activity is described both ways. An activity with no deeds is left to the rules.
 */
final class ActivityDescriptions {

    private static final Map<String, List<String>> DEEDS = Map.ofEntries(
            Map.entry("VIS-1", List.of("Counted how many technicians the university employs in every department",
                    "Built the register of technical staff by job family")),
            Map.entry("VIS-2", List.of("Rewrote the technician job descriptions so they match the work",
                    "Reviewed the role profiles of technical staff")),
            Map.entry("VIS-3", List.of("Named as a co-author on the research paper for my technical work",
                    "Credited as an author on a publication and a research grant")),
            Map.entry("VIS-4", List.of("Technicians featured in the university prospectus and marketing materials",
                    "Appeared in the open day recruitment video about technical careers")),
            Map.entry("VIS-5", List.of("Took a technician seat on the faculty committee",
                    "Represented technicians on the decision-making board")),
            Map.entry("VIS-6", List.of("Technician time costed into the research grant application",
                    "Technical staff named in the full economic costing of a grant")),
            Map.entry("VIS-7", List.of("Celebrated technicians' achievements across the university",
                    "Organised a showcase celebrating the work of technical teams")),
            Map.entry("VIS-8", List.of("Technicians written into the university's strategy document",
                    "The institutional strategic plan now names technical staff")),
            Map.entry("VIS-9", List.of("Ran the technician network meeting for colleagues across campus",
                    "Organised a technician network coffee morning and forum")),
            Map.entry("REC-1", List.of("Became a Registered Science Technician with the Science Council",
                    "Achieved professional registration as an Incorporated Engineer",
                    "Started the application for professional registration")),
            // an award the organisation receives: no technician's entry evidences it, and by meaning every award
            // a person wins came nearest it (measured), so only the rules' "Employer Champion" does
            Map.entry("REC-2", List.of()),
            Map.entry("REC-3", List.of("Gained Associate Fellowship of the Higher Education Academy for my teaching",
                    "My teaching practice was accredited by Advance HE")),
            Map.entry("REC-4", List.of("Won the university's staff award for technical excellence",
                    "Received the institution's own award recognising a technician's contribution")),
            Map.entry("REC-5", List.of("Nominated for a national Technician of the Year award",
                    "Shortlisted for an external award recognising technicians")),
            Map.entry("CAR-1", List.of("Promoted to senior technician through the technician career pathway",
                    "Published the progression framework for technical roles")),
            Map.entry("CAR-2", List.of("Completed a professional development course in technical management",
                    "Attended training to develop new skills for my career",
                    "Mentored a colleague in their professional development")),
            Map.entry("CAR-3", List.of("Wrote a case study of my technician career for the university web page")),
            Map.entry("CAR-4", List.of("Created a new technician job family for specialist technical roles")),
            Map.entry("SUS-1", List.of("Planned the succession for a technical role before a retirement",
                    "Analysed the technician workforce profile to keep skills in the organisation")),
            Map.entry("SUS-2", List.of("Ran a secondment for a technician from another department to learn new skills",
                    "Went on a placement in another lab to learn a technique")),
            Map.entry("SUS-3", List.of("Started the technician apprenticeship programme",
                    "Took on a trainee technician", "Supported apprentices through their technician apprenticeship")),
            Map.entry("SUS-4", List.of("Used the Apprenticeship Levy to upskill existing technical staff")));

    private ActivityDescriptions() {
    }

    /** Each activity's descriptions, its own wording first; fails when an activity has no deeds written for it. */
    static Map<String, List<String>> of(List<ExampleActivity> activities) {
        Map<String, List<String>> descriptions = new LinkedHashMap<>();
        for (ExampleActivity activity : activities) {
            List<String> deeds = DEEDS.get(activity.id());
            if (deeds == null) {
                throw new IllegalStateException("Appendix A activity " + activity.id() + " has no description of its evidence");
            }
            List<String> all = new ArrayList<>();
            if (!deeds.isEmpty()) {
                all.add(activity.text());
                all.addAll(deeds);
            }
            descriptions.put(activity.id(), List.copyOf(all));
        }
        return descriptions;
    }
}
