package org.techvoice.playground;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.techvoice.draft.actionplan.ActionInput;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.profile.ProfileDetails;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.people.JobFamily;
import org.techvoice.people.PeopleService;
import org.techvoice.people.ProfessionalRegistration;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.recognition.ContributionDraft;
import org.techvoice.recognition.ContributionKind;
import org.techvoice.recognition.ContributionService;
import org.techvoice.themes.Theme;
import org.techvoice.voice.VoiceService;

/**
 * "Load sample institution": a few months of the University of Northgate's technician voice, contributions,
 * celebrations, surveys, organisation profile and action plan, entered through the same services as the
 * {@code /tc} commands, so a lead can pull a substantive {@code /tc draft} within a minute of opening the page.
 *
 * <p>The four months are entered day by day, oldest first, each step on the day it happened (the profile when the
 * listening began, voice, contributions, celebrations and their consent, the baseline survey open for three weeks and
 * closed before its analysis is logged, the pulse opened ten days ago): {@link SampleClock} replays each day on this
 * thread only. The action plan is written last, dated the day the listening began so that its updates can follow over
 * the months ({@link SampleStages}), and marks the sample as loaded (once per database).
 */
@Service
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class SampleInstitution {

    private static final Logger log = LoggerFactory.getLogger(SampleInstitution.class);

    /** A phrase of the sample that the draft quotes, for tests and for whoever checks the draft by eye. */
    static final String SIGNATURE_PHRASE = "Northgate Technician Showcase";
    static final String MARKER_REFERENCE = "TC-01";
    static final ZoneId LONDON = ZoneId.of(Personas.TIME_ZONE);
    /** The organisation profile is written first, when the listening began. */
    static final int PROFILE_DAYS_AGO = 122;

    record Loaded(boolean now, String summary) {
    }

    private final ProfileService profiles;
    private final ActionPlanService actionPlan;
    private final VoiceService voice;
    private final ContributionService contributions;
    private final CelebrationService celebrations;
    private final PeopleService people;
    private final SampleSurveys surveys;
    private final SampleClock clock;
    private final SampleDeliveries deliveries;
    private final SampleLoop loop;
    /** Issue 17's Stage 2 sample (its own class, so the hook here stays small). */
    private final SampleStages stages;

    SampleInstitution(ProfileService profiles, ActionPlanService actionPlan, VoiceService voice, ContributionService contributions,
            CelebrationService celebrations, PeopleService people, SampleSurveys surveys, SampleClock clock, SampleDeliveries deliveries,
            SampleLoop loop, SampleStages stages) {
        this.loop = loop;
        this.stages = stages;
        this.profiles = profiles;
        this.actionPlan = actionPlan;
        this.voice = voice;
        this.contributions = contributions;
        this.celebrations = celebrations;
        this.people = people;
        this.surveys = surveys;
        this.clock = clock;
        this.deliveries = deliveries;
    }

    synchronized Loaded load() {
        if (loaded()) {
            return new Loaded(false, "The sample institution is already loaded: pull a draft as " + Personas.HELEN.name()
                    + " with /tc draft.");
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        registerSampleTechnicians();
        // the base data: four months entered day by day, oldest first, each step on its own day (see SampleClock)
        List<Dated> history = new ArrayList<>();
        history.add(new Dated(today.minusDays(PROFILE_DAYS_AGO), () -> saveProfile(today)));
        String[] voiceRefs = speakUp(today, history);
        String[] contributionRefs = logContributions(today, history);
        String[] achievementRefs = celebrate(today, history);
        String[] surveyRefs = new String[2];
        history.addAll(surveys.history(today, surveyRefs));
        clock.replay(history, LONDON);
        // written when the listening began, after the evidence it cites was entered, so its updates can follow over the months
        clock.replay(List.of(new Dated(today.minusDays(PROFILE_DAYS_AGO), () -> writeActionPlan(today, List.of(voiceRefs),
                List.of(contributionRefs), List.of(achievementRefs), List.of(surveyRefs)))), LONDON);
        // Further sample parts, each in its own class of this package, run here in this order after the base data,
        // at today's real time (one line each; SampleClock.replay replays their days if a part has its own history).
        String stage = stages.addTo(today, surveyRefs[0]);
        loop.show();

        String summary = ("Loaded the University of Northgate: %d voice entries, %d contributions, %d celebrated achievements, "
                + "%d surveys (%s), an organisation profile and %d actions; %s. Switch to %s and type /tc draft.")
                .formatted(voiceRefs.length, contributionRefs.length, achievementRefs.length, surveyRefs.length,
                        String.join(", ", surveyRefs), ACTIONS, stage, Personas.HELEN.name());
        log.info("Playground: {}", summary);
        return new Loaded(true, summary);
    }

    /** One step of the sample's history and the day it happened. */
    record Dated(LocalDate day, Runnable step) {
    }

    private boolean loaded() {
        return actionPlan.list(Personas.TEAM_ID).stream().anyMatch(a -> MARKER_REFERENCE.equals(a.reference()));
    }

    /** The survey respondents beyond the switchable personas, registered as /tc import would. */
    private void registerSampleTechnicians() {
        Map<String, JobFamily> families = Map.of("U0NGTECH04", JobFamily.ENGINEERING, "U0NGTECH05", JobFamily.TEACHING,
                "U0NGTECH06", JobFamily.DIGITAL, "U0NGTECH07", JobFamily.CLINICAL, "U0NGTECH08", JobFamily.CREATIVE);
        for (Persona persona : Personas.SAMPLE_ONLY) {
            if (people.find(Personas.TEAM_ID, persona.id()).isEmpty()) {
                ProfessionalRegistration registration = "U0NGTECH06".equals(persona.id()) ? ProfessionalRegistration.RITTECH : null;
                people.register(Personas.TEAM_ID, PlaygroundSetup.profile(persona, families.get(persona.id()), registration));
            }
        }
    }

    private void saveProfile(LocalDate today) {
        var problems = profiles.save(Personas.TEAM_ID, Personas.HELEN.id(), new ProfileDetails(Personas.TEAM_NAME,
                "The University of Northgate is a research-intensive university of 21,000 students and 5,400 staff across "
                        + "four faculties, with a teaching hospital partnership and a science park. Its 410 technical staff run "
                        + "teaching laboratories, research facilities, workshops, imaging and histology suites, theatre and media "
                        + "studios and research computing. Technical Services sits within Research and Innovation Services and "
                        + "reports to the Pro-Vice-Chancellor for Research. The university signed the Technician Commitment to "
                        + "make that expertise visible, recognised and sustained, and to give technicians a voice in decisions "
                        + "that affect them.",
                "Anyone whose main role is to provide technical expertise, support or services for research, teaching or "
                        + "knowledge exchange, in any grade or job family, including apprentices and technical managers.",
                "410 technical staff (FTE 382): 46% laboratory and research, 21% engineering and workshop, 14% IT and data, "
                        + "9% teaching support, 6% clinical and life-science support, 4% creative and media. Grades 3 to 9; "
                        + "12 apprentices.",
                "A technical staff network (since 2019), an annual technicians' conference, and a technical career framework "
                        + "piloted in the Faculty of Engineering.",
                "https://www.northgate.ac.uk/technicians", Personas.HELEN.name(), Personas.HELEN.email(), "+44 1632 960412",
                today.minusMonths(26),
                "Athena Swan Silver application (2024): technical staff sit on the self-assessment team and the action plan "
                        + "covers technical career pathways. REF 2021 environment statement: technicians named on outputs and "
                        + "costed into grants."));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The sample organisation profile was refused: " + problems);
        }
    }

    /**
     * One thing a technician said: {@code who} null for anonymous voice (most of it, as in real use), else named.
     * {@code daysAgo} spreads it over the four months, so each concern spans several of them.
     */
    record Said(int daysAgo, Persona who, Theme theme, String text) {
    }

    /**
     * Voice in the words technicians use, falling into recurring concerns: some the action plan below already answers
     * (registration fees, web profiles, acknowledgement on papers, career pathways, CPD time, succession), others it does
     * not yet (mentoring, awards, committee seats, secondments, teaching recognition, network meetings, job
     * descriptions), so the lead has findings to act on and findings already covered. The first ten are the ones the
     * action plan cites, in that order.
     */
    static List<Said> voice() {
        Persona rhys = Personas.SAMPLE_ONLY.get(0);
        Persona joanne = Personas.SAMPLE_ONLY.get(1);
        Persona marek = Personas.SAMPLE_ONLY.get(2);
        Persona fiona = Personas.SAMPLE_ONLY.get(3);
        Persona daniel = Personas.SAMPLE_ONLY.get(4);
        return List.of(
                new Said(118, null, Theme.RECOGNITION,
                        "Technicians are rarely named on the papers our work makes possible; an acknowledgement line would cost nothing."),
                new Said(115, null, Theme.CAREER_DEVELOPMENT,
                        "Could we have protected time for CPD each month? Training always loses to the next urgent job."),
                new Said(111, null, Theme.CAREER_DEVELOPMENT, "Nobody in my team knows what the next grade up looks like or how to get there."),
                new Said(108, null, Theme.SUSTAINABILITY,
                        "Half of our workshop will retire within eight years and none of their know-how is written down."),
                new Said(104, null, Theme.RECOGNITION, "Please fund RSciTech registration fees centrally; some of us pay them ourselves."),
                new Said(101, null, Theme.VISIBILITY,
                        "Staff profiles on the website list academics only. Technicians should be on the school pages too."),
                new Said(97, null, Theme.VISIBILITY, "The technical network meetings are great but always clash with teaching lab sessions."),
                new Said(94, null, Theme.SUSTAINABILITY,
                        "We need an apprenticeship route into the histology team before the two of us who know it leave."),
                new Said(90, null, Theme.EVALUATING_IMPACT,
                        "Ask us again in a year whether any of this changed anything: measure it, don't assume it."),
                new Said(87, null, Theme.VISIBILITY,
                        "Technicians should sit on the research strategy committee, not just be told its decisions."),
                // career pathways
                new Said(83, Personas.TOM, Theme.CAREER_DEVELOPMENT,
                        "I've been on the same grade for eleven years. There is no route up unless someone leaves."),
                new Said(69, null, Theme.CAREER_DEVELOPMENT,
                        "What would it take to move from grade 5 to grade 6? Nobody has ever written it down for us."),
                new Said(52, rhys, Theme.CAREER_DEVELOPMENT,
                        "A clear career pathway for technicians, like the one academics have, would stop good people leaving for industry."),
                new Said(31, null, Theme.CAREER_DEVELOPMENT, "Progression here feels like luck: regrading only happens when you threaten to resign."),
                new Said(9, null, Theme.CAREER_DEVELOPMENT, "Please publish the criteria for promotion in technical roles, with examples."),
                // training time
                new Said(80, null, Theme.CAREER_DEVELOPMENT, "I booked a training course three times this year and cancelled it three times to cover the lab."),
                new Said(61, Personas.PRIYA, Theme.CAREER_DEVELOPMENT,
                        "Protected training time would help more than any new course: we can't find the hours to attend."),
                new Said(40, null, Theme.CAREER_DEVELOPMENT, "There is no training budget for technicians in our school; academics get a conference allowance."),
                new Said(18, null, Theme.CAREER_DEVELOPMENT, "Time for professional development should be in the workload model, not squeezed into lunch breaks."),
                // registration fees
                new Said(76, null, Theme.RECOGNITION, "Professional registration costs me about £100 a year out of my own pocket."),
                new Said(57, Personas.AMIRA, Theme.RECOGNITION,
                        "Would the university pay for RSci and RSciTech membership fees? It signals that registration matters."),
                new Said(35, null, Theme.RECOGNITION, "I'd apply for EngTech if someone helped with the application and the fee."),
                new Said(12, null, Theme.RECOGNITION, "Registration is only worth it if the university recognises it when grading roles."),
                // visibility on the web and in marketing
                new Said(73, null, Theme.VISIBILITY, "Our research facility's web page doesn't mention the four technicians who run it."),
                new Said(48, daniel, Theme.VISIBILITY,
                        "The theatre technicians never appear in the prospectus, though every show depends on us."),
                new Said(26, null, Theme.VISIBILITY, "Can technicians have staff profile pages like academics, with our skills and equipment listed?"),
                // succession and knowledge loss
                new Said(66, fiona, Theme.SUSTAINABILITY,
                        "Only one person knows how to service the electron microscope. If she is off sick, the facility stops."),
                new Said(44, null, Theme.SUSTAINABILITY, "When technicians retire their knowledge walks out with them: there is no handover plan."),
                new Said(21, null, Theme.SUSTAINABILITY, "A skills register would show how many single points of failure we have across the faculty."),
                // mentoring (not in the plan yet)
                new Said(113, null, Theme.CAREER_DEVELOPMENT,
                        "New technicians are thrown in at the deep end: a mentoring scheme would help them settle and stay."),
                new Said(85, joanne, Theme.CAREER_DEVELOPMENT,
                        "I'd love a mentor from another department who has moved into technical management."),
                new Said(54, null, Theme.CAREER_DEVELOPMENT, "Could experienced technicians mentor apprentices formally, with time allowed for it?"),
                new Said(28, null, Theme.CAREER_DEVELOPMENT, "A buddy or mentor for the first six months would have made a big difference to me."),
                new Said(6, null, Theme.CAREER_DEVELOPMENT, "Mentoring for technicians should be as normal as it is for early-career researchers."),
                // awards and nominations (not in the plan yet)
                new Said(106, null, Theme.RECOGNITION,
                        "Nobody ever nominates technicians for the university's staff awards; there isn't even a technical category."),
                new Said(78, Personas.GARETH, Theme.RECOGNITION,
                        "We should nominate our teams for the national Technician of the Year awards; other universities do every year."),
                new Said(47, null, Theme.RECOGNITION, "A thank-you from the Vice-Chancellor's awards would mean a lot to the workshop staff."),
                new Said(15, null, Theme.RECOGNITION, "Recognition shouldn't depend on your line manager remembering to say well done."),
                // committee seats (not in the plan yet)
                new Said(92, null, Theme.VISIBILITY, "Decisions about the new building's labs were made without a single technician in the room."),
                new Said(63, null, Theme.VISIBILITY, "Could each faculty board have a technician member, elected by technicians?"),
                new Said(33, marek, Theme.VISIBILITY,
                        "Research computing is never represented on the committees that choose the systems we then have to run."),
                new Said(4, null, Theme.VISIBILITY, "We hear about equipment purchases after they are made; we should be consulted before."),
                // secondments (not in the plan yet)
                new Said(99, null, Theme.SUSTAINABILITY,
                        "A secondment to another facility for a few weeks would let me learn techniques we don't use here."),
                new Said(71, null, Theme.SUSTAINABILITY, "Short placements in other schools would spread skills and cover absences."),
                new Said(38, null, Theme.SUSTAINABILITY, "I'd like to shadow the mass spectrometry team for a month; is there any scheme for that?"),
                new Said(10, null, Theme.SUSTAINABILITY, "Job swaps between teaching and research labs would keep our skills broad."),
                // teaching recognised (not in the plan yet)
                new Said(96, null, Theme.RECOGNITION,
                        "I teach in practicals every week but my teaching isn't recognised anywhere. Could technicians get HEA fellowship support?"),
                new Said(59, null, Theme.RECOGNITION, "Demonstrating to undergraduates is teaching. It should count when our roles are graded."),
                new Said(24, null, Theme.RECOGNITION, "Support for technicians to gain Advance HE fellowship would recognise what we already do in the labs."),
                // network meetings (not in the plan yet)
                new Said(64, null, Theme.VISIBILITY, "The technician network should meet at different times so shift workers can come too."),
                new Said(42, null, Theme.VISIBILITY, "Could network events be recorded or held online? I can never leave the clinical lab at lunchtime."),
                new Said(17, null, Theme.VISIBILITY, "I only heard about the technician network after two years here: tell new starters about it."),
                // job descriptions (not in the plan yet)
                new Said(89, null, Theme.CAREER_DEVELOPMENT, "My job description is ten years out of date and doesn't mention half of what I do."),
                new Said(50, null, Theme.CAREER_DEVELOPMENT, "Job descriptions for technicians should be reviewed so they match the work and the grade."),
                new Said(20, null, Theme.CAREER_DEVELOPMENT, "Please update technical job descriptions: they still describe equipment we retired years ago."));
    }

    private String[] speakUp(LocalDate today, List<Dated> history) {
        List<Said> said = voice();
        String[] refs = new String[said.size()];
        for (int i = 0; i < said.size(); i++) {
            Said one = said.get(i);
            int at = i;
            Persona who = one.who() == null ? Personas.AMIRA : one.who();
            LocalDate day = today.minusDays(one.daysAgo());
            history.add(new Dated(day, () -> refs[at] = voice.speakOn(Personas.TEAM_ID, who.id(), one.text(), one.who() == null,
                    Set.of(one.theme()), day).entry().reference()));
        }
        return refs;
    }

    private record Work(Persona who, ContributionKind kind, int daysAgo, Theme theme, String text, String link) {
    }

    private String[] logContributions(LocalDate today, List<Dated> history) {
        Persona rhys = Personas.SAMPLE_ONLY.get(0);
        Persona joanne = Personas.SAMPLE_ONLY.get(1);
        Persona marek = Personas.SAMPLE_ONLY.get(2);
        Persona fiona = Personas.SAMPLE_ONLY.get(3);
        Persona daniel = Personas.SAMPLE_ONLY.get(4);
        List<Work> work = List.of(
                new Work(Personas.AMIRA, ContributionKind.OUTREACH, 112, Theme.VISIBILITY,
                        "Ran the school outreach day on microscopy for 60 Year 10 pupils", null),
                new Work(Personas.TOM, ContributionKind.RESEARCH_OUTPUT, 104, Theme.VISIBILITY,
                        "Designed and machined the sample cell for the high-pressure neutron experiment; named as co-author on the paper",
                        "https://doi.org/10.5555/northgate.2026.118"),
                new Work(Personas.PRIYA, ContributionKind.TRAINING_GIVEN, 97, Theme.SUSTAINABILITY,
                        "Wrote the confocal microscope induction and trained 14 PhD students to use it unsupervised", null),
                new Work(Personas.GARETH, ContributionKind.COMMITTEE, 90, Theme.VISIBILITY,
                        "Took the first technician seat on the Faculty Research Committee", null),
                new Work(rhys, ContributionKind.PROCESS_IMPROVEMENT, 83, Theme.SUSTAINABILITY,
                        "Documented the electronics workshop's repair procedures so they survive his retirement plans", null),
                new Work(joanne, ContributionKind.TEACHING, 76, Theme.RECOGNITION,
                        "Co-designed the first-year practical on titration with the module lead and is credited in the module handbook", null),
                new Work(marek, ContributionKind.TRAINING_GIVEN, 68, Theme.CAREER_DEVELOPMENT,
                        "Mentored two apprentices through their Level 4 Digital Support Technician apprenticeship", null),
                new Work(Personas.AMIRA, ContributionKind.OTHER, 61, Theme.CAREER_DEVELOPMENT,
                        "Completed the HEaTED Technical Management course and started the RSci application", null),
                new Work(fiona, ContributionKind.PROCESS_IMPROVEMENT, 54, Theme.SUSTAINABILITY,
                        "Set up a shared histology protocol library so sectioning does not depend on one person", null),
                new Work(Personas.GARETH, ContributionKind.OUTREACH, 47, Theme.VISIBILITY,
                        "Organised the " + SIGNATURE_PHRASE + ": 23 technical teams showed their work to 300 staff and students",
                        "https://www.northgate.ac.uk/news/technician-showcase"),
                new Work(daniel, ContributionKind.TEACHING, 40, Theme.RECOGNITION,
                        "Led the lighting design workshops for the second-year theatre production", null),
                new Work(Personas.TOM, ContributionKind.TRAINING_GIVEN, 33, Theme.CAREER_DEVELOPMENT,
                        "Ran a secondment week for a technician from the School of Engineering to learn CNC programming", null),
                new Work(Personas.PRIYA, ContributionKind.RESEARCH_OUTPUT, 21, Theme.RECOGNITION,
                        "Presented the lab's image-analysis pipeline at the Institute of Science & Technology conference", null),
                new Work(Personas.GARETH, ContributionKind.COMMITTEE, 12, Theme.EVALUATING_IMPACT,
                        "Analysed the technician voice baseline survey with the steering group and fed it into the action plan", null),
                new Work(marek, ContributionKind.PROCESS_IMPROVEMENT, 5, Theme.EVALUATING_IMPACT,
                        "Built the dashboard that counts technicians by job family for the self-assessment", null));
        String[] refs = new String[work.size()];
        for (int i = 0; i < work.size(); i++) {
            Work w = work.get(i);
            int at = i;
            LocalDate day = today.minusDays(w.daysAgo());
            history.add(new Dated(day, () -> refs[at] = contributions.log(Personas.TEAM_ID, w.who().id(), new ContributionDraft(w.kind(),
                    w.text(), day, w.link(), List.of(), Set.of(w.theme()))).contribution().reference()));
        }
        return refs;
    }

    /**
     * Celebrations spread over the months, each approved by the celebrated person the next working day, as the DM's
     * Approve button gives consent.
     */
    private String[] celebrate(LocalDate today, List<Dated> history) {
        record Celebration(int daysAgo, Persona by, Persona subject, String text) {
        }
        List<Celebration> list = List.of(
                new Celebration(101, Personas.GARETH, Personas.AMIRA, "became a Registered Science Technician (RSciTech)"),
                new Celebration(74, Personas.AMIRA, Personas.TOM,
                        "won the university's Outstanding Technical Contribution award for the neutron sample cell"),
                new Celebration(58, Personas.GARETH, Personas.SAMPLE_ONLY.get(2), "became a Registered IT Technician (RITTech)"),
                new Celebration(45, Personas.HELEN, Personas.PRIYA, "was shortlisted for a THE Technician of the Year award"),
                new Celebration(30, Personas.PRIYA, Personas.SAMPLE_ONLY.get(3),
                        "received the Institute of Biomedical Science specialist portfolio award"),
                new Celebration(16, Personas.TOM, Personas.GARETH, "achieved Incorporated Engineer (IEng) registration"));
        String[] refs = new String[list.size()];
        long[] ids = new long[list.size()];
        boolean[] asked = new boolean[list.size()];
        for (int i = 0; i < list.size(); i++) {
            Celebration c = list.get(i);
            int at = i;
            history.add(new Dated(today.minusDays(c.daysAgo()), () -> {
                var celebrated = celebrations.celebrate(Personas.TEAM_ID, c.by().id(), c.subject().id(), c.text());
                ids[at] = celebrated.achievement().id();
                asked[at] = celebrated.stage() == CelebrationService.Stage.ASKED_FOR_CONSENT;
                refs[at] = celebrated.achievement().reference();
            }));
            history.add(new Dated(today.minusDays(c.daysAgo() - 1), () -> {
                if (asked[at]) {
                    deliveries.await("achievement:" + ids[at] + ":consent");
                    celebrations.answer(Personas.TEAM_ID, c.subject().id(), ids[at], true);
                }
            }));
        }
        return refs;
    }

    private static final int ACTIONS = 7;

    private void writeActionPlan(LocalDate today, List<String> voiceRefs, List<String> contributionRefs, List<String> achievementRefs,
            List<String> surveyRefs) {
        String baseline = surveyRefs.get(0);
        LocalDate start = today.minusMonths(4).withDayOfMonth(1);
        List<ActionInput> actions = List.of(
                new ActionInput(MARKER_REFERENCE, Set.of(Theme.VISIBILITY),
                        "Publish a profile page for every technical team on school websites and a technicians' hub page",
                        "Head of Communications", start, start.plusMonths(9), "Every school site lists its technical staff",
                        Rag.AMBER, "Hub page live; 9 of 14 schools have added their teams.", voiceRefs.get(5) + " " + contributionRefs.get(9)),
                new ActionInput("TC-02", Set.of(Theme.RECOGNITION),
                        "Fund professional registration (RSciTech, RSci, EngTech, IEng, RITTech) and one year's fees centrally",
                        Personas.HELEN.name(), start, start.plusMonths(12), "60 newly registered technicians by the end of the plan",
                        Rag.GREEN, "Scheme launched; 18 applications funded so far.", voiceRefs.get(4) + " " + achievementRefs.get(0)),
                new ActionInput("TC-03", Set.of(Theme.RECOGNITION, Theme.VISIBILITY),
                        "Acknowledge technical contributions in publications: a standard acknowledgement line and co-authorship guidance",
                        "Research Integrity Committee", start.plusMonths(1), start.plusMonths(10),
                        "Guidance adopted by all four faculties", Rag.AMBER, "Draft guidance out for consultation.",
                        voiceRefs.get(0) + " " + contributionRefs.get(1)),
                new ActionInput("TC-04", Set.of(Theme.CAREER_DEVELOPMENT),
                        "Publish technical career pathways with grade profiles for each job family",
                        "HR Business Partner (Technical Services)", start, start.plusMonths(18),
                        "Pathways published; 80% of technicians say they know how to progress (baseline survey)", Rag.RED,
                        "Job-family mapping behind schedule: HR capacity.", voiceRefs.get(2) + " " + baseline + "/Q5"),
                new ActionInput("TC-05", Set.of(Theme.CAREER_DEVELOPMENT),
                        "Protected CPD time: one day a month for every technician, recorded in the workload model",
                        "Heads of School", start.plusMonths(2), start.plusMonths(14), "Uptake above 70% in the pulse survey",
                        Rag.AMBER, "Piloted in Chemistry and Physics.", voiceRefs.get(1) + " " + baseline + "/Q6"),
                new ActionInput("TC-06", Set.of(Theme.SUSTAINABILITY),
                        "Succession planning for single-person skills; technical apprenticeships in histology and the workshops",
                        "Technical Managers' Forum", start, start.plusMonths(24), "12 apprentices a year; every critical skill held by two people",
                        Rag.GREEN, "Skills register complete; 4 new apprentices started.",
                        voiceRefs.get(3) + " " + voiceRefs.get(7) + " " + contributionRefs.get(4) + " " + contributionRefs.get(8)),
                new ActionInput("TC-07", Set.of(Theme.EVALUATING_IMPACT),
                        "Run the technician voice baseline survey yearly and a termly pulse; report results to the steering group",
                        Personas.GARETH.name(), start, start.plusMonths(24), "Response rate above 50%; results in each annual report",
                        Rag.GREEN, "Baseline done; first pulse survey open.", baseline + "/Q10 " + contributionRefs.get(13)));
        for (ActionInput action : actions) {
            var problems = actionPlan.add(Personas.TEAM_ID, Personas.HELEN.id(), action);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Sample action " + action.reference() + " was refused: " + problems);
            }
        }
    }
}
