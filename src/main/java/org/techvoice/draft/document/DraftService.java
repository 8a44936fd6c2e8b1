package org.techvoice.draft.document;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.techvoice.outbox.MessageContent;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.OutboundMessage.OutboundFile;
import org.techvoice.outbox.Outbox;
import org.techvoice.scheduling.StoredRequest;
import org.techvoice.scheduling.StoredRequestHandler;
import org.techvoice.scheduling.StoredRequests;

/**
 * {@code /tc draft}: records the request, then (in the stored-request job) compiles the draft and hands the Word and Markdown files and the
 * summary to the outbox, addressed to the lead's DM. Keys derive from the request, so a retry sends nothing twice.
 */
@Service
public class DraftService implements StoredRequestHandler {

    /** The kind of {@link StoredRequest} a draft is. */
    static final String KIND = "draft";
    /** Marks a stored request that asked for a canvas version too ({@code /tc draft canvas}). */
    static final String CANVAS_SUFFIX = ":canvas";

    private final DraftCompiler compiler;
    private final Outbox outbox;
    private final DraftSummaryMessage summaryMessage;
    private final StoredRequests requests;

    DraftService(DraftCompiler compiler, Outbox outbox, DraftSummaryMessage summaryMessage, StoredRequests requests) {
        this.compiler = compiler;
        this.outbox = outbox;
        this.summaryMessage = summaryMessage;
        this.requests = requests;
    }

    /**
     * Records the lead's request; the stored-request job compiles it after the acknowledgement. Kept in the database,
     * not in memory, so a restart or a crash mid-compilation never loses it.
     *
     * @param requestId unique to the Slack request (its trigger id), so the same request never sends twice
     */
    public void request(String teamId, String userId, LocalDate since, String requestId) {
        request(teamId, userId, since, false, requestId);
    }

    /**
     * @param canvas also make a Slack canvas from the Markdown version, shared with the lead; the files are sent
     *               whether or not the workspace allows canvases
     */
    public void request(String teamId, String userId, LocalDate since, boolean canvas, String requestId) {
        // the wish travels in the stored request key (still unique and deterministic)
        String stored = canvas ? requestId + CANVAS_SUFFIX : requestId;
        requests.submit(teamId, KIND, stored, userId, since == null ? null : since.toString());
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Compiles the draft; its messages and the request's removal commit together. */
    @Override
    public void handle(StoredRequest request) {
        String teamId = request.teamId();
        String userId = request.userId();
        String key = "draft:" + request.key();
        CompiledDraft draft = compiler.compile(teamId, request.payload() == null ? null : LocalDate.parse(request.payload()));
        List<OutboundFile> files = List.of(
                new OutboundFile(draft.docxFilename(), "Technician Commitment draft (Word)", draft.docx()),
                new OutboundFile(draft.markdownFilename(), "Technician Commitment draft (Markdown)",
                        draft.markdown().getBytes(StandardCharsets.UTF_8)));
        outbox.enqueue(OutboundMessage.upload(teamId, key + ":files", userId,
                summaryMessage.filesComment(), files).notifyingOnFailure(userId));
        MessageContent summary = summaryMessage.summary(draft.summary());
        outbox.enqueue(OutboundMessage.directMessage(teamId, key + ":summary", userId,
                summary.text(), summary.blocksJson()));
        if (request.key().endsWith(CANVAS_SUFFIX)) {
            String canvasKey = key + ":create";
            outbox.enqueue(OutboundMessage.createCanvas(teamId, canvasKey, userId, summaryMessage.canvasTitle(draft.summary()),
                    DraftCanvas.markdown(draft)).notifyingOnFailure(userId));
            outbox.enqueue(OutboundMessage.shareCanvas(teamId, key + ":share", canvasKey, userId,
                    summaryMessage.canvasShared()));
        }
    }

    @Override
    public void giveUp(StoredRequest request) {
        outbox.enqueue(OutboundMessage.directMessage(request.teamId(), "draft:" + request.key() + ":failed", request.userId(),
                summaryMessage.compileFailed(), null));
    }

    public CompiledDraft compile(String teamId, LocalDate since) {
        return compiler.compile(teamId, since);
    }
}
