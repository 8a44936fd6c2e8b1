package org.techvoice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Class Data Sharing, applied alike to TechVoice and the bare Bolt app, because production uses it (README, "Run in
 * production", and docker/Dockerfile): TechVoice runs from its extracted jar ({@code -Djarmode=tools extract}) with
 * an archive written by one training run ({@code -XX:ArchiveClassesAtExit}, {@code -Dspring.context.exit=onRefresh});
 * the bare app gets its own archive from a training run that starts it until it listens. Both then start with
 * {@code -XX:SharedArchiveFile}, on top of the same {@code BENCH_JVM_OPTS}. {@code BENCH_CDS=off} measures both
 * without it.
 */
record ClassDataSharing(Path techvoiceJar, Path techvoiceArchive, String bareClasspath, Path bareArchive) {

    static final ClassDataSharing NONE = new ClassDataSharing(null, null, null, null);

    interface TechVoiceTrainer {
        JavaProcess start(List<String> jvmOptions, Path jar) throws IOException;
    }

    interface BareTrainer {
        JavaProcess start(List<String> jvmOptions, String classpath, int port) throws IOException;
    }

    static ClassDataSharing prepare(BenchConfig config, Path logs, TechVoiceTrainer techvoice, BareTrainer bare) throws Exception {
        Path appJar = config.appJar().toAbsolutePath();
        if ("off".equalsIgnoreCase(System.getenv("BENCH_CDS"))) {
            return new ClassDataSharing(appJar, null, config.classpath(), null);
        }
        Path dir = config.out().resolve("cds").toAbsolutePath();
        Files.createDirectories(dir);
        // the layout production runs: the jar's own classes beside its dependencies in lib/, no nested jars
        Path extracted = dir.resolve("app");
        JavaProcess extract = JavaProcess.start("jar extraction", List.of("-Djarmode=tools"),
                List.of("-jar", appJar.toString(), "extract", "--force", "--destination", extracted.toString()),
                java.util.Map.of(), logs.resolve("cds-extract.log"));
        if (extract.waitFor(Duration.ofMinutes(2)) != 0) {
            throw new IllegalStateException("extracting " + appJar + " failed: see " + logs.resolve("cds-extract.log"));
        }
        Path jar = extracted.resolve(appJar.getFileName());

        Path techvoiceArchive = dir.resolve("techvoice.jsa");
        Files.deleteIfExists(techvoiceArchive);
        JavaProcess training = techvoice.start(dumping(config, techvoiceArchive), jar);
        training.waitFor(Duration.ofMinutes(5));
        requireArchive(techvoiceArchive, "TechVoice", logs.resolve("techvoice-cds-training.log"));

        // CDS archives classes from jars only: the bare app's own classes go into a jar, its dependencies stay as they are
        String bareClasspath = bareClasspath(config, dir);
        Path bareArchive = dir.resolve("bare-bolt.jsa");
        Files.deleteIfExists(bareArchive);
        int port = JavaProcess.freePort();
        JavaProcess bareTraining = bare.start(dumping(config, bareArchive), bareClasspath, port);
        bareTraining.awaitHealthy("http://127.0.0.1:" + port + "/health", Duration.ofMinutes(5));
        bareTraining.close(); // the archive is written as the JVM exits
        requireArchive(bareArchive, "bare Bolt app", logs.resolve("bare-bolt-cds-training.log"));
        return new ClassDataSharing(jar, techvoiceArchive, bareClasspath, bareArchive);
    }

    List<String> techvoiceOptions(List<String> jvmOptions) {
        return using(jvmOptions, techvoiceArchive);
    }

    List<String> bareOptions(List<String> jvmOptions) {
        return using(jvmOptions, bareArchive);
    }

    String describe() {
        return techvoiceArchive == null
                ? "Class Data Sharing: off (`BENCH_CDS=off`) for both apps; TechVoice ran as the packaged jar."
                : "Class Data Sharing, as in production (README, \"Run in production\"), for both apps alike: TechVoice ran "
                        + "from its extracted jar with an archive from one training run (`-Dspring.context.exit=onRefresh`); the "
                        + "bare Bolt app with an archive from one training run until it listened. Both: `-XX:SharedArchiveFile`.";
    }

    private static List<String> dumping(BenchConfig config, Path archive) {
        List<String> options = new ArrayList<>(config.jvmOptions());
        options.add("-XX:ArchiveClassesAtExit=" + archive);
        return options;
    }

    private static List<String> using(List<String> jvmOptions, Path archive) {
        List<String> options = new ArrayList<>(jvmOptions);
        if (archive != null) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        return options;
    }

    private static String bareClasspath(BenchConfig config, Path dir) throws IOException {
        Path classes = dir.resolve("bench-classes.jar");
        Path testClasses = Path.of("target", "test-classes").toAbsolutePath();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "jar").toString(),
                "cf", classes.toString(), "-C", testClasses.toString(), "org/techvoice/bench");
        try {
            Process jar = new ProcessBuilder(command).inheritIO().start();
            if (jar.waitFor() != 0) {
                throw new IllegalStateException("could not jar the bench classes: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String jars = Arrays.stream(config.classpath().split(java.io.File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).collect(Collectors.joining(java.io.File.pathSeparator));
        return classes + java.io.File.pathSeparator + jars;
    }

    private static void requireArchive(Path archive, String app, Path log) throws IOException {
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IllegalStateException("the CDS training run of " + app + " wrote no archive: see " + log);
        }
    }
}
