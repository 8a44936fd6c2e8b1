package org.techvoice.draft.document;

import java.util.List;

/**
 * The compiled self-assessment, independent of its file format: the Word and Markdown renderers
 * write the same sections from it, so the two versions can never say different things.
 */
public record DraftDocument(String title, List<Section> sections) {

    public DraftDocument {
        sections = List.copyOf(sections);
    }

    public record Section(String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    public sealed interface Block permits Paragraph, SubHeading, Table, Chart, Quote, Bullets {
    }

    /** @param placeholder true for "No evidence recorded yet" texts, shown in italics */
    public record Paragraph(String text, boolean placeholder) implements Block {
    }

    public record SubHeading(String text) implements Block {
    }

    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A PNG chart; {@code data} holds the same figures for formats that cannot show images. */
    public record Chart(String title, byte[] png, int width, int height, Table data) implements Block {
    }

    /** @param attribution who said it as it may be shown ("Anonymous" when anonymous), with its reference */
    public record Quote(String text, String attribution) implements Block {
    }

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }
}
