/**
 * Understanding text: the embedded sentence-embedding model ({@link org.techvoice.understanding.SentenceEmbeddings}),
 * the compact vectors stored beside each entry ({@link org.techvoice.understanding.Embedding}), and the job that
 * embeds what was said after the ack.
 */
package org.techvoice.understanding;
