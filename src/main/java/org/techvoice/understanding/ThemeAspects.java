package org.techvoice.understanding;

import java.util.List;

import org.techvoice.themes.Theme;

/**
 * What each theme covers, said the way technicians talk about it: one plain sentence per aspect of the theme's ground.
 * The action library describes what an institution can DO (its topics and the concerns each answers) and Appendix A
 * what it can put in place, so a theme's everyday ground that no action or activity is written for had no description
 * at all: being thanked and valued (Recognition has registration and awards only), learning and qualifications
 * (Career Development), recruiting and sharing skills (Sustainability), checking what was delivered (Evaluating Impact,
 * which has six actions and no activities). A text about that ground then came nearest whichever theme had the most
 * descriptions. Written from the themes' aims and the Technician Commitment's text, not from any test's sentences.
 */
final class ThemeAspects {

    /** One aspect of a theme's ground: its short name, which a reason quotes, and the sentence the model compares. */
    record Aspect(Theme theme, String name, String text) {
    }

    static final List<Aspect> ALL = List.of(
            new Aspect(Theme.VISIBILITY, "who technicians are",
                    "People across the university know who the technicians are and what each of them does"),
            new Aspect(Theme.VISIBILITY, "credit for the work",
                    "The work technical staff put into research, teaching and services is named and credited"),
            new Aspect(Theme.VISIBILITY, "being seen outside", "Technicians show their work to the public, to schools and at events"),
            new Aspect(Theme.VISIBILITY, "meeting other technicians",
                    "Technicians from different departments meet, network and get to know each other"),
            new Aspect(Theme.VISIBILITY, "a voice in decisions",
                    "Technical staff are included where the university makes decisions and writes its plans"),

            new Aspect(Theme.RECOGNITION, "thanks and appreciation", "Managers and colleagues thank technicians and show they value their work"),
            new Aspect(Theme.RECOGNITION, "being valued", "Technicians feel their skill and effort are valued rather than overlooked"),
            new Aspect(Theme.RECOGNITION, "praise for a colleague", "Congratulating and praising a technician for an outstanding piece of work"),
            new Aspect(Theme.RECOGNITION, "registration and its costs",
                    "Becoming professionally registered and paying for membership of a professional body"),
            new Aspect(Theme.RECOGNITION, "credit for teaching", "The teaching and demonstrating technicians do is formally recognised"),

            new Aspect(Theme.CAREER_DEVELOPMENT, "learning new skills", "Learning new skills and techniques through courses, training and study"),
            new Aspect(Theme.CAREER_DEVELOPMENT, "time and money to learn", "Time and funding set aside for technicians' training and development"),
            new Aspect(Theme.CAREER_DEVELOPMENT, "qualifications", "Gaining a qualification, diploma or degree while working as a technician"),
            new Aspect(Theme.CAREER_DEVELOPMENT, "grades and moving up", "What each technical grade involves and how to move up to the next one"),
            new Aspect(Theme.CAREER_DEVELOPMENT, "the next career step", "Advice, guidance and experience to plan my next career step"),

            new Aspect(Theme.SUSTAINABILITY, "knowledge in one head", "Knowledge and skills held by a single person are lost when they leave"),
            new Aspect(Theme.SUSTAINABILITY, "recruiting technicians",
                    "Technical posts are hard to fill and skilled technicians are hard to recruit"),
            new Aspect(Theme.SUSTAINABILITY, "using skills fully", "Making full use of technicians' skills and expertise across the organisation"),
            new Aspect(Theme.SUSTAINABILITY, "sharing across teams", "Sharing technical staff, equipment and know-how between departments"),
            new Aspect(Theme.SUSTAINABILITY, "who can cover",
                    "Knowing which skills each technician has so that work is covered when people are away"),

            new Aspect(Theme.EVALUATING_IMPACT, "was it delivered", "Checking whether the actions the institution committed to were delivered"),
            new Aspect(Theme.EVALUATING_IMPACT, "what changed",
                    "Measuring what has changed for technicians since the institution signed the Commitment"),
            new Aspect(Theme.EVALUATING_IMPACT, "evidence and figures", "Evidence and figures that show whether things are getting better"),
            new Aspect(Theme.EVALUATING_IMPACT, "acting on technicians' views",
                    "Asking technicians for their views and showing what was done with them"),
            new Aspect(Theme.EVALUATING_IMPACT, "reporting progress", "Reporting progress on the action plan back to technical staff"),
            new Aspect(Theme.EVALUATING_IMPACT, "the submission",
                    "Writing the institution's self-assessment and submission for the Commitment"));

    private ThemeAspects() {
    }
}
