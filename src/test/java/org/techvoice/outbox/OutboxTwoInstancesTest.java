package org.techvoice.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.support.SlackApiStub;
import org.techvoice.support.SlackTestClient;
import org.techvoice.support.TechVoiceInstance;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Two TechVoice instances on one PostgreSQL: scheduled delivery runs once per message, claims never overlap. */
class OutboxTwoInstancesTest {

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() throws IOException {
        SlackApiStub.reset();
        postgres = EmbeddedPostgres.builder().start();
        String[] database = {"--spring.profiles.active=postgres",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--techvoice.surveys.hash-key=two-instances-test-survey-key-0123456789"};
        first = TechVoiceInstance.start(database);
        second = TechVoiceInstance.start(database);
    }

    @AfterAll
    static void stop() throws IOException {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {second, first}) {
            if (context != null) {
                context.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void bothSchedulersRunningDeliverEveryMessageExactlyOnce() {
        int people = 200;
        SlackApiStub.reset();
        // half the send is enqueued through each instance, as two web nodes would
        IntStream.range(0, people).forEach(i -> enqueueDm(i % 2 == 0 ? first : second, "U0TWIN%03d".formatted(i)));

        OutboxRepository rows = first.getBean(OutboxRepository.class);
        await().atMost(Duration.ofSeconds(90)).until(() -> rows.countByStatus(OutboxEntry.Status.DELIVERED) >= people);

        Map<String, Long> posts = SlackApiStub.calls("chat.postMessage").stream()
                .filter(call -> call.get("channel").startsWith("U0TWIN"))
                .collect(Collectors.groupingBy(call -> call.get("channel"), Collectors.counting()));
        assertThat(posts).hasSize(people);
        assertThat(posts.values()).allMatch(count -> count == 1);
        JdbcTemplate jdbc = new JdbcTemplate(first.getBean(DataSource.class));
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'outbox-delivery'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where status <> 'DELIVERED' and idempotency_key like 'twin:%'",
                Integer.class)).isZero();
    }

    @Test
    void claimsMadeAtTheSameMomentOnTwoInstancesNeverOverlap() throws Exception {
        OutboxWorker firstWorker = first.getBean(OutboxWorker.class);
        OutboxWorker secondWorker = second.getBean(OutboxWorker.class);
        firstWorker.stop();
        secondWorker.stop();
        try {
            IntStream.range(0, 120).forEach(i -> enqueueDm(first, "U0CLAIM%03d".formatted(i)));
            OutboxLedger a = first.getBean(OutboxLedger.class);
            OutboxLedger b = second.getBean(OutboxLedger.class);
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<List<Long>> fromA = CompletableFuture.supplyAsync(() -> claimAll(a, "instance-a", together));
            CompletableFuture<List<Long>> fromB = CompletableFuture.supplyAsync(() -> claimAll(b, "instance-b", together));

            Set<Long> claimedByA = new HashSet<>(fromA.get());
            Set<Long> claimedByB = new HashSet<>(fromB.get());

            assertThat(claimedByA).doesNotContainAnyElementsOf(claimedByB);
            assertThat(claimedByA.size() + claimedByB.size()).isEqualTo(120);
            // hand the rows back so the delivery test (in any order) finds a clean queue
            a.release(new ArrayList<>(claimedByA), "instance-a");
            b.release(new ArrayList<>(claimedByB), "instance-b");
        } finally {
            firstWorker.start();
            secondWorker.start();
        }
    }

    private static List<Long> claimAll(OutboxLedger ledger, String instance, CyclicBarrier together) {
        List<Long> mine = new ArrayList<>();
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<OutboxLedger.Claim> batch;
        do {
            batch = ledger.claim(instance, 7);
            batch.forEach(claim -> mine.add(claim.id()));
        } while (!batch.isEmpty());
        return mine;
    }

    private static void enqueueDm(ConfigurableApplicationContext context, String user) {
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> context.getBean(Outbox.class)
                .enqueue(OutboundMessage.directMessage(SlackTestClient.TEAM, "twin:" + user, user, "Hello " + user, null)));
    }
}
