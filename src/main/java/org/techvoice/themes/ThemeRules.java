package org.techvoice.themes;

import static org.techvoice.themes.Theme.CAREER_DEVELOPMENT;
import static org.techvoice.themes.Theme.EVALUATING_IMPACT;
import static org.techvoice.themes.Theme.RECOGNITION;
import static org.techvoice.themes.Theme.SUSTAINABILITY;
import static org.techvoice.themes.Theme.VISIBILITY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cues, built from Appendix A's example activities and the words technicians and leads use for
 * them. Compiled once: suggesters and the activity matcher share this list.
 *
 * <p>Sustainability means sustaining technical skills and the technical workforce (succession,
 * apprenticeships, retention, passing knowledge on); nothing here looks at energy, waste or green labs,
 * and the bare word "sustainability" is deliberately not a cue because in labs it usually means green work.
 */
final class ThemeRules {

    static final List<ThemeRule> ALL = build();

    /** In engineering and materials labs "impact" is also a test: "impact strength", "measure impact resistance". */
    private static final String NOT_MATERIALS = "(?!\\s+(?:strength|resistance|tests?|testing|energy|toughness|load|velocity)(?![\\p{L}]))";

    private ThemeRules() {
    }

    private static List<ThemeRule> build() {
        List<ThemeRule> rules = new ArrayList<>();

        // Visibility: technicians identifiable, their contribution visible within and beyond the institution
        rules.add(rule(VISIBILITY, "VIS-1", 3, "counting the technicians",
                phrases("how many technician*", "number of technician*", "how many technical staff", "technician headcount",
                        "technician census", "count* (?:the|our|all) technician*", "count* technician*")));
        rules.add(rule(VISIBILITY, "VIS-2", 3, "job descriptions",
                phrases("job description", "role description", "role profile"), tokens("JD")));
        rules.add(rule(VISIBILITY, "VIS-3", 3, "being named on publications",
                phrases("named on (?:a|the|our|this|that) (?:paper|publication|article|output|preprint)",
                        "named on paper", "named on publication",
                        "named (?:as|an) author", "named as (?:a|an|co) author", "co author*", "coauthor*",
                        "authorship", "author on (?:a|the) (?:paper|publication|article)",
                        "acknowledg* in (?:a|the|our|their|his|her) (?:paper|publication|article|thesis|report)")));
        rules.add(rule(VISIBILITY, "VIS-3", 2, "acknowledgement", phrases("acknowledg*", "credited", "credit for")));
        rules.add(rule(VISIBILITY, "VIS-3", 2, "a publication", phrases("publication", "published in",
                "published (?:a|our|the|my|their) (?:paper|article|study|protocol|method|preprint)", "journal article")));
        rules.add(rule(VISIBILITY, "VIS-4", 3, "the prospectus or marketing",
                phrases("prospectus*", "marketing", "brochure", "recruitment video", "promotional video", "open day")));
        rules.add(rule(VISIBILITY, "VIS-5", 3, "a seat on a committee",
                phrases("committee", "steering group", "working group", "decision making",
                        "(?:departmental|faculty|executive|advisory|school|management) board", "board meeting",
                        "represent* technician*", "technician* represent*", "technical staff represent*",
                        "represent* (?:the|our) technician*", "interview panel*", "recruitment panel*")));
        rules.add(rule(VISIBILITY, "VIS-6", 3, "technicians in grant costings",
                phrases("grant costing", "costed (?:into|in|on) (?:the|a|our|research) grant*",
                        "costed into grant*", "full economic cost*", "named on (?:the|a|our) grant*",
                        "named on grant*", "grant application", "costing mechanism*", "costing* for grant*",
                        "costing* for research grant*"), tokens("fEC")));
        rules.add(rule(VISIBILITY, "VIS-7", 2, "celebrating achievements",
                phrases("celebrat*", "spotlight", "shout out", "showcas*", "kudos")));
        rules.add(rule(VISIBILITY, "VIS-8", 3, "the institution's strategy",
                phrases("(?:university|institutional|organisational|organizational|faculty|research|people|departmental|school) strateg*",
                        "strategic plan", "strategy document")));
        rules.add(rule(VISIBILITY, "VIS-9", 3, "the technician network",
                phrases("technician* network*", "technical staff network*", "network of technician*", "networking", "technic* forum", "community of practice",
                        "coffee morning", "technic* conference", "technical conference", "technic* symposium",
                        "technic* meet up", "technic* meetup")));
        // HEaTED is a network, but a HEaTED course or workshop is training: it speaks to Visibility, not to a
        // "vibrant Technician Network" in the gap analysis
        rules.add(rule(VISIBILITY, null, 3, "HEaTED", tokens("HEaTED")));
        rules.add(rule(VISIBILITY, null, 3, "outreach",
                phrases("outreach", "public engagement", "science festival", "school* visit*", "visit* (?:a|local|the) school*",
                        "widening participation", "stem ambassador", "pint of science", "science fair", "work experience (?:student|pupil|placement|week|day)")));
        rules.add(rule(VISIBILITY, null, 2, "visibility",
                phrases("visibility", "more visible", "visible (?:to|within|beyond|across|outside)", "invisible", "unsung", "behind the scenes", "overlooked", "blog*", "newsletter",
                        "staff profile", "web profile", "featured in", "poster (?:at|presentation|session)",
                        "(?:presented|presenting|present) (?:a|our|my|the) poster", "(?:conference|research|scientific) poster", "gave (?:a|an) talk",
                        "present* (?:at|to) (?:a|the) (?:conference|symposium|meeting|seminar)", "conference talk")));

        // Recognition: professional registration and awards
        rules.add(rule(RECOGNITION, "REC-1", 3, "professional registration",
                phrases("professional* regist*", "science council", "engineering council", "chartered",
                        "post nominal*", "registered scientist", "registered science technician",
                        "chartered scientist", "chartered engineer", "incorporated engineer", "engineering technician",
                        "royal society of (?:biology|chemistry)", "institute of physics", "institute of science and technology"),
                tokens("IEng", "CEng", "BCS", "RITTech", "IST"),
                anyCaseTokens("RSciTech", "RSci", "CSci", "EngTech", "CSciTeach")));
        rules.add(rule(RECOGNITION, "REC-2", 3, "Employer Champion", phrases("employer champion")));
        rules.add(rule(RECOGNITION, "REC-3", 3, "teaching recognition (HEA)",
                phrases("higher education academy", "advance he", "hea fellow*", "fellowship of (?:the|advance) (?:hea|he)",
                        "teaching accreditation", "accredit* teaching", "teaching qualification", "pgcert*", "pg cert*"),
                tokens("HEA", "FHEA", "AFHEA", "SFHEA", "PGCHE", "PGCAP")));
        rules.add(rule(RECOGNITION, "REC-4", 3, "an internal award",
                phrases("internal award*", "staff award*", "excellence award*", "long service award*",
                        "vice chancellor(?:'s|s|’s)? award*", "(?:vc|dean|faculty|university|departmental|school|president)(?:'s|s|’s)? award*"),
                // "won the university's Outstanding Technical Contribution award": the award's name in between
                List.of(Cues.wholeWord("(?:vc|dean|faculty|university|institution(?:al)?|organisation(?:al)?|college|departmental|"
                        + "department|school|president)(?:'s|s|’s)?(?:[\\s\\p{Z}]+\\p{L}+){0,5}[\\s\\p{Z}]+awards?"))));
        rules.add(rule(RECOGNITION, "REC-5", 3, "an award nomination",
                phrases("nominat*", "external award*", "national award*", "technician of the year", "times higher education award*",
                        "papin prize*"), tokens("THE Awards")));
        rules.add(rule(RECOGNITION, null, 2, "an award",
                List.of(Cues.wholeWord("(?:award(?:s|ed|ing)?|prizes?|medals?)"
                        // "awarded a grant" or "award funding" is money for research, not recognition
                        + "(?![\\s\\p{Z}]+(?:(?:a|an|the|our|their)[\\s\\p{Z}]+)?(?:\\p{L}+[\\s\\p{Z}]+)?(?:grant|funding|contract|fund|studentship)s?(?![\\p{L}]))"))));
        rules.add(rule(RECOGNITION, null, 2, "recognition", phrases("recognition")));
        rules.add(rule(RECOGNITION, null, 1, "being recognised", phrases("recogni[sz]\\p{L}*", "fellowship", "honoured", "honored")));

        // Career Development: documented career pathways and development towards them
        rules.add(rule(CAREER_DEVELOPMENT, "CAR-1", 3, "a career pathway or progression",
                phrases("career pathway", "career path", "career framework", "career ladder", "career progression",
                        "progression (?:route|opportunit*|framework|pathway|criteria)", "progression to", "promotion(?!s?\\s+of)", "promoted to", "got promoted", "was promoted", "been promoted",
                        "regrad*", "re grad*", "grade review", "progress* to (?:a|grade|senior)")));
        rules.add(rule(CAREER_DEVELOPMENT, "CAR-2", 3, "professional development",
                phrases("continu* professional development", "professional development", "development opportunit*",
                        "development programme", "leadership programme", "training course", "training programme",
                        "attend* (?:a|the|an) (?:course|training|workshop|conference)", "summer school",
                        "attend* (?:a|the|an) \\p{L}+ (?:course|training|workshop)", "completed (?:a|the|my|an) course", "completed (?:a|the|my|an) \\p{L}+ course",
                        "study leave", "(?<!installation\\s|operational\\s|performance\\s)qualification(?!s?\\s+of)", "certificate in",
                        "day course", "week course", "(?<!of\\s)course on",
                        "foundation degree", "part time degree", "part time (?:course|study|studies|msc|ba|bsc)"),
                anyCaseTokens("CPD"), tokens("HNC", "HND", "NVQ", "BTEC")));
        rules.add(rule(CAREER_DEVELOPMENT, "CAR-2", 3, "mentoring", phrases("mentor*", "mentee*", "coaching")));
        rules.add(rule(CAREER_DEVELOPMENT, "CAR-2", 2, "training", 
                // cross-training is covering each other's work: Sustainability, below
                // and machine-learning "training data" is not training people
                List.of(Cues.wholeWord("(?<!cross[-\\s])training(?!\\s+(?:data|set|sets|loss|epochs?)(?![\\p{L}]))")),
                phrases("trained (?:in|on|as)", "(?:a|the|this|an|online|short|training) course(?!s?\\s+of)",
                        "attend* (?:a|the) workshop", "learn* (?:to|how|new)")));
        rules.add(rule(CAREER_DEVELOPMENT, null, 2, "an appraisal",
                phrases("apprais*", "annual review", "development review", "development needs"), tokens("SDPR", "PDR")));
        rules.add(rule(CAREER_DEVELOPMENT, "CAR-3", 3, "career case studies",
                phrases("career* case stud*", "case stud* of technic*", "case stud* of (?:their|our|technician) career*",
                        "career stor*", "career profile*", "careers webpage", "careers page")));
        rules.add(rule(CAREER_DEVELOPMENT, "CAR-4", 3, "job families and specialist roles",
                phrases("job famil*", "technical specialist*", "specialist technic* role*", "specialist role*",
                        "senior technical specialist*")));
        rules.add(rule(CAREER_DEVELOPMENT, null, 1, "careers", phrases("career*")));

        // Sustainability: keeping technical skills and the technical workforce for the future
        rules.add(rule(SUSTAINABILITY, "SUS-1", 3, "succession planning",
                phrases("succession (?:plan*|arrangement*|strateg*)", "plan* for succession", "workforce plan*", "skills gap*", "skill gap*", "skills audit*", "skills shortage*",
                        "skills matrix", "skills retention", "skills loss", "loss of skills", "retirement*", "retiring",
                        "analys* of technician profile*", "technician profile analysis",
                        "single point of failure", "ageing workforce", "aging workforce",
                        "handover", "hand over (?:their|his|her|my|our) (?:knowledge|expertise)",
                        "sustainab* of (?:technical|technician|our|the) (?:skills|expertise|workforce|staffing|roles)",
                        "sustainab* of skills", "sustainab* of (?:our|the) (?:technical|technician) (?:skills|expertise|workforce|staffing|roles)",
                        "sustain* (?:our|the) (?:technical|technician) (?:skills|expertise|workforce|staffing)",
                        "(?:skills|workforce|staffing) sustainab*")));
        rules.add(rule(SUSTAINABILITY, "SUS-1", 3, "retirements",
                // people retire; "retire the old HPLC" is equipment
                List.of(Cues.wholeWord("retires?(?![\\s\\p{Z}]+(?:the|our|this|that|these|those|a|an|old|it|them)(?![\\p{L}]))"))));
        rules.add(rule(SUSTAINABILITY, "SUS-1", 2, "passing knowledge on",
                phrases("knowledge transfer", "knowledge shar*", "pass* on (?:their|his|her|my|our) (?:knowledge|expertise|skills)",
                        "cross train*", "crosstrain*", "document* (?:the|our|their|his|her) (?:procedures|protocols|methods|knowledge|expertise)",
                        "tacit knowledge", "knowledge (?:isn't|gets|is) lost", "knowledge (?:will|would|could) be lost", "los* (?:the|that|their|his|her|this|our) knowledge",
                        "only one trained", "only person trained", "only (?:one|person) who (?:knows|can|understands)", "lose (?:the|that|their|his|her|this) expertise", "losing (?:the|that|their|his|her|this) expertise")));
        rules.add(rule(SUSTAINABILITY, "SUS-2", 3, "a secondment or placement",
                phrases("secondment", "seconded", "placement(?!s?\\s+of)", "job shadow*", "shadowing", "shadowed (?:a|the|my|our)", "(?:staff|job|lab|technician) rotation", "rotation (?:scheme|programme)")));
        rules.add(rule(SUSTAINABILITY, "SUS-3", 3, "an apprenticeship or trainee scheme",
                phrases("apprentice*", "trainee*", "t level*")));
        rules.add(rule(SUSTAINABILITY, "SUS-4", 3, "upskilling through the Apprenticeship Levy",
                phrases("apprenticeship levy", "levy", "upskill*", "reskill*", "retrain*")));
        rules.add(rule(SUSTAINABILITY, null, 2, "keeping and recruiting technical staff",
                phrases("staff retention", "retention of (?:staff|technician*|skills|expertise|people)",
                        "retain* (?:our|the|technical|skilled|experienced) (?:staff|technician*|expertise|skills|people)",
                        "hard to recruit", "los* (?:trained|experienced|skilled|our|good) (?:staff|technic*|people)", "recruitment (?:of|problem*|difficult*)", "unfilled", "(?:job|technician|technical|staff|unfilled|open|the|a|last|our) vacanc*",
                        "expertise (?:is|isn't|was) (?:fully|under|not) (?:utilised|utilized|used)",
                        "under (?:utilised|utilized|used)", "under(?:utili[sz]ed|used)", "not fully (?:utilised|utilized|used)",
                        "fully (?:utilised|utilized)")));

        // Evaluating Impact: the self-assessment, surveys of technicians, measuring what changed
        rules.add(rule(EVALUATING_IMPACT, null, 3, "the self-assessment", phrases("self assessment*", "self assess*")));
        rules.add(rule(EVALUATING_IMPACT, null, 3, "a survey of technicians",
                phrases("staff survey*", "technician* survey*", "pulse survey*", "culture survey*", "engagement survey*",
                        "survey* (?:of|among|for) (?:technician*|staff)", "survey* (?:of|among|for) (?:the|our|all) (?:technician*|staff)",
                        "survey* (?:of|among|for) technical staff",
                        "surveyed (?:the|our|all) (?:technician*|staff|team*)", "questionnaire*", "focus group*")));
        rules.add(rule(EVALUATING_IMPACT, null, 3, "measuring impact",
                phrases("(?:measur*|evaluat*|assess*|track*|monitor*|review*) (?:the|its|our|their) (?:impact" + NOT_MATERIALS + "|effectiveness|outcome*|success)",
                        "(?:measur*|evaluat*|assess*|track*|monitor*) impact" + NOT_MATERIALS,
                        "impact (?:measure*|assessment|evaluation|data)", "evidence of impact", "response rate*",
                        "baseline (?:survey|data|measure*)")));
        rules.add(rule(EVALUATING_IMPACT, null, 2, "the action plan", phrases("action plan*", "progress report*")));
        rules.add(rule(EVALUATING_IMPACT, null, 2, "key performance indicators", phrases("key performance indicator*"), tokens("KPI")));
        rules.add(rule(EVALUATING_IMPACT, null, 1, "metrics", phrases("metric*", "benchmark*", "dashboard*")));
        rules.add(rule(EVALUATING_IMPACT, null, 1, "evaluation", phrases("evaluat*", "survey*", "feedback", "before and after", "year on year")));

        return List.copyOf(rules);
    }

    @SafeVarargs
    private static ThemeRule rule(Theme theme, String activityId, int weight, String cue, List<Cues.Cue>... cues) {
        return ThemeRule.of(theme, activityId, weight, cue, Arrays.stream(cues).flatMap(List::stream).toList());
    }

    private static List<Cues.Cue> phrases(String... phrases) {
        return Stream.of(phrases).map(Cues::phrase).toList();
    }

    private static List<Cues.Cue> tokens(String... tokens) {
        return Stream.of(tokens).map(Cues::token).toList();
    }

    private static List<Cues.Cue> anyCaseTokens(String... tokens) {
        return Stream.of(tokens).map(Cues::tokenAnyCase).toList();
    }
}
