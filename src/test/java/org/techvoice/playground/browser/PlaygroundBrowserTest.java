package org.techvoice.playground.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.techvoice.slack.DateMarkup;

/**
 * Issue #9's journeys in a real headless Chromium on the playground page, against TechVoice started with
 * {@code --playground}: every click goes through the page's JavaScript, the JSON API, a signed /slack/events request
 * and the app's own listeners and services. Screenshots in target/playground-screenshots/: of a failed journey's last
 * view always, of each step with {@code -Dtechvoice.playground.screenshots=true}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ChromiumInstalled.class)
class PlaygroundBrowserTest {

    private static final Path TARGET = Path.of("target");
    private static final Path DOWNLOADS = TARGET.resolve("playground-downloads").resolve(UUID.randomUUID().toString());

    /** A failed journey leaves a screenshot of what the page showed at that moment, next to the steps'. */
    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (page != null) {
                page.photograph("failed", context.getRequiredTestMethod().getName());
            }
        }
    };

    private static PlaygroundServer server;
    private static ChromeDriver driver;
    private static PlaygroundPage page;

    @BeforeAll
    static void start() throws IOException {
        if (Chromium.missing() != null) {
            return; // ChromiumInstalled skips every test, saying why
        }
        server = PlaygroundServer.start();
        driver = Chromium.start(TARGET.resolve("playground-chromium-profile").resolve(UUID.randomUUID().toString()), DOWNLOADS);
        page = new PlaygroundPage(driver, TARGET.resolve("playground-screenshots"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openThePage() {
        page.open(server.url("/"));
        page.resetShots();
    }

    @Test
    @Order(1)
    void aTechnicianLogsAContributionAndSeesTheConfirmation() {
        page.actAs("Amira Haddad");
        page.openDm();
        assertThat(page.text(PlaygroundPage.testId("intro-banner"))).contains("nothing is sent to Slack");
        assertThat(page.text(PlaygroundPage.testId("current-persona-role"))).contains("Technician");
        page.screenshot("a-log", "amira-opens-her-dm");

        page.command("/tc log Ran the school outreach day on microscopy for 60 Year 10 pupils");
        WebElement confirmation = page.waitForEphemeral("Ran the school outreach day");
        assertThat(confirmation.getText()).contains("Only visible to you").containsPattern("C-\\d+");
        page.screenshot("a-log", "command-confirmed");

        page.command("/tc log");
        WebElement form = page.waitForModal("Log a contribution");
        assertThat(form.getText()).contains("What did you do?").contains("Collaborators").contains("(optional)");
        page.type("text", "Trained four PhD students on the new confocal microscope");
        page.chooseInMulti("collaborators", "Priya Nair");
        page.chooseInMulti("themes", "Career Development");
        page.screenshot("a-log", "form-filled");

        page.submitModal();
        WebElement done = page.waitForModal("Contribution logged");
        assertThat(done.getText()).contains("Trained four PhD students").contains("Career Development")
                .as("the kind left empty is suggested from the text, with its reason").contains("Logged your training given")
                .contains("mentions “trained”");
        page.screenshot("a-log", "form-confirmed");
        page.closeModal();
        page.waitForNoModal();
    }

    @Test
    @Order(2)
    void aCelebrationGoesThroughConsentAndAppearsInTheNetworkChannel() {
        page.actAs("Amira Haddad");
        page.openDm();
        page.command("/tc celebrate @Tom Whitfield built the cryostat sample holder that rescued the spring beamtime");
        WebElement asked = page.waitForEphemeral("Tom Whitfield");
        assertThat(asked.getText()).contains("Only visible to you");
        page.openChannel("technician-network");
        assertThat(page.text(PlaygroundPage.testId("messages"))).doesNotContain("cryostat sample holder");
        page.screenshot("b-celebrate", "amira-celebrates-tom");

        page.actAs("Tom Whitfield");
        page.openDm();
        WebElement consent = page.waitForMessage("cryostat sample holder");
        assertThat(consent.getText()).contains("Approve").contains("Keep private");
        page.screenshot("b-celebrate", "tom-is-asked");
        page.clickButtonInMessage("cryostat sample holder", "Approve");
        page.waitForMessage("You approved this celebration");
        page.screenshot("b-celebrate", "tom-approves");

        page.openChannel("technician-network");
        WebElement post = page.waitForMessage("cryostat sample holder");
        assertThat(post.getText()).contains("@Tom Whitfield").contains("@Amira Haddad");
        page.screenshot("b-celebrate", "posted-in-the-network-channel");
    }

    @Test
    @Order(3)
    void theLeadPullsADraftAndDownloadsTheWordDocument() throws Exception {
        page.actAs("Dr Helen Marsh");
        page.openDm();
        assertThat(page.text(PlaygroundPage.testId("current-persona-role"))).contains("Institutional lead");
        page.command("/tc draft");
        WebElement link = page.until(d -> d.findElements(By.cssSelector("[data-testid='file-link']")).stream()
                .filter(a -> a.getDomAttribute("data-file-name").endsWith(".docx")).findFirst().orElse(null));
        String name = link.getDomAttribute("data-file-name");
        page.script("arguments[0].scrollIntoView({block: 'center'})", link);
        page.screenshot("c-draft", "draft-in-the-leads-dm");

        link.click();
        Path downloaded = DOWNLOADS.resolve(name);
        page.until(d -> Files.isRegularFile(downloaded) && !Files.exists(DOWNLOADS.resolve(name + ".crdownload")));
        byte[] bytes = Files.readAllBytes(downloaded);
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(new String(bytes, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).as("a DOCX is a ZIP").isEqualTo("PK");
        try (Stream<Path> files = Files.list(DOWNLOADS)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).contains(name);
        }
        page.screenshot("c-draft", "docx-downloaded");
    }

    @Test
    @Order(4)
    void theSampleInstitutionLoadsAndAModalMistakeIsShownInline() {
        page.actAs("Priya Nair");
        page.loadSample();
        assertThat(page.notice()).contains("voice entries").contains("contributions");
        page.screenshot("d-sample", "sample-loaded");

        page.openDm();
        page.command("/tc log");
        page.waitForModal("Log a contribution");
        page.type("text", "Trained four PhD students on the confocal");
        page.type("link", "the confocal page on the intranet");
        page.submitModal();
        String error = page.waitForInlineError("link");
        assertThat(error).contains("https://");
        page.waitForModal("Log a contribution");
        assertThat(page.typed("text")).as("what was typed stays").isEqualTo("Trained four PhD students on the confocal");
        page.screenshot("d-sample", "link-error-inline");

        page.type("link", "https://intranet.northgate.ac.uk/confocal");
        page.submitModal();
        page.waitForModal("Contribution logged");
        page.screenshot("d-sample", "corrected-and-logged");
        page.closeModal();
        page.waitForNoModal();

        page.openHome();
        List<WebElement> home = driver.findElements(PlaygroundPage.testId("home-view"));
        assertThat(home).isNotEmpty();
        page.screenshot("d-sample", "app-home");
    }

    @Test
    @Order(5)
    void onlyVisibleToYouRepliesStayInTimeOrderAndTheViewGoesToTheReply() {
        page.actAs("Dr Helen Marsh");
        page.openDm();
        page.command("/tc help");
        WebElement help = page.waitForEphemeral("/tc draft");
        By files = By.cssSelector("[data-testid='messages'] [data-testid='file']");
        int filesBefore = driver.findElements(files).size();
        page.command("/tc draft");
        page.until(d -> d.findElements(files).size() > filesBefore);
        List<String> order = page.timelineKinds();
        int helpAt = order.indexOf("ephemeral:help");
        int lastFile = order.lastIndexOf("message:file");
        assertThat(helpAt).as("the help reply is in the timeline: " + order).isGreaterThanOrEqualTo(0);
        assertThat(lastFile).as("the draft's files come after the help sent before them, as in Slack: " + order)
                .isGreaterThan(helpAt);
        assertThat(page.inView(page.waitForMessage("draft"))).as("the view went to the reply").isTrue();
        assertThat(page.waitForEphemeral("/tc draft").isDisplayed()).as("the help reply is still shown").isTrue();
        page.screenshot("e-order", "help-then-draft-in-time-order");
    }

    @Test
    @Order(6)
    void typingAnAtNameOffersMatchingPeople() {
        page.actAs("Amira Haddad");
        page.openDm();
        page.typeInComposer("/tc celebrate @To");
        List<String> offered = page.mentionOptions();
        assertThat(offered).anyMatch(name -> name.contains("Tom Whitfield"));
        assertThat(offered).noneMatch(name -> name.contains("Priya Nair"));
        page.screenshot("f-mention", "picker-offers-tom");

        page.pressInComposer(org.openqa.selenium.Keys.ENTER);
        assertThat(page.composerText()).isEqualTo("/tc celebrate @Tom Whitfield ");
        page.typeInComposer("kept the electron microscope running through the power cut");
        page.pressInComposer(org.openqa.selenium.Keys.ENTER);
        WebElement asked = page.waitForEphemeral("whether they are happy to be celebrated");
        assertThat(asked.getText()).contains("Tom Whitfield");
        page.screenshot("f-mention", "celebration-sent-with-the-picked-name");
    }

    @Test
    @Order(7)
    void theCanvasLinkOpensARenderedCanvas() {
        page.actAs("Sam Okafor");
        page.openDm();
        page.command("/tc draft canvas");
        WebElement link = page.until(d -> d.findElements(By.cssSelector("[data-testid='messages'] a.mk-link")).stream()
                .filter(a -> String.valueOf(a.getDomAttribute("href")).contains("/playground/docs/")).findFirst().orElse(null));
        String href = link.getDomAttribute("href");
        page.screenshot("g-canvas", "canvas-link-in-the-dm");

        page.driver().get(href);
        WebElement canvas = page.until(d -> d.findElement(PlaygroundPage.testId("canvas")));
        assertThat(canvas.findElements(By.tagName("h1"))).isNotEmpty();
        assertThat(canvas.findElements(By.tagName("table"))).isNotEmpty();
        assertThat(canvas.getText()).containsPattern("Technician Commitment (Stage \\d )?self-assessment").doesNotContain("# Technician", "| ---");
        page.screenshot("g-canvas", "canvas-rendered");
    }

    @Test
    @Order(8)
    void afterAReloadReadConversationsStayReadAndEphemeralsAreGone() {
        page.actAs("Tom Whitfield");
        page.openChannel("technician-network");
        page.openDm();
        page.command("/tc help");
        page.waitForEphemeral("/tc log");
        page.until(d -> page.serverState("U0NGTECH02").contains("\"lastRead\":\"") && !page.serverState("U0NGTECH02")
                .contains("\"lastRead\":null"));
        page.screenshot("h-reload", "before-reload");

        page.open(server.url("/"));
        page.until(d -> "Tom Whitfield".equals(page.text(PlaygroundPage.testId("current-persona-name"))));
        page.until(d -> !d.findElements(By.cssSelector("[data-testid='messages'] [data-testid='message'], "
                + "[data-testid='empty-conversation']")).isEmpty());
        assertThat(driver.findElements(PlaygroundPage.testId("ephemeral"))).as("Slack drops ephemerals on reload").isEmpty();
        assertThat(driver.findElements(PlaygroundPage.testId("unread"))).as("no unread badge comes back").isEmpty();
        page.screenshot("h-reload", "after-reload");
    }

    /** Issue 20: the lead's own App Home, the champion's, and the sample seen across its months (after Order 4 loaded it). */
    @Test
    @Order(9)
    void theLeadAndTheChampionHaveTheirOwnHomeAndTheSampleSpansItsMonths() {
        page.actAs("Dr Helen Marsh");
        page.loadSample(); // loaded by Order 4 already in a whole run: then it says so and changes nothing
        page.openHome();
        page.until(d -> page.text(PlaygroundPage.testId("home-view")).contains("Your self-assessment"));
        String home = page.text(PlaygroundPage.testId("home-view"));
        assertThat(home).contains("Pull the draft", "Organisation profile", "Surveys", "Technician voice baseline", "Termly pulse",
                "Roles", "Results");
        page.screenshot("i-lead-home", "self-assessment-review-surveys-roles");
        page.clickButtonInHome("Organisation profile");
        page.waitForModal("Organisation profile");
        assertThat(page.typed("organisation_name")).as("the sample's profile").contains("Northgate");
        page.screenshot("i-lead-home", "profile-form-from-home");
        page.closeModal();
        page.waitForNoModal();
        page.clickButtonInHome("Results");
        WebElement results = page.waitForModal("Survey results");
        assertThat(results.getText()).contains("Results: S-");
        page.screenshot("i-lead-home", "survey-results-from-home");
        page.closeModal();
        page.waitForNoModal();

        // the baseline ran weeks before it was analysed; the sample's entries carry their own days
        page.openDm();
        page.command("/tc survey list");
        WebElement surveys = page.waitForEphemeral("Technician voice baseline");
        assertThat(surveys.getText()).contains("Closed").contains("Open");
        page.screenshot("i-sample-months", "baseline-closed-weeks-ago");

        page.actAs("Tom Whitfield");
        page.openDm();
        page.clickButtonInMessage("Termly pulse", "Answer");
        WebElement form = page.waitForModal("Survey");
        assertThat(form.getText()).contains("Termly pulse").as("nobody has answered for Tom").doesNotContain("You answered before");
        page.screenshot("i-sample-months", "pulse-not-answered-for-the-newcomer");
        page.closeModal();
        page.waitForNoModal();
        page.command("/tc mine");
        WebElement mine = page.waitForEphemeral("A-");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        // Tom's sample contribution (104 days back) and the award he was celebrated for (74 days back), on their own days
        assertThat(mine.getText()).contains(DateMarkup.day(today.minusDays(104))).contains(DateMarkup.day(today.minusDays(74)));
        page.screenshot("i-sample-months", "own-entries-with-their-own-dates");

        page.actAs("Gareth Owen");
        page.openHome();
        page.until(d -> page.text(PlaygroundPage.testId("home-view")).contains("Technician champion"));
        assertThat(page.text(PlaygroundPage.testId("home-view"))).contains("Encourage logging").doesNotContain("Your self-assessment");
        page.screenshot("i-champion-home", "champion-part");
    }
}
