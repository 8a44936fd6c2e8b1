package org.techvoice.mydata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.outbox.Outbox;
import org.techvoice.scheduling.StoredRequest;
import org.techvoice.scheduling.StoredRequestHandler;
import org.techvoice.scheduling.StoredRequests;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.privacy.PersonalDataHolder;
import org.techvoice.privacy.PersonalDataHolder.ErasureReport;

/**
 * A person's own data: {@code /tc my-data} exports everything every feature holds about them, {@code /tc
 * forget-me} erases it. Features take part by implementing {@link PersonalDataHolder}; this service never
 * knows their tables.
 */
@Service
public class MyDataService implements StoredRequestHandler {

    /** The kind of {@link StoredRequest} a confirmed forget-me is. */
    static final String ERASURE = StoredRequests.ERASURE_KIND;

    /** Said in the DM and in the file: anonymous data is unlinkable, which is the point of it. */
    public static final String ANONYMOUS_NOTE = "Anonymous survey answers and anonymous ideas are not linked to you in any "
            + "way, so TechVoice cannot find them and they are not in this export (nor can they be erased one by one).";

    private final List<PersonalDataHolder> holders;
    private final Outbox outbox;
    private final MyDataMessages messages;
    private final StoredRequests requests;

    MyDataService(List<PersonalDataHolder> holders, Outbox outbox, MyDataMessages messages, StoredRequests requests) {
        this.requests = requests;
        this.holders = holders.stream().sorted(Comparator.comparing(PersonalDataHolder::section)).toList();
        this.outbox = outbox;
        this.messages = messages;
    }

    /** The sections a forget-me would go through, for the confirmation. */
    public List<String> sections() {
        return holders.stream().map(PersonalDataHolder::section).toList();
    }

    /**
     * Stores the person's wish for their data; {@link MyDataExport} builds the file and queues the DM after the
     * acknowledgement. Building it reads every feature's rows about the person, which is not work for the ack.
     * While one is waiting, asking again joins it: one file, not one per click.
     *
     * @return the sections the file will hold
     */
    public List<String> sendExport(String teamId, String userId) {
        requests.submit(teamId, MyDataExport.KIND, userId, userId, null);
        return sections();
    }

    /**
     * Records the person's confirmed wish to be forgotten; the stored-request job erases after the acknowledgement
     * ({@link #handle}). Kept in the database, so a restart right after "we'll erase your data" still erases it.
     *
     * @param requestKey unique per click (e.g. the action's timestamp), so a redelivered click is stored once
     */
    public void requestErasure(String teamId, String userId, String requestKey) {
        requests.submit(teamId, ERASURE, userId + ":" + requestKey, userId, null);
    }

    @Override
    public String kind() {
        return ERASURE;
    }

    /** Erases, and queues the DM saying what was done, in the transaction that removes the request. */
    @Override
    public void handle(StoredRequest request) {
        forget(request.teamId(), request.userId(), Long.toString(request.id()));
    }

    @Override
    public void giveUp(StoredRequest request) {
        outbox.enqueue(OutboundMessage.directMessage(request.teamId(), "forget-me:" + request.id() + ":failed", request.userId(),
                messages.erasureFailed(), null)
                .erasingRecipientOnDelivery());
    }

    /**
     * Erases or anonymises everything linked to the person, in every feature, as one transaction: either all
     * of it is done or nothing is. A DM confirming what was done is queued with it, keyed without the person's
     * id and scrubbed of their id once delivered, so nothing about them is left behind.
     *
     * @param requestKey unique per erasure, and not the person's id
     */
    @Transactional
    public List<ErasureReport> forget(String teamId, String userId, String requestKey) {
        List<ErasureReport> reports = new ArrayList<>();
        for (PersonalDataHolder holder : holders) {
            reports.add(holder.erase(teamId, userId));
        }
        outbox.enqueue(OutboundMessage.directMessage(teamId, "forget-me:" + requestKey, userId, messages.erased(reports), null)
                .erasingRecipientOnDelivery());
        return reports;
    }
}
