package org.techvoice.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Voice entries of a fixture institution, written for this test in technicians' own words (not the library's concern
 * descriptions), each labelled with the library topic(s) a careful reader would put it under; the last ones fit no topic.
 */
final class LabelledVoice {

    record Labelled(String text, Set<String> topics) {
    }

    static final List<Labelled> ENTRIES = new ArrayList<>();

    private static void label(String topics, String... texts) {
        Set<String> accepted = topics.isEmpty() ? Set.of() : Set.of(topics.split(","));
        for (String text : texts) {
            ENTRIES.add(new Labelled(text, accepted));
        }
    }

    static {
        label("career-framework,progression-and-regrading",
                "Honestly I have no idea what the next step up looks like for someone in my role",
                "Where is the career path for technicians? Nobody can tell me",
                "I'd like to progress but there is no documented way to move up",
                "Progression for technicians here seems to depend on luck",
                "Is there any framework showing how a technician can develop and advance?");
        label("registration-fees",
                "The annual fee for RSciTech comes out of my own pocket",
                "I would register with the Science Council if the university paid the fee",
                "Professional registration is too expensive on my salary",
                "Could the department cover the cost of renewing my registration?",
                "I let my registration lapse because of the yearly subscription cost");
        label("protected-training-time",
                "Training always gets cancelled when the service is under pressure",
                "We need protected time for development, not just evenings",
                "My manager won't release me from the lab for a two-day course",
                "There is never enough time in the week to attend any training",
                "I keep booking courses and then having to drop out because the lab is too busy");
        label("mentoring",
                "I wish someone more experienced could mentor me",
                "A mentoring scheme for technicians would really help",
                "Early-career researchers get mentors, why don't we?",
                "Could the network pair new technicians with experienced mentors?",
                "Having a mentor outside my team would help me think about my future");
        label("authorship-policy,credit-in-data-and-theses",
                "My name was left off the paper even though I ran every sample",
                "PIs rarely acknowledge technical work in publications",
                "I designed the method but wasn't listed as an author",
                "We should be credited on the papers that use our data",
                "Acknowledgement of technicians in journal articles is inconsistent");
        label("succession-planning,knowledge-capture,workforce-profile",
                "Three of our senior technicians retire next year and nobody is shadowing them",
                "When Dave leaves, all his knowledge of the mass spectrometer goes with him",
                "There is no plan for replacing people who retire",
                "Nobody is being trained to take over from our most experienced staff",
                "Half the team will reach retirement age within five years");
        label("celebrating-achievements,technician-stories",
                "When our team won an award nobody outside the department heard about it",
                "Our successes never appear in the staff newsletter",
                "It would be nice if technician achievements were celebrated publicly",
                "We pulled off an amazing lab move and it went completely unnoticed",
                "Academic prizes get announced to everyone, technician achievements don't");
        label("workload-and-wellbeing",
                "I'm exhausted, there are too few of us for the amount of work",
                "The workload has doubled since two posts were cut",
                "Stress levels in the technical team are really high",
                "I am doing the job of two people",
                "We are constantly firefighting and burning out");
        label("apprenticeship-programme,trainee-technicians,apprentice-supervisors",
                "We should take on apprentices again like we used to",
                "An apprentice scheme would bring young people into the labs",
                "There is no entry route for school leavers into technical jobs",
                "Our apprentices from years ago are now our best technicians, why did we stop?",
                "I would happily train an apprentice if the scheme existed");
        label("",
                "The coffee machine on level three has been broken for weeks",
                "Parking is impossible after nine in the morning",
                "The labs overheat every summer and the air conditioning fails",
                "The air conditioning in our lab broke again this summer and it was unbearable",
                "In July the lab temperature was far too hot to work in");
    }

    private LabelledVoice() {
    }
}
