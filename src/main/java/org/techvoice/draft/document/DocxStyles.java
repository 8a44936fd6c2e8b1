package org.techvoice.draft.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * The Word file's named styles. Every heading, quote and caption is a real style with Word's own name ("heading 1",
 * "Quote", "toc 1"...), so the navigation pane, the contents table, screen readers and a university's own template
 * all recognise them; nothing is formatted by hand. The document language (en-GB) and the font are set once, as
 * the document's defaults.
 */
final class DocxStyles {

    static final String LANGUAGE = "en-GB";
    static final String FONT = "Arial";

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String QUOTE = "Quote";
    static final String CAPTION = "Caption";
    static final String TOC_HEADING = "TOCHeading";
    static final String TOC_1 = "TOC1";
    static final String TOC_2 = "TOC2";
    static final String TOC_3 = "TOC3";
    static final String TABLE_TEXT = "TableText";
    static final String LIST_BULLET = "ListBullet";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";

    /** Dark blue on white: a contrast ratio above 12:1. */
    private static final String HEADING_COLOUR = "1F3864";
    private static final String MUTED_COLOUR = "404040";

    private DocxStyles() {
    }

    static String heading(int level) {
        return switch (level) {
            case 1 -> HEADING_1;
            case 2 -> HEADING_2;
            default -> HEADING_3;
        };
    }

    /** @param textWidth the widest text width of the document's pages, in twips, for the contents' right tab */
    static void define(XWPFDocument doc, int textWidth) {
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr defaults = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(22));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(22));
        CTLanguage language = defaults.addNewLang();
        language.setVal(LANGUAGE);
        language.setEastAsia(LANGUAGE);
        language.setBidi(LANGUAGE);
        CTPPrGeneral paragraphDefaults = ct.getDocDefaults().addNewPPrDefault().addNewPPr();
        paragraphDefaults.addNewSpacing().setAfter(BigInteger.valueOf(120));
        paragraphDefaults.getSpacing().setLine(BigInteger.valueOf(276));
        // said outright: without it some readers take the line height as exact and clip pictures and large titles
        paragraphDefaults.getSpacing().setLineRule(STLineSpacingRule.AUTO);
        styles.setStyles(ct);

        CTStyle normal = style(styles, NORMAL, "Normal", null, 1);
        normal.setDefault(true);
        add(styles, normal);
        add(styles, paragraph(styles, TITLE, "Title", 10, 56, true, HEADING_COLOUR, 3600, 240, 0));
        add(styles, paragraph(styles, SUBTITLE, "Subtitle", 11, 28, false, MUTED_COLOUR, 120, 120, 0));
        add(styles, paragraph(styles, HEADING_1, "heading 1", 9, 36, true, HEADING_COLOUR, 360, 160, 1));
        add(styles, paragraph(styles, HEADING_2, "heading 2", 9, 28, true, HEADING_COLOUR, 280, 120, 2));
        add(styles, paragraph(styles, HEADING_3, "heading 3", 9, 24, true, HEADING_COLOUR, 200, 80, 3));
        // like a heading to look at, but no outline level: the contents table must not list itself
        add(styles, paragraph(styles, TOC_HEADING, "TOC Heading", 39, 36, true, HEADING_COLOUR, 0, 240, 0));

        CTStyle quote = paragraph(styles, QUOTE, "Quote", 29, 22, false, MUTED_COLOUR, 120, 160, 0);
        quote.getRPr().addNewI();
        quote.getPPr().addNewInd().setLeft(BigInteger.valueOf(567));
        quote.getPPr().getInd().setRight(BigInteger.valueOf(567));
        quote.getPPr().addNewKeepLines();
        add(styles, quote);

        CTStyle caption = paragraph(styles, CAPTION, "caption", 35, 18, false, MUTED_COLOUR, 60, 240, 0);
        caption.getRPr().addNewI();
        caption.getPPr().addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER);
        add(styles, caption);

        for (int level = 1; level <= 3; level++) {
            CTStyle toc = paragraph(styles, "TOC" + level, "toc " + level, 39, level == 1 ? 22 : 20, level == 1, null,
                    level == 1 ? 120 : 0, 40, 0);
            toc.getPPr().addNewInd().setLeft(BigInteger.valueOf(240L * (level - 1)));
            CTTabStop tab = toc.getPPr().addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setLeader(STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(textWidth));
            add(styles, toc);
        }

        CTStyle tableText = paragraph(styles, TABLE_TEXT, "Table Text", 20, 19, false, null, 0, 0, 0);
        tableText.getPPr().getSpacing().setLine(BigInteger.valueOf(240));
        tableText.getPPr().getSpacing().setLineRule(STLineSpacingRule.AUTO);
        add(styles, tableText);
        add(styles, paragraph(styles, LIST_BULLET, "List Bullet", 36, 22, false, null, 0, 60, 0));
        add(styles, paragraph(styles, HEADER, "header", 99, 18, false, MUTED_COLOUR, 0, 0, 0));
        add(styles, paragraph(styles, FOOTER, "footer", 99, 18, false, MUTED_COLOUR, 0, 0, 0));
    }

    /**
     * @param size         in half-points
     * @param outlineLevel 1 to 3 for headings (what makes Word list them in the navigation pane and the contents), 0 for none
     */
    private static CTStyle paragraph(XWPFStyles styles, String id, String name, int priority, int size, boolean bold,
            String colour, int before, int after, int outlineLevel) {
        CTStyle style = style(styles, id, name, NORMAL, priority);
        style.addNewNext().setVal(NORMAL);
        CTRPr run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(size));
        run.addNewSzCs().setVal(BigInteger.valueOf(size));
        if (bold) {
            run.addNewB();
        }
        if (colour != null) {
            run.addNewColor().setVal(colour);
        }
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(before));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(after));
        if (outlineLevel > 0) {
            paragraph.addNewKeepNext();
            paragraph.addNewKeepLines();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel - 1L));
        }
        return style;
    }

    private static CTStyle style(XWPFStyles styles, String id, String name, String basedOn, int priority) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewUiPriority().setVal(BigInteger.valueOf(priority));
        style.addNewQFormat();
        return style;
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
