package org.techvoice.playground;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.techvoice.draft.Finding;
import org.techvoice.draft.ProposedAction;
import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.findings.DecisionResult;
import org.techvoice.findings.PlanReviewService;
import org.techvoice.loop.Digests;
import org.techvoice.loop.SaidDidPosts;

/**
 * Closing the loop in the sample institution (issue 18): the lead accepts a proposal that came from what technicians
 * said, so #technician-network shows a "you said, we did" post, and the network's digest of the week. Both are posted at
 * once rather than on their schedule (the next working morning, the weekly reading hour), so the playground shows them.
 */
@Component
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class SampleLoop {

    private static final Logger log = LoggerFactory.getLogger(SampleLoop.class);

    private final PlanReviewService reviews;
    private final SaidDidPosts saidDid;
    private final Digests digests;
    private final Clock clock;

    SampleLoop(PlanReviewService reviews, SaidDidPosts saidDid, Digests digests, Clock clock) {
        this.reviews = reviews;
        this.saidDid = saidDid;
        this.digests = digests;
        this.clock = clock;
    }

    /** @return the action accepted from technicians' voice, if the findings offered one */
    Optional<String> show() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(Personas.TIME_ZONE)));
        Optional<ProposedAction> proposal = reviews.review(Personas.TEAM_ID, today).themes().stream()
                .flatMap(theme -> theme.findings().stream())
                .filter(f -> f.finding().status() == Finding.Status.OPEN && f.finding().origin() == ActionOrigin.VOICE)
                .flatMap(f -> f.proposals().stream())
                .findFirst();
        Optional<String> accepted = proposal.map(p -> reviews.accept(Personas.TEAM_ID, Personas.HELEN.id(), p.reference(), today))
                .filter(DecisionResult.Accepted.class::isInstance)
                .map(result -> ((DecisionResult.Accepted) result).actionReference());
        saidDid.postWaitingNow(Personas.TEAM_ID);
        digests.postNow(Personas.TEAM_ID);
        log.info("Playground: the sample shows a \"you said, we did\" post{} and the weekly digest in #{}",
                accepted.map(a -> " for " + a).orElse(""), Personas.NETWORK_CHANNEL_NAME);
        return accepted;
    }
}
