package org.techvoice.draft.document;

import java.util.List;

/**
 * The compiled self-assessment, independent of its file format: the Word and Markdown renderers
 * write the same sections from it, so the two versions can never say different things.
 *
 * @param title the document's title, on its cover, in its page header and in its properties
 * @param cover what the cover page says about whose draft this is
 */
public record DraftDocument(String title, Cover cover, List<Section> sections) {

    public DraftDocument {
        sections = List.copyOf(sections);
    }

    /**
     * @param organisation the organisation's name as the lead gave it
     * @param author       who the document is by in its properties: the organisation, or the lead when it has no name yet
     * @param subject      what the document is, for its properties
     * @param stage        where the document is in its life ("Draft for the institutional lead to edit")
     * @param date         the day it was compiled, as written on the cover
     */
    public record Cover(String organisation, String author, String subject, String stage, String date) {
    }

    /** How a section's pages are laid out: wide tables get landscape pages of their own. */
    public enum Layout { PORTRAIT, LANDSCAPE }

    public record Section(String heading, List<Block> blocks, Layout layout) {
        public Section {
            blocks = List.copyOf(blocks);
        }

        public Section(String heading, List<Block> blocks) {
            this(heading, blocks, Layout.PORTRAIT);
        }
    }

    public sealed interface Block permits Paragraph, SubHeading, Table, Chart, Quote, Bullets {
    }

    /** @param placeholder true for "No evidence recorded yet" texts, shown in italics */
    public record Paragraph(String text, boolean placeholder) implements Block {
    }

    /** A heading inside a section: level 2 under the section's heading, level 3 under a level 2. */
    public record SubHeading(String text, int level) implements Block {
        public SubHeading {
            if (level < 2 || level > 3) {
                throw new IllegalArgumentException("A sub-heading is level 2 or 3, not " + level);
            }
        }

        public SubHeading(String text) {
            this(text, 2);
        }
    }

    /**
     * A table whose first row is its header. Column widths follow the content (long texts get wide columns,
     * references and statuses narrow ones), so the renderers need no widths from the sections.
     */
    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A PNG chart (drawn beside the rest of the draft, see {@link Png}); {@code data} holds the same figures for formats that cannot show images (and for readers who
     * cannot see them).
     *
     * @param altText what the chart shows, in words, for screen readers (the Word file's alternative text)
     */
    public record Chart(String title, String altText, Png png, int width, int height, Table data) implements Block {
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
