package org.techvoice.draft.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.springframework.stereotype.Component;
import org.techvoice.text.BidiControls;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Bullets;
import org.techvoice.draft.document.DraftDocument.Chart;
import org.techvoice.draft.document.DraftDocument.Cover;
import org.techvoice.draft.document.DraftDocument.Layout;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.Quote;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.document.DraftDocument.SubHeading;
import org.techvoice.draft.document.DraftDocument.Table;

/**
 * Writes the draft as a Word document a university could publish: A4, a cover, a contents table built from real
 * heading styles, a running header and "Page X of Y" footer, landscape pages for wide sections, tables with marked
 * header rows that repeat on every page, charts with alternative text, the language and properties set. What
 * accessibility needs (structure, alternative text, nothing said by colour alone) is in the file, not left to the lead.
 */
@Component
class DocxRenderer {

    static final String CONTENTS = "Contents";
    static final String COMPILED_BY = "Draft compiled by TechVoice";
    /** The instruction of the contents field: headings 1 to 3, as hyperlinks, outline levels too. */
    static final String TOC_INSTRUCTION = "TOC \\o \"1-3\" \\h \\z \\u";
    /** The column whose cells carry a red/amber/green status, shaded as well as written. */
    static final String STATUS_COLUMN = "RAG";

    /** Light tints, so black text on them keeps a contrast above 7:1; the word is always there as well. */
    private static final Map<String, String> STATUS_FILL = Map.of(
            Rag.RED.label(), "F4B6B6", Rag.AMBER.label(), "FFE08A", Rag.GREEN.label(), "B7DFB0");
    private static final String HEADER_FILL = "D9E2F3";
    private static final String BORDER = "8C8C8C";

    /** Charts are drawn at 2x and shown at most this wide so they stay sharp when printed. */
    private static final int CHART_WIDTH_POINTS = 450;

