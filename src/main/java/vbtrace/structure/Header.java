package vbtrace.structure;

import java.util.List;
import vbtrace.model.Span;

/**
 * What the header block of a document says, as printed: the issuer lines (a parent body and the
 * issuing body when there are two), number, place and date, the "V/v" subject of a công văn, and
 * the type heading ("KẾ HOẠCH") that closes the header.
 *
 * @param span         the header block (issuer to date line), null when the document has none
 * @param issuerLines  the issuer's lines in capitals as printed, empty if none
 * @param number       canonical number, null when absent or left blank in a draft
 * @param symbolType   the type code inside the symbol ("KH"), even for a blank draft number
 * @param party        the header carries "ĐẢNG CỘNG SẢN VIỆT NAM"
 * @param subject      the "V/v …" subject line(s) of a công văn, null if none
 * @param heading      the type heading, null if none
 * @param headingLine  index of the heading's line, -1 if none
 * @param endLine      index of the first line after the header block and heading
 */
public record Header(Span span, List<String> issuerLines, String number, String symbolType, String place,
                     String date, boolean party, String subject, Span subjectSpan, DocumentTypes.Heading heading,
                     int headingLine, int endLine) {
    public Header {
        issuerLines = issuerLines == null ? List.of() : List.copyOf(issuerLines);
    }
}
