package org.techvoice.playground.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The playground page as a person uses it: by what they see (names, labels, texts), through its data-testids. */
final class PlaygroundPage {

    /** Deliveries go through the app's outbox and the page polls: generous, since the machine may be loaded. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path screenshots;
    private int shot;

    PlaygroundPage(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    void open(String url) {
        driver.get(url);
        until(d -> new Select(d.findElement(testId("persona-select"))).getOptions().size() > 1);
    }

    /** Switches to the persona whose name starts the switcher's entry, and waits until the page says so. */
    void actAs(String name) {
        Select select = new Select(driver.findElement(testId("persona-select")));
        WebElement option = select.getOptions().stream().filter(o -> o.getText().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No persona named " + name + " in the switcher"));
        select.selectByValue(option.getDomAttribute("value"));
        until(d -> name.equals(text(testId("current-persona-name"))));
    }

    void openDm() {
        click(testId("nav-dm"));
        until(d -> text(testId("pane-title")).equals("TechVoice"));
    }

    void openChannel(String name) {
        click(testId("nav-channel-" + name));
        until(d -> text(testId("pane-title")).equals("# " + name));
    }

    void openHome() {
        click(testId("nav-home"));
        until(d -> !driver.findElements(testId("home-view")).isEmpty());
    }

    /** Types a command in the message box and presses Enter; waits until the box has taken it. */
    void command(String text) {
        WebElement box = driver.findElement(testId("composer"));
        box.clear();
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
        until(d -> box.getDomProperty("value").isEmpty() || driver.findElement(testId("composer-error")).isDisplayed());
        String error = driver.findElement(testId("composer-error")).isDisplayed() ? text(testId("composer-error")) : "";
        if (!error.isEmpty()) {
            throw new AssertionError("The playground refused `" + text + "`: " + error);
        }
    }

    /** Waits until the open conversation shows {@code expected} (messages and ephemerals) and returns its text. */
    String waitForConversationText(String expected) {
        until(d -> text(testId("messages")).contains(expected));
        return text(testId("messages"));
    }

    /** The last ephemeral (marked "Only visible to you") whose text contains {@code expected}. */
    WebElement waitForEphemeral(String expected) {
        return until(d -> last(d.findElements(testId("ephemeral")), expected));
    }

    WebElement waitForMessage(String expected) {
        return until(d -> last(d.findElements(testId("message")), expected));
    }

    /** Clicks a Block Kit button by its label inside {@code container}. */
    void clickButton(WebElement container, String label) {
        WebElement button = container.findElements(By.cssSelector("button, a.btn")).stream()
                .filter(b -> b.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No button " + label + " in: " + container.getText()));
        button.click();
    }

    /** Clicks a button of the last message that shows {@code expected}, finding it again if the page redrew it. */
    void clickButtonInMessage(String expected, String label) {
        until(d -> {
            try {
                WebElement message = last(d.findElements(testId("message")), expected);
                if (message == null) {
                    return false;
                }
                clickButton(message, label);
                return true;
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** Clicks a button of the App Home tab by its label. */
    void clickButtonInHome(String label) {
        until(d -> {
            try {
                clickButton(d.findElement(testId("home-view")), label);
                return true;
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** The text typed in a modal's input block. */
    String typed(String blockId) {
        return driver.findElement(By.cssSelector("[data-testid='modal'] [data-testid='field-" + blockId + "']")).getDomProperty("value");
    }

    WebElement waitForModal(String title) {
        return until(d -> {
            List<WebElement> modals = d.findElements(testId("modal"));
            return modals.isEmpty() || !modals.get(0).findElement(By.cssSelector(".modal-title")).getText().equals(title)
                    ? null : modals.get(0);
        });
    }

    void waitForNoModal() {
        until(d -> d.findElements(testId("modal")).isEmpty());
    }

    /** Types into the text field of a modal's input block. */
    void type(String blockId, String text) {
        WebElement field = driver.findElement(By.cssSelector("[data-testid='modal'] [data-testid='field-" + blockId + "']"));
        field.clear();
        field.sendKeys(text);
    }

    /** Adds an item to a multi-select of a modal's input block, by the start of its label. */
    void chooseInMulti(String blockId, String label) {
        WebElement add = driver.findElement(By.cssSelector("[data-testid='modal'] [data-testid='field-" + blockId + "'] select"));
        Select select = new Select(add);
        WebElement option = select.getOptions().stream().filter(o -> o.getText().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + label + " in " + blockId));
        select.selectByValue(option.getDomAttribute("value"));
        until(d -> d.findElement(By.cssSelector("[data-testid='modal'] [data-testid='field-" + blockId + "'] [data-testid='chips']"))
                .getText().contains(label));
    }

    void closeModal() {
        click(By.cssSelector("[data-testid='modal'] [data-testid='modal-close']"));
    }

    void submitModal() {
        click(By.cssSelector("[data-testid='modal'] [data-testid='modal-submit']"));
    }

    /** The inline error under a modal's input block, once shown. */
    String waitForInlineError(String blockId) {
        By error = By.cssSelector("[data-testid='modal'] [data-testid='error-" + blockId + "']");
        until(d -> d.findElement(error).isDisplayed() && !d.findElement(error).getText().isBlank());
        return driver.findElement(error).getText();
    }

    void loadSample() {
        click(testId("load-sample"));
        until(d -> d.findElement(testId("notice")).isDisplayed() && !text(testId("notice")).isBlank());
    }

    String notice() {
        return text(testId("notice"));
    }

    String text(By by) {
        try {
            return driver.findElement(by).getText();
        } catch (StaleElementReferenceException e) {
            return driver.findElement(by).getText();
        }
    }

    /**
     * Whether each step of a journey is photographed ({@code -Dtechvoice.playground.screenshots=true}): a walk-through
     * for a reviewer, at about 0.1 s a shot. A failed journey's last view is photographed whatever this says.
     */
    private static final boolean EVERY_STEP = Boolean.getBoolean("techvoice.playground.screenshots");

    /** A step of a journey: a full-page PNG under target/playground-screenshots when steps are photographed. */
    void screenshot(String journey, String step) {
        if (EVERY_STEP) {
            photograph(journey, step);
        }
    }

    /** A full-page PNG under target/playground-screenshots, numbered in the order the journey took them. */
    Path photograph(String journey, String step) {
        try {
            Files.createDirectories(screenshots);
            Path target = screenshots.resolve(journey + "-" + String.format("%02d", ++shot) + "-" + step + ".png");
            Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void resetShots() {
        shot = 0;
    }

    WebDriver driver() {
        return driver;
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Clicks what {@code by} finds, finding it again if the page redrew it in between (it polls the server). */
    private void click(By by) {
        until(d -> {
            try {
                WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
                if (element == null) {
                    return false;
                }
                element.click();
                return true;
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    <T> T until(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT, Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** The open conversation's items in page order: message or ephemeral, and help/file when they are that. */
    List<String> timelineKinds() {
        return driver.findElements(By.cssSelector("[data-testid='messages'] > [data-testid='message'], "
                + "[data-testid='messages'] > [data-testid='ephemeral']")).stream().map(node -> {
                    String kind = node.getDomAttribute("data-testid");
                    if (!node.findElements(testId("file")).isEmpty()) {
                        return kind + ":file";
                    }
                    return node.getText().contains("/tc draft") && node.getText().contains("/tc log") ? kind + ":help" : kind;
                }).toList();
    }

    /** Whether any part of the element is inside the scrolled conversation pane. */
    boolean inView(WebElement element) {
        return Boolean.TRUE.equals(script("var r = arguments[0].getBoundingClientRect();"
                + "var p = document.querySelector(\"[data-testid='pane-body']\").getBoundingClientRect();"
                + "return r.bottom > p.top && r.top < p.bottom;", element));
    }

    /** Types into the message box without sending (the box keeps its caret at the end). */
    void typeInComposer(String text) {
        driver.findElement(testId("composer")).sendKeys(text);
    }

    void pressInComposer(CharSequence key) {
        driver.findElement(testId("composer")).sendKeys(key);
    }

    String composerText() {
        return driver.findElement(testId("composer")).getDomProperty("value");
    }

    /** The names the @-mention picker offers, once it shows. */
    List<String> mentionOptions() {
        until(d -> d.findElement(testId("mention-picker")).isDisplayed());
        return driver.findElements(testId("mention-option")).stream().map(WebElement::getText).toList();
    }

    /** What the server keeps for a persona (GET state), read synchronously from the page. */
    String serverState(String persona) {
        return String.valueOf(script("var x = new XMLHttpRequest(); x.open('GET', '/playground/api/state?persona=' + arguments[0], false);"
                + "x.send(); return x.responseText;", persona));
    }

    private static WebElement last(List<WebElement> elements, String expected) {
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (elements.get(i).getText().contains(expected)) {
                return elements.get(i);
            }
        }
        return null;
    }
}