    byte[] render(DraftDocument draft) {
        XWPFDocument doc = new XWPFDocument();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.define(doc, DocxPages.textWidth(Layout.PORTRAIT));
            properties(doc, draft);
            cover(doc, draft);
            contents(doc, draft);
            Writer writer = new Writer(doc, bullets(doc));
            Layout layout = Layout.PORTRAIT;
            List<CTSectPr> breaks = new ArrayList<>();
            boolean first = true;
            for (Section section : draft.sections()) {
                boolean newPage = first || section.heading().startsWith("Appendix");
                if (section.layout() != layout) {
                    breaks.add(DocxPages.sectionBreak(doc, layout));
                    layout = section.layout();
                    newPage = false;
                }
                XWPFParagraph heading = styled(doc, DocxStyles.HEADING_1, section.heading());
                if (newPage) {
                    heading.setPageBreak(true);
                }
                writer.heading = section.heading();
                for (Block block : section.blocks()) {
                    writer.block(block, DocxPages.textWidth(layout));
                }
                first = false;
            }
            DocxPages.finish(doc, layout, breaks, draft.title());
            // Word refreshes the contents and the page count when the file is opened
            doc.enforceUpdateFields();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Word document", e);
        } finally {
            // released, not closed: closing a document made in memory saves it once more, into a stream nobody reads (a
            // second compression of every part, about a seventh of writing a large draft's Word file)
            doc.getPackage().revert();
        }
    }

    private static void properties(XWPFDocument doc, DraftDocument draft) {
        Cover cover = draft.cover();
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(BidiControls.removed(draft.title()));
        core.setSubjectProperty(cover.subject());
        core.setCreator(BidiControls.removed(cover.author()));
        core.setLastModifiedByUser(cover.author());
        core.setDescription(cover.stage() + ". " + COMPILED_BY + " on " + cover.date() + ".");
        core.setKeywords("Technician Commitment; self-assessment; action plan; technicians");
        core.getUnderlyingProperties().setLanguageProperty(DocxStyles.LANGUAGE);
        POIXMLProperties.ExtendedProperties extended = doc.getProperties().getExtendedProperties();
        extended.setApplication("TechVoice");
        extended.setCompany(BidiControls.removed(cover.organisation()));
    }

    private static void cover(XWPFDocument doc, DraftDocument draft) {
        Cover cover = draft.cover();
        styled(doc, DocxStyles.TITLE, draft.title());
        styled(doc, DocxStyles.SUBTITLE, cover.organisation());
        styled(doc, DocxStyles.SUBTITLE, cover.stage());
        styled(doc, DocxStyles.SUBTITLE, cover.date());
        styled(doc, DocxStyles.SUBTITLE, COMPILED_BY);
    }

    /**
     * A real contents field over the Heading 1–3 paragraphs. Word rebuilds it with page numbers when the file is
     * opened; until then (and in viewers that never do) it lists the headings as they are.
     */
    private static void contents(XWPFDocument doc, DraftDocument draft) {
        XWPFParagraph heading = styled(doc, DocxStyles.TOC_HEADING, CONTENTS);
        heading.setPageBreak(true);
        List<String[]> entries = new ArrayList<>();
        for (Section section : draft.sections()) {
            entries.add(new String[] {DocxStyles.TOC_1, section.heading()});
            for (Block block : section.blocks()) {
                if (block instanceof SubHeading sub && sub.level() == 2) {
                    entries.add(new String[] {DocxStyles.TOC_2, sub.text()});
                }
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph entry = doc.createParagraph();
            entry.setStyle(entries.get(i)[0]);
            if (i == 0) {
                DocxPages.fieldStart(entry, TOC_INSTRUCTION, true);
            }
            entry.createRun().setText(shown(entries.get(i)[1]));
            if (i == entries.size() - 1) {
                DocxPages.fieldEnd(entry);
            }
        }
    }

    /** A reference such as C-14, TC-01, S-2/Q1 or F-GAP-SUS-2: letters, hyphens, then a number. */
    private static final Pattern REFERENCE = Pattern.compile("\\b[A-Z]{1,5}(?:-[A-Z]{1,5})*-\\d+(?:-\\d+)*");

    /**
     * Text as Word shows it: without bidirectional controls, and with the hyphens of references non-breaking (U+2011),
     * so a narrow column never wraps "C-14" into "C-" and "14". Only the Word document does this; Markdown keeps
     * ASCII hyphens, which stay searchable and never wrap in a table. A slash between two words ("secondment/placement")
     * is followed by a zero-width space, a place to break the line: neither Word nor LibreOffice breaks there by itself,
     * so the pair was one long word, broken mid-word in a narrow column (the PDF check found "placem" / "ent").
     */
    static String shown(String text) {
        String clean = BidiControls.removed(text);
        if (clean != null && clean.indexOf('/') >= 0) {
            clean = WORDS_SLASH.matcher(clean).replaceAll(match -> Matcher.quoteReplacement(match.group().replace("/", "/" + BREAK_OPPORTUNITY)));
        }
        if (clean == null || clean.indexOf('-') < 0) {
            return clean;
        }
        return REFERENCE.matcher(clean).replaceAll(match -> Matcher.quoteReplacement(match.group().replace('-', NON_BREAKING_HYPHEN)));
    }

    static final char NON_BREAKING_HYPHEN = '\u2011';
    /** U+200B ZERO WIDTH SPACE: invisible, not read out, a line may break at it. */
    static final char BREAK_OPPORTUNITY = '\u200B';
    /** Words joined by slashes ("trainee/apprenticeship"), never part of a web or e-mail address or a path. */
    private static final Pattern WORDS_SLASH = Pattern.compile("(?<![\\p{L}\\p{N}./:@-])\\p{L}+(?:/\\p{L}+)+(?![\\p{L}\\p{N}/:@]|\\.\\p{L})");

    private static XWPFParagraph styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(shown(text));
        return paragraph;
    }

    /** One bullet list definition for every list: real Word lists, which screen readers announce as lists. */
    private static BigInteger bullets(XWPFDocument doc) {
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum bullet = CTAbstractNum.Factory.newInstance();
        bullet.setAbstractNumId(BigInteger.ONE);
        CTLvl level = bullet.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("\u2022");
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(360));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(360));
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(bullet, numbering));
        return numbering.addNum(abstractId);
    }

    /** Writes blocks into the body, numbering the figures as it goes. */
    private static final class Writer {
        private final XWPFDocument doc;
        private final BigInteger bulletList;
        private int figures;
        /** the heading the next table sits under, for the table's title */
        private String heading = "";

        Writer(XWPFDocument doc, BigInteger bulletList) {
            this.doc = doc;
            this.bulletList = bulletList;
        }

        void block(Block block, int textWidth) {
            if (block instanceof Paragraph p) {
                text(doc.createParagraph(), p.text(), false, p.placeholder());
            } else if (block instanceof SubHeading h) {
                styled(doc, DocxStyles.heading(h.level()), h.text());
                heading = h.text();
            } else if (block instanceof Table t) {
                table(t, textWidth);
            } else if (block instanceof Chart c) {
                chart(c, textWidth);
            } else if (block instanceof Quote q) {
                XWPFParagraph paragraph = doc.createParagraph();
                paragraph.setStyle(DocxStyles.QUOTE);
                text(paragraph, "\u201C" + q.text() + "\u201D", false, false);
                XWPFRun by = paragraph.createRun();
                by.addBreak();
                by.setText(shown("\u2014 " + q.attribution()));
                by.setItalic(false);
            } else if (block instanceof Bullets b) {
                for (String item : b.items()) {
                    XWPFParagraph paragraph = doc.createParagraph();
                    paragraph.setStyle(DocxStyles.LIST_BULLET);
                    paragraph.setNumID(bulletList);
                    text(paragraph, item, false, false);
                }
            }
        }

        private void table(Table table, int textWidth) {
            int[] widths = ColumnWidths.of(table.headers(), table.rows(), textWidth);
            XWPFTable t = doc.createTable(table.rows().size() + 1, table.headers().size());
            CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
            CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(textWidth));
            (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
            borders(pr);
            // the table's title and description (Word's "Alt Text" for tables), read out before its rows
            pr.addNewTblCaption().setVal(heading);
            pr.addNewTblDescription().setVal("Table under \u201C" + heading + "\u201D with "
                    + Words.count(table.rows().size(), "row") + " and the columns " + InitiativesSection.and(table.headers()) + ".");
            CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int w : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
            int status = table.headers().indexOf(STATUS_COLUMN);
            fill(t.getRow(0), table.headers(), widths, true, -1);
            for (int i = 0; i < table.rows().size(); i++) {
                fill(t.getRow(i + 1), table.rows().get(i), widths, false, status);
            }
            // a table straight after a table would read as one; a short gap keeps them apart
            XWPFParagraph gap = doc.createParagraph();
            gap.setSpacingAfter(0);
        }

        private static void borders(CTTblPr pr) {
            // POI gives a new table default borders; replaced, not added to (a second <w:top> is invalid for Word)
            if (pr.isSetTblBorders()) {
                pr.unsetTblBorders();
            }
            CTTblBorders borders = pr.addNewTblBorders();
            for (CTBorder border : new CTBorder[] {borders.addNewTop(), borders.addNewBottom(), borders.addNewLeft(),
                    borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()}) {
                border.setVal(STBorder.SINGLE);
                border.setSz(BigInteger.valueOf(4));
                border.setColor(BORDER);
            }
        }

        private static void fill(XWPFTableRow row, List<String> cells, int[] widths, boolean header, int statusColumn) {
            // the header row is marked as one (screen readers announce it with each cell) and repeats on every page;
            // no row breaks across a page when it fits on one
            if (header) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            for (int i = 0; i < widths.length; i++) {
                XWPFTableCell cell = row.getCell(i);
                CTTcPr cellPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                CTTblWidth cellWidth = cellPr.isSetTcW() ? cellPr.getTcW() : cellPr.addNewTcW();
                cellWidth.setType(STTblWidth.DXA);
                cellWidth.setW(BigInteger.valueOf(widths[i]));
                cellPr.addNewVAlign().setVal(STVerticalJc.TOP);
                String value = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
                String fillColour = header ? HEADER_FILL : i == statusColumn ? STATUS_FILL.get(value) : null;
                if (fillColour != null) {
                    CTShd shading = cellPr.addNewShd();
                    shading.setVal(STShd.CLEAR);
                    shading.setColor("auto");
                    shading.setFill(fillColour);
                }
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                paragraph.setStyle(DocxStyles.TABLE_TEXT);
                text(paragraph, value, header || (i == statusColumn && fillColour != null), false);
            }
        }

        private void chart(Chart chart, int textWidth) {
            figures++;
            XWPFParagraph paragraph = doc.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            CTPPr pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
            pPr.addNewKeepNext();
            int widthPoints = Math.min(CHART_WIDTH_POINTS, textWidth / 20);
            int heightPoints = widthPoints * chart.height() / chart.width();
            XWPFRun run = paragraph.createRun();
            try {
                XWPFPicture picture = run.addPicture(new ByteArrayInputStream(chart.png().bytes()), Document.PICTURE_TYPE_PNG,
                        "figure-" + figures + ".png", Units.toEMU(widthPoints), Units.toEMU(heightPoints));
                picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(chart.altText());
            } catch (InvalidFormatException | IOException e) {
                throw new IllegalStateException("Cannot embed the chart " + chart.title(), e);
            }
            // the alternative text screen readers read, and Word shows under "Alt Text"
            CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
            CTNonVisualDrawingProps properties = inline.getDocPr();
            properties.setName("Figure " + figures);
            properties.setTitle(chart.title());
            properties.setDescr(chart.altText());
            XWPFParagraph caption = doc.createParagraph();
            caption.setStyle(DocxStyles.CAPTION);
            caption.createRun().setText(shown("Figure " + figures + ": " + chart.title()));
        }

        /** Line breaks typed by people stay line breaks. */
        private static void text(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
            XWPFRun run = paragraph.createRun();
            if (bold) {
                run.setBold(true);
            }
            if (italic) {
                run.setItalic(true);
            }
            String[] lines = shown(text).split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
        }
    }
}
