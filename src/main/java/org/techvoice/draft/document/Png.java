package org.techvoice.draft.document;

import java.util.concurrent.Future;

/**
 * A chart's PNG, drawn on the chart renderer's threads while the draft goes on, and waited for only when the document is
 * written: drawn one after the other on the compiling thread, the eight charts of a large draft took about a fifth of it.
 */
public final class Png {

    private final Future<byte[]> drawing;

    Png(Future<byte[]> drawing) {
        this.drawing = drawing;
    }

    /** The image, once drawn; a failure to draw it is thrown here as it was thrown there. */
    public byte[] bytes() {
        return Beside.await(drawing);
    }
}
