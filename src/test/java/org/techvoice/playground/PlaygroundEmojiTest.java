package org.techvoice.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.techvoice.support.RepoFiles;

/**
 * The playground draws every emoji code the app writes, as Slack's client does, instead of showing
 * ":ballot_box_with_check:" as text (the leads' App Home did, in issue 20's audit). Reads the app's string literals
 * for codes used in words ("…:warning: Only…", ":tada: ") and the page's EMOJI map.
 */
class PlaygroundEmojiTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** A code at the start of a literal or after a space, followed by a space or the literal's end. */
    private static final Pattern CODE = Pattern.compile("(?:^| )(:[a-z0-9_+-]+:)(?= |$)");
    private static final Pattern MAP = Pattern.compile("var EMOJI = \\{(.*?)\\};", Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("'?([a-z0-9_+-]+)'?\\s*:\\s*'");

    @Test
    void everyEmojiCodeTheAppWritesIsDrawnByThePage() throws IOException {
        Set<String> written = writtenCodes(RepoFiles.root().resolve("src/main/java"));
        assertThat(written).as("codes found in the app's literals").contains("warning", "white_check_mark", "ballot_box_with_check");

        String page = Files.readString(RepoFiles.file("src/main/resources/playground/app.js"), StandardCharsets.UTF_8);
        Matcher map = MAP.matcher(page);
        assertThat(map.find()).as("the page's EMOJI map").isTrue();
        Set<String> drawn = new TreeSet<>();
        Matcher key = KEY.matcher(map.group(1));
        while (key.find()) {
            drawn.add(key.group(1));
        }
        assertThat(written).as("emoji codes the app writes that the playground would show as text")
                .allMatch(drawn::contains, "drawn by the page's EMOJI map");
    }

    private static Set<String> writtenCodes(Path sources) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher literal = LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (literal.find()) {
                    String text = literal.group(1);
                    Matcher code = CODE.matcher(text);
                    while (code.find()) {
                        if (!code.group(1).equals(text)) { // a literal that is only ":edit:" is part of a key, not words
                            codes.add(code.group(1).substring(1, code.group(1).length() - 1));
                        }
                    }
                }
            }
        }
        return codes;
    }
}
