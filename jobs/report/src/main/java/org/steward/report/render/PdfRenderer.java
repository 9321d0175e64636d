package org.steward.report.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Prints the report's HTML to PDF in this JVM (openhtmltopdf on PDFBox, SVG through Batik), so a PDF needs no
 * browser installed. The HTML must be well-formed XHTML, which the template guarantees.
 */
public final class PdfRenderer {

    private PdfRenderer() {
    }

    public static byte[] render(String xhtml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }
}
