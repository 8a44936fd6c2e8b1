package org.techvoice.draft.document;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.techvoice.draft.document.DraftDocument.Layout;

/**
 * A4 pages, portrait or landscape, with a running header (the document's title) and a "Page X of Y" footer on
 * every page but the cover. A Word section is closed by a paragraph that carries its page settings; the last one's
 * settings are the body's own.
 */
final class DocxPages {

    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    /** 2 cm left and right, 2.2 cm top and bottom, the header and footer 1.1 cm from the edge. */
    static final int MARGIN_SIDE = 1134;
    static final int MARGIN_END = 1247;
    static final int HEADER_DISTANCE = 624;

    private DocxPages() {
    }

    static int textWidth(Layout layout) {
        return (layout == Layout.LANDSCAPE ? A4_LONG : A4_SHORT) - 2 * MARGIN_SIDE;
    }

    /** Ends the section so far with a paragraph carrying its page settings; the next section starts on a new page. */
    static CTSectPr sectionBreak(XWPFDocument doc, Layout layout) {
        XWPFParagraph paragraph = doc.createParagraph();
        CTSectPr section = paragraph.getCTP().addNewPPr().addNewSectPr();
        page(section, layout);
        return section;
    }

    /**
     * Sets the last section's pages, creates the header and footer, and gives every section the same ones; only
     * the first section (the cover's) has a different, empty, first page.
     *
     * @param breaks the settings of every section before the last, in order
     */
    static void finish(XWPFDocument doc, Layout last, List<CTSectPr> breaks, String title) {
        CTBody body = doc.getDocument().getBody();
        CTSectPr lastSection = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        page(lastSection, last);

        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph headerText = header.createParagraph();
        headerText.setStyle(DocxStyles.HEADER);
        headerText.setAlignment(ParagraphAlignment.RIGHT);
        headerText.createRun().setText(title);

        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph pageNumber = footer.createParagraph();
        pageNumber.setStyle(DocxStyles.FOOTER);
        pageNumber.setAlignment(ParagraphAlignment.CENTER);
        pageNumber.createRun().setText("Page ");
        field(pageNumber, "PAGE", "1");
        pageNumber.createRun().setText(" of ");
        field(pageNumber, "NUMPAGES", "1");

        // the cover has no header or footer
        doc.createHeader(HeaderFooterType.FIRST).createParagraph().setStyle(DocxStyles.HEADER);
        doc.createFooter(HeaderFooterType.FIRST).createParagraph().setStyle(DocxStyles.FOOTER);

        CTSectPr first = breaks.isEmpty() ? lastSection : breaks.get(0);
        for (CTSectPr section : breaks) {
            copyReferences(lastSection, section, section == first);
        }
        if (lastSection != first) {
            removeFirstPageReferences(lastSection);
        }
        if (!first.isSetTitlePg()) {
            first.addNewTitlePg();
        }
        if (lastSection != first && lastSection.isSetTitlePg()) {
            lastSection.unsetTitlePg();
        }
    }

    /** A field Word fills in (the page number, the number of pages), with a value shown until it does. */
    static void field(XWPFParagraph paragraph, String instruction, String shown) {
        fieldStart(paragraph, instruction, false);
        paragraph.createRun().setText(shown);
        fieldEnd(paragraph);
    }

    /** @param dirty true to ask Word to update the field when the document is opened */
    static void fieldStart(XWPFParagraph paragraph, String instruction, boolean dirty) {
        CTFldChar begin = paragraph.createRun().getCTR().addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        if (dirty) {
            begin.setDirty(Boolean.TRUE);
        }
        CTText text = paragraph.createRun().getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void fieldEnd(XWPFParagraph paragraph) {
        XWPFRun end = paragraph.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void page(CTSectPr section, Layout layout) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        boolean landscape = layout == Layout.LANDSCAPE;
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_END));
        margins.setBottom(BigInteger.valueOf(MARGIN_END));
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void copyReferences(CTSectPr from, CTSectPr to, boolean withFirstPage) {
        for (CTHdrFtrRef reference : from.getHeaderReferenceList()) {
            if (withFirstPage || reference.getType() != STHdrFtr.FIRST) {
                CTHdrFtrRef copy = to.addNewHeaderReference();
                copy.setType(reference.getType());
                copy.setId(reference.getId());
            }
        }
        for (CTHdrFtrRef reference : from.getFooterReferenceList()) {
            if (withFirstPage || reference.getType() != STHdrFtr.FIRST) {
                CTHdrFtrRef copy = to.addNewFooterReference();
                copy.setType(reference.getType());
                copy.setId(reference.getId());
            }
        }
    }

    private static void removeFirstPageReferences(CTSectPr section) {
        for (int i = section.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
            if (section.getHeaderReferenceArray(i).getType() == STHdrFtr.FIRST) {
                section.removeHeaderReference(i);
            }
        }
        for (int i = section.sizeOfFooterReferenceArray() - 1; i >= 0; i--) {
            if (section.getFooterReferenceArray(i).getType() == STHdrFtr.FIRST) {
                section.removeFooterReference(i);
            }
        }
    }
}
