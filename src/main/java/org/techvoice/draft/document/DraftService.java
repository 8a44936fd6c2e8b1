package org.techvoice.draft.document;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.OutboundMessage.OutboundFile;
import org.techvoice.outbox.Outbox;

/**
 * {@code /tc draft} after the acknowledgement: compiles the draft and hands the Word and Markdown files and the
 * summary to the outbox, addressed to the lead's DM. Keys derive from the request, so a retry sends nothing twice.
 */
@Service
public class DraftService {

    private static final Logger log = LoggerFactory.getLogger(DraftService.class);

    private final DraftCompiler compiler;
    private final Outbox outbox;
    private final DraftSummaryMessage summaryMessage;
    private final TransactionTemplate transaction;

    DraftService(DraftCompiler compiler, Outbox outbox, DraftSummaryMessage summaryMessage, PlatformTransactionManager transactions) {
        this.compiler = compiler;
        this.outbox = outbox;
        this.summaryMessage = summaryMessage;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @param requestId unique to the Slack request (its trigger id), so the same request never sends twice
     */
    public void compileAndSend(String teamId, String userId, LocalDate since, String requestId) {
        CompiledDraft draft;
        try {
            draft = compiler.compile(teamId, since);
        } catch (RuntimeException e) {
            log.error("Draft for team {} failed to compile", teamId, e);
            transaction.executeWithoutResult(status -> outbox.enqueue(OutboundMessage.directMessage(teamId,
                    "draft:" + requestId + ":failed", userId,
                    ":warning: Sorry, I could not compile your draft: something went wrong on our side. Nothing was changed; "
                            + "please try `/tc draft` again in a few minutes.", null)));
            return;
        }
        List<OutboundFile> files = List.of(
                new OutboundFile(draft.docxFilename(), "Technician Commitment draft (Word)", draft.docx()),
                new OutboundFile(draft.markdownFilename(), "Technician Commitment draft (Markdown)",
                        draft.markdown().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        transaction.executeWithoutResult(status -> {
            outbox.enqueue(OutboundMessage.upload(teamId, "draft:" + requestId + ":files", userId,
                    "Your Technician Commitment self-assessment draft, as Word and as Markdown.", files).notifyingOnFailure(userId));
            outbox.enqueue(OutboundMessage.directMessage(teamId, "draft:" + requestId + ":summary", userId,
                    summaryMessage.text(draft.summary()), summaryMessage.blocksJson(draft.summary())));
        });
    }

    public CompiledDraft compile(String teamId, LocalDate since) {
        return compiler.compile(teamId, since);
    }
}
