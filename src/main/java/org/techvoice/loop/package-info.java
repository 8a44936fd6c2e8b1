/**
 * Closing the loop (issue 18): what technicians see come back from speaking up. "You said, we did" posts in the network
 * channel when an action that came from their voice or a survey moves ({@link org.techvoice.loop.SaidDidPosts}, batched
 * to one a day), the follow code of an anonymous voice entry ({@link org.techvoice.loop.FollowUps}), a closed survey's
 * results shared back ({@link org.techvoice.loop.ResultsShareBack}), the network's digest
 * ({@link org.techvoice.loop.Digests}) and the leads' monthly DM ({@link org.techvoice.loop.LeadReports}), each
 * switchable by an admin ({@link org.techvoice.loop.LoopAdmin}). Every message goes through the outbox; the words and
 * Block Kit are the Slack adapter's ({@link org.techvoice.loop.LoopMessages}).
 */
package org.techvoice.loop;
