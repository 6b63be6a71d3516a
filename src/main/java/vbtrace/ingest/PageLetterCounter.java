package vbtrace.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Counts the letters on each page of Tika's XHTML ({@code <div class="page">}, as the PDF parser
 * writes it) while passing every event on, so a text layer can be judged page by page.
 */
final class PageLetterCounter extends ContentHandlerDecorator {
    private final List<Integer> pages = new ArrayList<>();
    private int depth;
    private int pageDepth = -1;

    PageLetterCounter(ContentHandler handler) {
        super(handler);
    }

    List<Integer> pageLetters() {
        return pages;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        depth++;
        if (pageDepth < 0 && "div".equals(localName) && "page".equals(atts.getValue("class"))) {
            pageDepth = depth;
            pages.add(0);
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        if (depth == pageDepth) pageDepth = -1;
        depth--;
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (pageDepth >= 0) {
            int letters = 0;
            for (int i = start; i < start + length; i++) if (Character.isLetter(ch[i])) letters++;
            pages.set(pages.size() - 1, pages.get(pages.size() - 1) + letters);
        }
        super.characters(ch, start, length);
    }
}
