package org.techvoice.surveys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret behind {@link RespondentKeys}. It is never a value anyone can read in the source: with the
 * {@code postgres} profile or any database that is not the embedded H2 default, TECHVOICE_SURVEY_HASH_KEY must be
 * set or start-up stops; on the embedded H2 file default a random key is made on first start and kept in a file
 * beside the database, readable by its owner only; an in-memory database gets a random key that dies with it.
 */
final class SurveyHashKey {

    private static final Logger log = LoggerFactory.getLogger(SurveyHashKey.class);

    static final String MISSING = "TECHVOICE_SURVEY_HASH_KEY is not set. It keeps anonymous survey answers unlinkable to "
            + "people, so TechVoice will not start without it outside the embedded H2 database. Make one with "
            + "`openssl rand -base64 32`, set TECHVOICE_SURVEY_HASH_KEY to it, and keep it with your other secrets "
            + "(changing it lets people answer open surveys again).";
    static final String KEY_FILE_SUFFIX = ".survey-hash-key";
    private static final int GENERATED_BYTES = 32;

    private SurveyHashKey() {
    }

    /**
     * @param configured     TECHVOICE_SURVEY_HASH_KEY, blank when not set
     * @param postgresProfile whether the {@code postgres} profile is active
     * @param datasourceUrl  {@code spring.datasource.url}
     * @throws IllegalStateException when no key is set and the database is not the embedded default
     */
    static String resolve(String configured, boolean postgresProfile, String datasourceUrl) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (postgresProfile) {
            throw new IllegalStateException(MISSING);
        }
        Optional<Path> embeddedFile = embeddedH2File(datasourceUrl);
        if (embeddedFile.isPresent()) {
            return keptBeside(embeddedFile.get());
        }
        if (inMemoryH2(datasourceUrl)) {
            return generated(); // the answers it protects vanish with the process, and so does the key
        }
        throw new IllegalStateException(MISSING);
    }

    /** The key file of an embedded H2 file database, e.g. {@code ./data/techvoice.survey-hash-key}. */
    static Path keyFileOf(Path database) {
        return database.resolveSibling(database.getFileName() + KEY_FILE_SUFFIX);
    }

    static Optional<Path> embeddedH2File(String url) {
        String location = h2Location(url);
        if (location == null || location.startsWith("mem:") || location.startsWith("tcp:") || location.startsWith("ssl:")
                || location.startsWith("zip:")) {
            return Optional.empty();
        }
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return path.isBlank() ? Optional.empty() : Optional.of(Path.of(path));
    }

    private static boolean inMemoryH2(String url) {
        String location = h2Location(url);
        return location != null && location.startsWith("mem:");
    }

    private static String h2Location(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return null;
        }
        String rest = url.substring("jdbc:h2:".length());
        int options = rest.indexOf(';');
        return options < 0 ? rest : rest.substring(0, options);
    }

    private static String keptBeside(Path database) {
        Path file = keyFileOf(database);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            String key = generated();
            try {
                createOwnerOnly(file);
            } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
                return read(file);
            }
            Files.writeString(file, key + "\n", StandardCharsets.US_ASCII);
            log.warn("TECHVOICE_SURVEY_HASH_KEY is not set: generated a random survey key and kept it in {} (owner-only). "
                    + "Back it up with the database; losing it lets people answer open surveys again.", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the survey key in " + file.toAbsolutePath()
                    + "; set TECHVOICE_SURVEY_HASH_KEY instead (openssl rand -base64 32)", e);
        }
    }

    private static String read(Path file) throws IOException {
        String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (key.isEmpty()) {
            throw new IllegalStateException("The survey key file " + file.toAbsolutePath() + " is empty; restore it from a backup "
                    + "or set TECHVOICE_SURVEY_HASH_KEY (openssl rand -base64 32)");
        }
        return key;
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
        } else {
            Files.createFile(file);
            var asFile = file.toFile();
            asFile.setReadable(false, false);
            asFile.setWritable(false, false);
            asFile.setReadable(true, true);
            asFile.setWritable(true, true);
        }
    }

    private static String generated() {
        byte[] bytes = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
