package org.techvoice.draft.document;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.OutboundMessage.OutboundFile;
import org.techvoice.outbox.Outbox;

/**
 * {@code /tc draft}: records the request, then (in the draft job) compiles the draft and hands the Word and Markdown files and the
 * summary to the outbox, addressed to the lead's DM. Keys derive from the request, so a retry sends nothing twice.
 */
@Service
public class DraftService {

    private static final Logger log = LoggerFactory.getLogger(DraftService.class);
    /** Drafts compiled per run of the job, so one run stays well inside its lock. */
    private static final int BATCH = 5;
    /** A draft that fails to compile this often is given up, and the lead told. */
    static final int MAX_ATTEMPTS = 3;

    private final DraftCompiler compiler;
    private final Outbox outbox;
    private final DraftSummaryMessage summaryMessage;
    private final TransactionTemplate transaction;
    private final DraftRequestRepository requests;
    private final Clock clock;

    DraftService(DraftCompiler compiler, Outbox outbox, DraftSummaryMessage summaryMessage, PlatformTransactionManager transactions,
            DraftRequestRepository requests, Clock clock) {
        this.compiler = compiler;
        this.outbox = outbox;
        this.summaryMessage = summaryMessage;
        this.transaction = new TransactionTemplate(transactions);
        this.requests = requests;
        this.clock = clock;
    }

    /**
     * Records the lead's request; the draft job compiles it after the acknowledgement. Kept in the database, not in
     * memory, so a restart or a crash mid-compilation never loses it.
     *
     * @param requestId unique to the Slack request (its trigger id), so the same request never sends twice
     */
    public void request(String teamId, String userId, LocalDate since, String requestId) {
        transaction.executeWithoutResult(status -> {
            if (!requests.existsByTeamIdAndRequestId(teamId, requestId)) {
                requests.save(new DraftRequest(teamId, userId, since, requestId, clock.instant()));
            }
        });
    }

    /** Compiles a few waiting drafts, oldest first; each one's messages and its removal commit together. */
    void compileWaiting() {
        List<DraftRequest> waiting = transaction.execute(status -> requests.findByOrderByIdAsc(Limit.of(BATCH)));
        for (DraftRequest request : waiting) {
            compileAndSend(request);
        }
    }

    private void compileAndSend(DraftRequest request) {
        String teamId = request.teamId();
        String userId = request.userId();
        String key = "draft:" + request.requestId();
        CompiledDraft draft;
        try {
            transaction.executeWithoutResult(status -> requests.findById(request.id()).ifPresent(DraftRequest::attempted));
            draft = compiler.compile(teamId, request.since());
        } catch (RuntimeException e) {
            if (request.attempts() + 1 < MAX_ATTEMPTS) {
                log.warn("Draft for team {} failed to compile (attempt {}), will try again: {}", teamId, request.attempts() + 1, e.toString());
                return;
            }
            log.error("Draft for team {} failed to compile; giving up", teamId, e);
            transaction.executeWithoutResult(status -> {
                outbox.enqueue(OutboundMessage.directMessage(teamId, key + ":failed", userId,
                        ":warning: Sorry, I could not compile your draft: something went wrong on our side. Nothing was changed; "
                                + "please try `/tc draft` again in a few minutes.", null));
                requests.deleteById(request.id());
            });
            return;
        }
        List<OutboundFile> files = List.of(
                new OutboundFile(draft.docxFilename(), "Technician Commitment draft (Word)", draft.docx()),
                new OutboundFile(draft.markdownFilename(), "Technician Commitment draft (Markdown)",
                        draft.markdown().getBytes(StandardCharsets.UTF_8)));
        transaction.executeWithoutResult(status -> {
            outbox.enqueue(OutboundMessage.upload(teamId, key + ":files", userId,
                    "Your Technician Commitment self-assessment draft, as Word and as Markdown.", files).notifyingOnFailure(userId));
            outbox.enqueue(OutboundMessage.directMessage(teamId, key + ":summary", userId,
                    summaryMessage.text(draft.summary()), summaryMessage.blocksJson(draft.summary())));
            requests.deleteById(request.id());
        });
    }

    public CompiledDraft compile(String teamId, LocalDate since) {
        return compiler.compile(teamId, since);
    }
}
