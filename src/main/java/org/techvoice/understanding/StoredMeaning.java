package org.techvoice.understanding;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns every embedded text keeps beside its words (voice entries, contributions, achievements, free-text survey
 * answers): its vector and where that vector places it. Both are found after the ack by the embedding job and both go
 * when the words change ({@link #forgetMeaning()}), so a row never keeps a meaning of words it no longer has. Each
 * entity names its placement's column for what it is placed among ({@code placed_topic}, {@code placed_activity})
 * with an {@code @AttributeOverride} of {@code placedTarget}.
 */
@MappedSuperclass
public abstract class StoredMeaning {

    /** {@link Embedding}'s 384 bytes; null until embedded after the ack, and again once the text changes. */
    @Column(name = "embedding", length = Embedding.DIMENSIONS)
    private byte[] embedding;

    /** The target the vector is nearest ({@link Placement}), found with it; cleared with the vector. */
    @Column(name = "placed_target", length = Placement.TARGET_LENGTH)
    private String placedTarget;

    @Column(name = "placed_similarity")
    private Double placedSimilarity;

    @Column(name = "placed_against", length = 32)
    private String placedAgainst;

    /** The words changed: their vector and placement no longer say anything about them. */
    protected void forgetMeaning() {
        this.embedding = null;
        this.placedTarget = null;
        this.placedSimilarity = null;
        this.placedAgainst = null;
    }

    public void embedded(Embedding meaning) {
        this.embedding = meaning.toBytes();
    }

    /** The stored vector, or null while the job has not reached the text. */
    public Embedding embedding() {
        return Embedding.fromNullableBytes(embedding);
    }

    public void placed(Placement placement) {
        this.placedTarget = placement.target();
        this.placedSimilarity = placement.similarity();
        this.placedAgainst = placement.against();
    }

    /** Where the vector placed the row, or null when it has not been placed. */
    public Placement placement() {
        return Placement.stored(placedTarget, placedSimilarity, placedAgainst);
    }
}
