package org.techvoice.draft.document;

import java.util.List;

import org.springframework.stereotype.Component;
import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Bullets;
import org.techvoice.draft.document.DraftDocument.Chart;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.Quote;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.document.DraftDocument.SubHeading;
import org.techvoice.draft.document.DraftDocument.Table;
import org.techvoice.text.BidiControls;

/**
 * Writes the draft as GitHub-flavoured Markdown with the Word version's structure and wording: the cover's lines,
 * the same headings one level down (the title is the only level-1 heading), charts as their data tables.
 */
@Component
class MarkdownRenderer {

    String render(DraftDocument document) {
        StringBuilder md = new StringBuilder("# ").append(inline(document.title())).append("\n\n");
        DraftDocument.Cover cover = document.cover();
        md.append(inline(cover.organisation())).append("  \n").append(inline(cover.stage())).append("  \n")
                .append(inline(cover.date())).append("  \n").append(DocxRenderer.COMPILED_BY).append("\n\n");
        for (Section section : document.sections()) {
            md.append("## ").append(inline(section.heading())).append("\n\n");
            section.blocks().forEach(block -> block(md, block));
        }
        return md.toString();
    }

    private void block(StringBuilder md, Block block) {
        if (block instanceof Paragraph p) {
            md.append(p.placeholder() ? "_" + inline(p.text()) + "_" : text(p.text())).append("\n\n");
        } else if (block instanceof SubHeading h) {
            md.append("#".repeat(h.level() + 1)).append(' ').append(inline(h.text())).append("\n\n");
        } else if (block instanceof Table t) {
            table(md, t);
        } else if (block instanceof Chart c) {
            md.append("**").append(inline(c.title())).append("** (chart in the Word version)\n\n");
            table(md, c.data());
        } else if (block instanceof Quote q) {
            md.append("> ").append(inline(q.text())).append("\n>\n> — ").append(inline(q.attribution())).append("\n\n");
        } else if (block instanceof Bullets b) {
            b.items().forEach(item -> md.append("- ").append(inline(item)).append('\n'));
            md.append('\n');
        }
    }

    private static void table(StringBuilder md, Table table) {
        row(md, table.headers());
        md.append('|').append(" --- |".repeat(table.headers().size())).append('\n');
        table.rows().forEach(r -> row(md, r));
        md.append('\n');
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        cells.forEach(cell -> md.append(' ').append(inline(cell).replace("|", "\\|")).append(" |"));
        md.append('\n');
    }

    /** Multi-line text keeps its paragraphs; Markdown control characters typed by people are shown, not obeyed. */
    private static String text(String text) {
        return escape(text).replaceAll("\\R{2,}", "\n\n").replaceAll("(?<!\n)\\R(?!\n)", "  \n");
    }

    private static String inline(String text) {
        return escape(text == null ? "" : text).replaceAll("\\s*\\R\\s*", " ");
    }

    private static String escape(String text) {
        return BidiControls.removed(text).replaceAll("([\\\\`*_\\[\\]#<>])", "\\\\$1");
    }
}
