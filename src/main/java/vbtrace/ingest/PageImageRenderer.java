package vbtrace.ingest;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.renderer.RenderResult;
import org.apache.tika.renderer.pdf.pdfbox.PDFBoxRenderer;

/**
 * Renders PDF pages for OCR without their form widgets and stamps. Documents signed
 * electronically carry the signature ("Ký bởi: … Thời gian ký: …") as a widget drawn over the
 * page, often right over the national motto; the scan underneath is what OCR should read.
 */
final class PageImageRenderer extends PDFBoxRenderer {
    PageImageRenderer(int dpi) {
        setDPI(dpi);
        setImageType(ImageType.GRAY);
        setImageFormatName("png");
    }

    @Override
    protected RenderResult renderPage(PDFRenderer renderer, int id, int pageIndex, Metadata metadata, ParseContext context)
            throws IOException {
        renderer.setAnnotationsFilter(PageImageRenderer::drawn);
        return super.renderPage(renderer, id, pageIndex, metadata, context);
    }

    private static boolean drawn(PDAnnotation annotation) {
        return !(annotation instanceof PDAnnotationWidget) && !"Stamp".equals(annotation.getSubtype());
    }
}
