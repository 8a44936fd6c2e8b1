package org.techvoice.recognition;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.entry.EntryKind;
import org.techvoice.entry.EntryText;
import org.techvoice.outbox.MessageContent;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.themes.ThemeSuggester;

/**
 * The "Log as TechVoice evidence" message shortcut. The message's author is asked first; nothing is stored
 * until they agree, and their own message is logged at once.
 */
@Service
public class EvidenceRequests {

    private final ContributionService contributionService;
    private final ContributionRepository contributions;
    private final ThemeSuggester suggester;
    private final RecognitionMessages messages;
    private final Outbox outbox;

    EvidenceRequests(ContributionService contributionService, ContributionRepository contributions, ThemeSuggester suggester,
            RecognitionMessages messages, Outbox outbox) {
        this.contributionService = contributionService;
        this.contributions = contributions;
        this.suggester = suggester;
        this.messages = messages;
        this.outbox = outbox;
    }

    public enum Outcome { ASKED_AUTHOR, LOGGED, ALREADY_LOGGED, DECLINED, NOT_YOURS }

    /** @param reference the contribution's reference when logged (now or before) */
    public record Result(Outcome outcome, String reference) {
    }

    /** @throws org.techvoice.entry.EntryRejected when the message is empty or too long to log */
    @Transactional
    public Result request(String teamId, EvidenceRequest request) {
        EvidenceRequest cleaned = new EvidenceRequest(request.requesterId(), request.authorId(), request.channelId(),
                request.messageTs(), request.postedOn(), EntryText.clean(request.text(), EntryKind.LOGGED_MESSAGE));
        Optional<Contribution> existing = contributions.findByTeamIdAndSourceRef(teamId, cleaned.sourceRef());
        if (existing.isPresent()) {
            return new Result(Outcome.ALREADY_LOGGED, existing.get().view().reference());
        }
        if (cleaned.requesterId().equals(cleaned.authorId())) {
            return new Result(Outcome.LOGGED, store(teamId, cleaned));
        }
        MessageContent ask = messages.evidenceRequest(cleaned, suggester.suggest(cleaned.text()));
        outbox.enqueue(OutboundMessage.directMessage(teamId, cleaned.dmKey(), cleaned.authorId(), ask.text(), ask.blocksJson()));
        return new Result(Outcome.ASKED_AUTHOR, null);
    }

    /** The author's answer, from the DM that carried the request. */
    @Transactional
    public Result answer(String teamId, String userId, EvidenceRequest request, boolean approve) {
        if (!request.authorId().equals(userId)) {
            return new Result(Outcome.NOT_YOURS, null);
        }
        Optional<Contribution> existing = contributions.findByTeamIdAndSourceRef(teamId, request.sourceRef());
        if (existing.isPresent()) {
            return new Result(Outcome.ALREADY_LOGGED, existing.get().view().reference());
        }
        String reference = approve ? store(teamId, request) : null;
        MessageContent answered = messages.evidenceAnswered(request, reference);
        outbox.enqueue(OutboundMessage.update(teamId, request.dmKey() + ":answer", request.dmKey(), answered.text(), answered.blocksJson()));
        MessageContent told = messages.evidenceOutcomeForRequester(request, reference);
        outbox.enqueue(OutboundMessage.directMessage(teamId, request.dmKey() + ":requester", request.requesterId(), told.text(),
                told.blocksJson()));
        return new Result(approve ? Outcome.LOGGED : Outcome.DECLINED, reference);
    }

    private String store(String teamId, EvidenceRequest request) {
        ContributionDraft draft = new ContributionDraft(null, request.text(), request.postedOn(), null, List.of(),
                Set.of());
        return contributionService.log(teamId, request.authorId(), draft, request.sourceRef()).contribution().reference();
    }
}
