package org.techvoice.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A canvas shows its Markdown rendered, and nothing typed into it can become markup or script. */
class CanvasPageTest {

    @Test
    void headingsListsQuotesLinksAndTablesRenderAsACanvasDoes() {
        String html = CanvasPage.body("""
                # Draft
                ## Visibility
                - one
                - two

                > a quote

                [Commitment](https://technicians.org.uk/)

                | Theme | Entries |
                | --- | --- |
                | Recognition | 4 |
                """);

        assertThat(html).contains("<h1>Draft</h1>", "<h2>Visibility</h2>", "<li>one</li>", "<blockquote>",
                "href=\"https://technicians.org.uk/\"", ">Commitment</a>", "<table>", "<th>Theme</th>", "<td>Recognition</td>");
    }

    @Test
    void typedHtmlAndScriptLinksStayText() {
        String html = CanvasPage.page("<b>title</b>", """
                Tom said <script>alert(1)</script> and <img src=x onerror=alert(2)>

                [click](javascript:alert(3))
                """);

        assertThat(html).doesNotContain("<script>alert", "<img src=x", "javascript:", "<b>title</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;title&lt;/b&gt;");
    }
}
