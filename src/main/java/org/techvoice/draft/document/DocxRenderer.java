package org.techvoice.draft.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;
import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Bullets;
import org.techvoice.draft.document.DraftDocument.Chart;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.Quote;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.document.DraftDocument.SubHeading;
import org.techvoice.draft.document.DraftDocument.Table;
import org.techvoice.slack.Mrkdwn;

/** Writes the draft as a Word document with real heading styles (so Word's navigation pane works) and PNG charts. */
@Component
class DocxRenderer {

    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String QUOTE = "Quote";

    /** Charts are drawn at 2x and shown at this width so they stay sharp when printed. */
    private static final int CHART_WIDTH_POINTS = 450;

    byte[] render(DraftDocument draft) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = doc.createStyles();
            addParagraphStyle(styles, TITLE, "Title", 1, 0);
            addParagraphStyle(styles, HEADING_1, "heading 1", 2, 1);
            addParagraphStyle(styles, HEADING_2, "heading 2", 3, 2);
            addParagraphStyle(styles, QUOTE, "Quote", 4, 0);
            styled(doc, TITLE, draft.title(), 20, true, false);
            for (Section section : draft.sections()) {
                styled(doc, HEADING_1, section.heading(), 15, true, false);
                for (Block block : section.blocks()) {
                    block(doc, block);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Word document", e);
        }
    }

    private void block(XWPFDocument doc, Block block) {
        if (block instanceof Paragraph p) {
            text(doc.createParagraph(), p.text(), false, p.placeholder());
        } else if (block instanceof SubHeading h) {
            styled(doc, HEADING_2, h.text(), 12, true, false);
        } else if (block instanceof Table t) {
            table(doc, t);
        } else if (block instanceof Chart c) {
            chart(doc, c);
        } else if (block instanceof Quote q) {
            XWPFParagraph paragraph = doc.createParagraph();
            paragraph.setStyle(QUOTE);
            paragraph.setIndentationLeft(567);
            text(paragraph, "\u201C" + q.text() + "\u201D", false, true);
            XWPFRun by = paragraph.createRun();
            by.addBreak();
            by.setText(Mrkdwn.withoutBidiControls("\u2014 " + q.attribution()));
        } else if (block instanceof Bullets b) {
            b.items().forEach(item -> text(doc.createParagraph(), "\u2022 " + item, false, false));
        }
    }

    private static void styled(XWPFDocument doc, String style, String text, int size, boolean bold, boolean italic) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle(style);
        XWPFRun run = paragraph.createRun();
        run.setText(Mrkdwn.withoutBidiControls(text));
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontSize(size);
    }

    /** Line breaks typed by people stay line breaks. */
    private static void text(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setItalic(italic);
        String[] lines = Mrkdwn.withoutBidiControls(text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void table(XWPFDocument doc, Table table) {
        XWPFTable t = doc.createTable(table.rows().size() + 1, table.headers().size());
        t.setWidth("100%");
        fill(t.getRow(0), table.headers(), true);
        for (int i = 0; i < table.rows().size(); i++) {
            fill(t.getRow(i + 1), table.rows().get(i), false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            text(paragraph, cells.get(i) == null ? "" : cells.get(i), header, false);
        }
    }

    private static void chart(XWPFDocument doc, Chart chart) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        int heightPoints = CHART_WIDTH_POINTS * chart.height() / chart.width();
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(chart.png()), Document.PICTURE_TYPE_PNG,
                    "chart.png", Units.toEMU(CHART_WIDTH_POINTS), Units.toEMU(heightPoints));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("Cannot embed the chart " + chart.title(), e);
        }
        XWPFParagraph caption = doc.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        text(caption, chart.title(), false, true);
    }

    private static void addParagraphStyle(XWPFStyles styles, String id, String name, int priority, int outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewUiPriority().setVal(BigInteger.valueOf(priority));
        style.addNewQFormat();
        if (outlineLevel > 0) {
            // the outline level is what makes Word list it as a heading (navigation pane, table of contents)
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel - 1L));
        }
        styles.addStyle(new XWPFStyle(style));
    }
}
