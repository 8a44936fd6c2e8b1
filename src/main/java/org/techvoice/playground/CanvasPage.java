package org.techvoice.playground;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.web.util.HtmlUtils;

/**
 * A canvas as Slack shows it: the Markdown the app sent to {@code canvases.create}, rendered (headings, lists,
 * quotes, links, tables) on a page of its own. The Markdown holds what people typed, so raw HTML in it is escaped,
 * never passed through, and only safe link schemes survive (CommonMark's {@code escapeHtml} and
 * {@code sanitizeUrls}); the page is also served with a Content-Security-Policy that allows no script at all.
 */
final class CanvasPage {

    /** No script, no outside resource: only the page's own inline style. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();

    private static final String STYLE = """
            body{margin:0;background:#f8f8f8;font:15px/1.55 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1d1c1d}
            .canvas-bar{background:#3f0e40;color:#fff;padding:10px 24px;font-weight:700}
            .canvas-bar span{font-weight:400;opacity:.8;margin-left:8px}
            article{max-width:860px;margin:24px auto;background:#fff;border-radius:8px;padding:32px 48px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
            h1{font-size:28px;margin:0 0 16px}h2{font-size:22px;margin:28px 0 10px}h3{font-size:18px;margin:22px 0 8px}
            table{border-collapse:collapse;margin:12px 0;width:100%}th,td{border:1px solid #ddd;padding:6px 10px;text-align:left;vertical-align:top}
            th{background:#f4f4f4}blockquote{margin:8px 0;padding-left:12px;border-left:4px solid #ddd;color:#555}
            a{color:#1264a3}code{background:#f4f4f4;border-radius:3px;padding:1px 4px}
            """;

    private CanvasPage() {
    }

    /** The Markdown as HTML body content: every tag in it escaped, unsafe link schemes dropped. */
    static String body(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    static String page(String title, String markdown) {
        String escapedTitle = HtmlUtils.htmlEscape(title == null || title.isBlank() ? "Canvas" : title);
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>" + escapedTitle
                + "</title><style>" + STYLE + "</style></head><body><div class=\"canvas-bar\" data-testid=\"canvas-bar\">Canvas<span>"
                + escapedTitle + "</span></div><article data-testid=\"canvas\">" + body(markdown) + "</article></body></html>";
    }
}
