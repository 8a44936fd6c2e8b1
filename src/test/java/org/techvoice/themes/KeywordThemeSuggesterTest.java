package org.techvoice.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.techvoice.themes.slack.ThemeBlocks;

class KeywordThemeSuggesterTest {

    private final KeywordThemeSuggester suggester = new KeywordThemeSuggester();

    private List<Theme> themes(String text) {
        return suggester.suggest(text).stream().map(ThemeSuggestion::theme).toList();
    }

    @Test
    void theReasonNamesWhatWasFoundAndTheTheme() {
        assertThat(suggester.suggest("I'm working towards professional registration this year"))
                .containsExactly(ThemeSuggestion.mentions(Theme.RECOGNITION, List.of("professional registration")));
        assertThat(suggester.suggest("We took on two apprentices"))
                .containsExactly(ThemeSuggestion.mentions(Theme.SUSTAINABILITY, List.of("an apprenticeship or trainee scheme")));
    }

    @Test
    void aReasonNamesAtMostTwoCuesStrongestFirst() {
        List<ThemeSuggestion> suggestions = suggester.suggest("Celebrating Ana being named as co-author on the paper, a great acknowledgement");

        assertThat(suggestions).hasSize(1);
        assertThat(suggestions.get(0).cues()).containsExactly("being named on publications", "acknowledgement");
        assertThat(ThemeBlocks.reason(suggestions.get(0))).isEqualTo("mentions being named on publications and acknowledgement → Visibility");
    }

    @Test
    void strongestThemeComesFirstAndEachThemeAtMostOnce() {
        List<ThemeSuggestion> suggestions = suggester.suggest(
                "Our apprentices need a secondment, succession planning and a skills audit; also some CPD");

        assertThat(suggestions).extracting(ThemeSuggestion::theme).containsExactly(Theme.SUSTAINABILITY, Theme.CAREER_DEVELOPMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Got my RSciTech", "now RSci registered", "CSci at last", "Passed EngTech review",
            "IEng awarded", "CEng interview passed", "RITTech with the BCS", "rscitech application sent"})
    void registrationPostNominalsAreRecognition(String text) {
        assertThat(themes(text)).contains(Theme.RECOGNITION);
        assertThat(suggester.suggest(text).get(0).cues()).startsWith("professional registration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RScience outreach kit", "CPDX buffer", "XCPD assay", "the ieng samples",
            "Ceng Li ran the gel", "gaRSci", "EngTechnology fair", "BCSA kit", "ICEngine"})
    void shortTokensNeverMatchInsideOtherWordsOrInTheWrongCase(String text) {
        assertThat(themes(text)).doesNotContain(Theme.RECOGNITION, Theme.CAREER_DEVELOPMENT);
    }

    @Test
    void cpdMatchesAsAWholeWordInAnyCase() {
        assertThat(themes("Logged 20 hours of CPD")).containsExactly(Theme.CAREER_DEVELOPMENT);
        assertThat(themes("my cpd record")).containsExactly(Theme.CAREER_DEVELOPMENT);
        assertThat(themes("(CPD)")).containsExactly(Theme.CAREER_DEVELOPMENT);
        assertThat(themes("CPDs logged")).containsExactly(Theme.CAREER_DEVELOPMENT);
    }

    @Test
    void iEngAndCEngAreCaseSensitive() {
        assertThat(themes("Got my IEng")).containsExactly(Theme.RECOGNITION);
        assertThat(themes("got my ieng")).isEmpty();
        assertThat(themes("CEng!")).containsExactly(Theme.RECOGNITION);
        assertThat(themes("ceng")).isEmpty();
    }

    @Test
    void ordinaryWordsMatchTheirPluralsInflectionsAndHyphenation() {
        assertThat(themes("Our Job Descriptions are out of date")).containsExactly(Theme.VISIBILITY);
        assertThat(themes("job-description review")).containsExactly(Theme.VISIBILITY);
        assertThat(themes("two secondments next year")).containsExactly(Theme.SUSTAINABILITY);
        assertThat(themes("She mentored three new starters")).containsExactly(Theme.CAREER_DEVELOPMENT);
        assertThat(themes("technicians' network lunch")).containsExactly(Theme.VISIBILITY);
        assertThat(themes("career pathways for technicians")).containsExactly(Theme.CAREER_DEVELOPMENT);
        assertThat(themes("two apprenticeships")).containsExactly(Theme.SUSTAINABILITY);
    }

    @Test
    void unicodeSpacesAndTypographicApostrophesStillSeparateAndJoinWords() {
        assertThat(themes("job\u00A0description")).containsExactly(Theme.VISIBILITY);
        assertThat(themes("the technicians\u2019 network")).containsExactly(Theme.VISIBILITY);
        assertThat(themes("Vice-Chancellor\u2019s Award for technicians")).containsExactly(Theme.RECOGNITION);
        assertThat(themes("succession\u2003planning")).containsExactly(Theme.SUSTAINABILITY);
    }

    @Test
    void wordsInsideLongerWordsDoNotCount() {
        assertThat(themes("the outreachable")).isEmpty();
        assertThat(themes("nonapprenticeable")).isEmpty();
        assertThat(themes("subcommittees")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sustainability week: reduce, reuse, recycle",
            "We achieved LEAF Gold for lab sustainability",
            "green lab champions cut the freezer energy by half",
            "Our sustainable procurement policy for plastics",
            "Switching off fume cupboards saves carbon",
            "Sustainable Development Goals poster competition"})
    void greenLabTextIsNeverSustainability(String text) {
        assertThat(themes(text)).doesNotContain(Theme.SUSTAINABILITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The retention time drifted on the HPLC column",
            "Oxygen vacancies in the perovskite samples",
            "Three power cuts in quick succession",
            "Check the placement of the electrodes before recording",
            "Installation qualification of the new isolator is booked",
            "The training data for the segmentation model is on the server",
            "Over the course of the experiment the pH dropped",
            "Of course on Friday I can help",
            "We measured the impact strength of the printed parts",
            "The technical network outage took the instrument PCs offline",
            "I have ten years of work experience in histology",
            "I published the rota for the teaching labs",
            "How many techniques do we need for the practical?",
            "The data is represented on the graph in blue",
            "Promotion of the open day starts next week",
            "We will retire the old centrifuge in June",
            "I put up a poster about glove recycling",
            "She was the only one who came to the lunch"})
    void everydayLabWordsThatLookLikeCuesProposeNoTheme(String text) {
        assertThat(themes(text)).as(text).doesNotContain(Theme.SUSTAINABILITY, Theme.CAREER_DEVELOPMENT, Theme.EVALUATING_IMPACT,
                Theme.RECOGNITION);
        if (!text.contains("open day")) {
            assertThat(themes(text)).as(text).isEmpty();
        }
    }

    @Test
    void sustainingTechnicalSkillsIsSustainability() {
        assertThat(themes("the sustainability of technical skills in the faculty")).containsExactly(Theme.SUSTAINABILITY);
        assertThat(themes("succession planning for the workshop")).containsExactly(Theme.SUSTAINABILITY);
        assertThat(themes("we must sustain our technical workforce")).containsExactly(Theme.SUSTAINABILITY);
        assertThat(themes("Pat retires at Easter")).containsExactly(Theme.SUSTAINABILITY);
        assertThat(ThemeBlocks.reason(suggester.suggest("two of us retire in 2027").get(0))).isEqualTo("mentions retirements → Sustainability");
    }

    @Test
    void weakCuesAloneProposeNothing() {
        assertThat(themes("Thanks for the feedback")).isEmpty();
        assertThat(themes("careers fair in the Great Hall")).isEmpty();
        assertThat(themes("Of course I can cover Friday")).isEmpty();
    }

    @Test
    void awardedGrantsAreMoneyNotRecognition() {
        assertThat(themes("We were awarded a grant for a new cryostat")).isEmpty();
        assertThat(themes("award funding from the BBSRC")).isEmpty();
        assertThat(themes("She won an award")).containsExactly(Theme.RECOGNITION);
    }

    @Test
    void nothingToFindGivesAnEmptyList() {
        assertThat(suggester.suggest(null)).isEmpty();
        assertThat(suggester.suggest("")).isEmpty();
        assertThat(suggester.suggest(" \n\t ")).isEmpty();
        assertThat(suggester.suggest("The autoclave is broken again")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "🎉🎉 Got my RSciTech 🎉", "שלום CPD مرحبا", "\u202Eapprentice\u202C", "\u0000\u0001CPD\u0007",
            "\uD83D", "\uDC00CPD\uD83D", "<!channel> CPD &amp; <@U123>", "Ω≈ç√∫˜µ≤≥÷", "\u200B\u200BCPD\u200B"})
    void hostileInputNeverThrows(String text) {
        assertThatCode(() -> suggester.suggest(text)).doesNotThrowAnyException();
    }

    @Test
    void controlCharactersSeparateWordsInsteadOfGluingThem() {
        assertThat(themes("CPD\u0000apprentice")).containsExactlyInAnyOrder(Theme.SUSTAINABILITY, Theme.CAREER_DEVELOPMENT);
        assertThat(themes("🎉RSciTech🎉")).containsExactly(Theme.RECOGNITION);
    }

    @Test
    void fortyThousandCharactersOfCueFragmentsAreReadWithoutBacktrackingForever() {
        StringBuilder hostile = new StringBuilder();
        Random random = new Random(42);
        String[] pieces = {"technic", "technicians' ", "co-", "award ", "a ", "survey ", "\u0000", "🎉", "שלום ",
                "self-", "job ", "named on ", "the ", "sustainab", "x".repeat(30), "-", " "};
        while (hostile.length() < 40_000) {
            hostile.append(pieces[random.nextInt(pieces.length)]);
        }
        String text = hostile.substring(0, 40_000);
        String repetitive = "a".repeat(40_000);

        // Not a performance figure (the benchmark measures speed): a guard against catastrophic regex
        // backtracking, which would take minutes, with a margin no busy build machine comes near.
        List<ThemeSuggestion> suggestions = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThat(suggester.suggest(repetitive)).isEmpty();
            return suggester.suggest(text);
        });
        assertThat(suggestions).extracting(ThemeSuggestion::theme).doesNotHaveDuplicates();
    }

    @Test
    void textBeyondTheBoundIsNotRead() {
        String text = "x ".repeat(TextBounds.MAX_CHARS / 2) + "apprentice";

        assertThat(themes(text)).isEmpty();
        assertThat(themes("apprentice " + "x ".repeat(TextBounds.MAX_CHARS))).containsExactly(Theme.SUSTAINABILITY);
    }
}
