package vbtrace.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vbtrace.ingest.SourceText;
import vbtrace.model.DocumentInfo;
import vbtrace.model.OutlineNode;
import vbtrace.model.Signer;
import vbtrace.model.Span;

/**
 * Finds the document's header, metadata card and outline in normalized text. Composes the header
 * parser, title finder, signing and recipients blocks, outline parser and issuer resolver; each
 * reads lines of the text and none writes back. Stateless and thread-safe.
 */
public final class StructureAnalyzer {
    private static final Pattern ENACTING = Pattern.compile(
            "(?iu)^(QUYẾT ĐỊNH|QUYẾT NGHỊ|NGHỊ QUYẾT|CHỈ THỊ|KẾT LUẬN|BAN HÀNH|QUY ĐỊNH)\\s*:?$");
    private static final Pattern ADDRESSEE = Pattern.compile("(?iu)^Kính gửi\\b.*");
    private static final Pattern PARTY_ISSUER = Pattern.compile(
            "(?iu).*(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Đảng bộ|Ban Chấp hành|Ban Thường vụ|Bộ Chính trị|Ban Bí thư|Trung ương Đảng).*");
    /** How far into the body the issuer's place is looked for. */
    private static final int CONTEXT_CHARS = 4000;

    private final HeaderParser headerParser = new HeaderParser();
    private final OutlineParser outlineParser = new OutlineParser();
    private final DocumentTypes types = DocumentTypes.standard();
    private final IssuerResolver issuers;
    private final Jurisdictions jurisdictions;

    public StructureAnalyzer() {
        this(Gazetteer.standard());
    }

    public StructureAnalyzer(Gazetteer gazetteer) {
        this.issuers = new IssuerResolver(gazetteer);
        this.jurisdictions = new Jurisdictions(gazetteer);
    }

    public DocumentStructure analyze(SourceText source) {
        return analyze(source.text(), source.stamps());
    }

    /** The structure of a normalized text with the received-document stamps the text stage found. */
    public DocumentStructure analyze(String text, List<Span> stampSpans) {
        List<TextLine> lines = TextLine.split(text);
        StampLines stamps = new StampLines(lines, stampSpans);
        Header header = withAuthentication(headerParser.parse(lines, stamps), lines, stamps);

        // title: under the type heading, else the "V/v" subject of a công văn
        TitleFinder.Title title = null;
        if (header.headingLine() >= 0) {
            String rest = header.heading().rest();
            String firstPart = rest.isEmpty() || rest.matches("(?iu)^của\\s.*") ? "" : rest;
            title = TitleFinder.find(lines, header.headingLine() + 1, firstPart, stamps);
            if (title != null && title.span() == null && !firstPart.isEmpty()) {
                TextLine h = lines.get(header.headingLine());
                title = new TitleFinder.Title(title.text(), new Span(h.start(), h.end()), title.authority(), title.nextLine(),
                        title.ofIssuer());
            }
        }
        if (title == null && header.subject() == null && header.span() != null) {
            // no type heading: a trích yếu printed right under the header ("Quy định chế độ …", "Về hướng dẫn …")
            title = TitleFinder.find(lines, header.endLine(), "", stamps);
            if (title != null && (title.span() == null || TextLine.upperShare(title.text()) > 0.8)) title = null;
        }
        String titleText = title != null ? title.text() : header.subject();
        Span titleSpan = title != null ? title.span() : header.subjectSpan();

        // opening: from the title (or header) to the first heading of the outline
        int openingFrom = title != null ? title.nextLine() : header.endLine();
        while (openingFrom < lines.size() && (lines.get(openingFrom).blank() || stamps.isStamp(openingFrom)
                || ADDRESSEE.matcher(lines.get(openingFrom).clean()).matches())) {
            openingFrom = skipAddressee(lines, openingFrom);
        }
        int outlineFrom = firstHeading(lines, openingFrom);
        int openingTo = outlineFrom < lines.size() ? outlineFrom : paragraphEnd(lines, openingFrom);
        Span opening = span(lines, openingFrom, openingTo, stamps);

        // foot: signing and recipients blocks; the first belong to the document, later ones to attached texts
        List<SignatureBlock> signatures = SignatureBlock.findAll(lines, openingFrom);
        List<RecipientsBlock> recipientBlocks = RecipientsBlock.findAll(lines, openingFrom);
        Optional<SignatureBlock> signature = signatures.stream().findFirst();
        Optional<RecipientsBlock> recipients = nearest(recipientBlocks, signature.map(SignatureBlock::span).orElse(null));
        List<Span> feet = feet(text, signatures, recipientBlocks);
        List<OutlineNode> outline = outlineParser.parse(lines, parts(lines, text, outlineFrom, feet));

        // the card
        Integer year = header.date() == null ? null : Integer.valueOf(header.date().substring(0, 4));
        String openingText = opening == null ? null : text.substring(opening.start(), opening.end());
        int bodyFrom = opening == null ? 0 : opening.end();
        String context = String.join("\n", titleText == null ? "" : titleText, openingText == null ? "" : openingText,
                text.substring(bodyFrom, Math.min(text.length(), bodyFrom + CONTEXT_CHARS)));
        String issuer = issuers.resolve(header.issuerLines(), title == null ? null : title.authority(), openingText,
                signature.map(SignatureBlock::onBehalfOf).orElse(null),
                title != null && title.ofIssuer() != null ? title.ofIssuer() : header.heading() == null ? null : header.heading().rest(),
                header.party(), header.place(), year, context);
        // a consolidated text is issued by the body its symbol names, whatever header it reproduces
        String coded = IssuerResolver.fromSymbol(header.number());
        if (coded != null && (issuer == null || "VBHN".equals(header.symbolType()))) issuer = coded;
        String jurisdiction = jurisdictions.of(issuer, year);
        boolean party = header.party() || (header.number() != null && header.number().matches("^[\\d.]+-.*"))
                || issuer != null && PARTY_ISSUER.matcher(issuer).matches();
        String type = typeCode(header, lines, party);
        String typeName = types.byCode(type).map(DocumentTypes.Type::name).orElse(null);
        Signer signer = signature.map(SignatureBlock::signer).orElse(null);
        DocumentInfo document = new DocumentInfo(type, typeName, header.number(), issuer, jurisdiction, header.place(),
                header.date(), titleText, signer, recipients.map(RecipientsBlock::recipients).orElse(List.of()), List.of());
        return new DocumentStructure(document, outline, header.span(), titleSpan, opening,
                recipients.map(RecipientsBlock::span).orElse(null), signature.map(SignatureBlock::span).orElse(null),
                stampSpans);
    }

    private static final String AUTHENTICATION_HEADING = "XÁC THỰC VĂN BẢN HỢP NHẤT";
    private static final Pattern AUTHENTICATION = Pattern.compile("(?iu)^" + AUTHENTICATION_HEADING + "$");
    /** A case-insensitive match has the heading's length: most lines are settled by it. */
    private static final int AUTHENTICATION_LENGTH = AUTHENTICATION_HEADING.length();

    /**
     * A consolidated text (văn bản hợp nhất) prints its own number, date and issuer in the authentication
     * block at its end; its header, if any, may be the consolidated text's. The block's number wins when
     * it is a VBHN number or the header has none.
     */
    private Header withAuthentication(Header h, List<TextLine> lines, StampLines stamps) {
        for (int i = lines.size() - 1; i > h.endLine(); i--) {
            String c = lines.get(i).clean();
            if (c.length() != AUTHENTICATION_LENGTH || !AUTHENTICATION.matcher(c).matches()) continue;
            // the issuer and "Số: …" above the block's heading (gazette layout), else "Số: …" and the date right under it
            int from = i;
            while (from > Math.max(h.endLine(), i - 6) && !lines.get(from).clean().matches("(?iu)^Số\\b.*")) from--;
            Header a;
            if (lines.get(from).clean().matches("(?iu)^Số\\b.*")) {
                while (from > h.endLine() && i - from < 9 && lines.get(from - 1).upperCase()) from--;
                a = headerParser.parseBlock(lines, from, Math.min(lines.size(), i + 6), stamps);
            } else {
                a = headerParser.parseBlock(lines, i, Math.min(lines.size(), i + 3), stamps);
            }
            if (a.number() == null || h.number() != null && !"VBHN".equals(a.symbolType())) return h;
            return new Header(h.span(), h.issuerLines().isEmpty() ? a.issuerLines() : h.issuerLines(), a.number(),
                    a.symbolType(), a.place() != null ? a.place() : h.place(), a.date() != null ? a.date() : h.date(),
                    h.party(), h.subject(), h.subjectSpan(), h.heading(), h.headingLine(), h.endLine());
        }
        return h;
    }

    /** Type from the heading, else a công văn by its subject or addressee, else from the symbol. */
    private String typeCode(Header header, List<TextLine> lines, boolean party) {
        String code = null;
        if ("VBHN".equals(header.symbolType())) code = "VBHN"; // a consolidated text, whatever text it consolidates
        else if (header.heading() != null) code = header.heading().type().code();
        else if (header.subject() != null || hasAddressee(lines, header.endLine())) code = "CV";
        else if (header.symbolType() != null) code = types.bySymbol(header.symbolType()).map(DocumentTypes.Type::code).orElse(null);
        if ("QyĐ".equals(code) && party) code = "QĐi"; // Party documents write Quy định as QĐi
        return code;
    }

    /** The recipients block closest to the signing block (the two columns of the foot), else the first. */
    private static Optional<RecipientsBlock> nearest(List<RecipientsBlock> blocks, Span signature) {
        if (signature == null) return blocks.stream().findFirst();
        return blocks.stream().min(java.util.Comparator.comparingInt(
                b -> Math.min(Math.abs(b.span().start() - signature.end()), Math.abs(signature.start() - b.span().end()))));
    }

    /** Foot regions: signing and recipients blocks, merged when only a little text lies between them. */
    private static List<Span> feet(String text, List<SignatureBlock> signatures, List<RecipientsBlock> recipients) {
        List<Span> spans = new java.util.ArrayList<>();
        signatures.forEach(b -> spans.add(b.span()));
        recipients.forEach(b -> spans.add(b.span()));
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        List<Span> merged = new java.util.ArrayList<>();
        for (Span sp : spans) {
            if (!merged.isEmpty()) {
                Span last = merged.get(merged.size() - 1);
                if (littleBetween(text, last.end(), sp.start())) {
                    merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), sp.end())));
                    continue;
                }
            }
            merged.add(sp);
        }
        return merged;
    }

    /** Whether fewer than 120 characters stand between two blocks once the markup is gone. */
    private static boolean littleBetween(String text, int from, int to) {
        // Letters and digits survive cleaning unless inside an HTML tag ("<…>"): counting them settles a
        // long stretch (a whole attached text) without cleaning it.
        int kept = 0;
        boolean tag = false;
        for (int i = from; i < to && kept < 120; i++) {
            char c = text.charAt(i);
            if (c == '<') tag = true;
            else if (c == '>') tag = false;
            else if (!tag && Character.isLetterOrDigit(c)) kept++;
        }
        if (kept >= 120) return false;
        String between = to > from ? text.substring(from, to) : "";
        return TextLine.clean(between.replace('\n', ' ')).length() < 120;
    }

    /** The document's body up to its foot, then each text attached after a foot, each with its own outline. */
    private static List<OutlineParser.Part> parts(List<TextLine> lines, String text, int from, List<Span> feet) {
        List<OutlineParser.Part> parts = new java.util.ArrayList<>();
        int start = from;
        for (Span foot : feet) {
            int footLine = lineAt(lines, foot.start());
            if (footLine <= start) {
                start = Math.max(start, lineAt(lines, foot.end()) + 1);
                continue;
            }
            parts.add(new OutlineParser.Part(start, footLine, trimEnd(text, foot.start())));
            start = lineAt(lines, foot.end()) + 1;
        }
        if (start < lines.size()) parts.add(new OutlineParser.Part(start, lines.size(), trimEnd(text, text.length())));
        return parts;
    }

    private static boolean hasAddressee(List<TextLine> lines, int from) {
        for (int i = Math.max(0, from); i < Math.min(lines.size(), from + 12); i++) {
            if (ADDRESSEE.matcher(lines.get(i).clean()).matches()) return true;
        }
        return false;
    }

    /** Skips a blank or stamp line, or a "Kính gửi:" line with the addressees listed under it. */
    private static int skipAddressee(List<TextLine> lines, int i) {
        if (!ADDRESSEE.matcher(lines.get(i).clean()).matches()) return i + 1;
        int j = i + 1;
        while (j < lines.size() && !lines.get(j).blank() && lines.get(j).clean().matches("^[-–+•].*")) j++;
        return j;
    }

    /** The first line at or after {@code from} that starts the outline (not a bullet) or enacts ("QUYẾT ĐỊNH:"). */
    private static int firstHeading(List<TextLine> lines, int from) {
        OutlineParser.Heading h = new OutlineParser().firstNumbered(lines, from, lines.size());
        int first = h == null ? lines.size() : lineAt(lines, h.start());
        for (int i = from; i < first; i++) {
            if (ENACTING.matcher(lines.get(i).clean()).matches()) return i;
        }
        return first;
    }

    private static int paragraphEnd(List<TextLine> lines, int from) {
        int i = from;
        while (i < lines.size() && !lines.get(i).blank()) i++;
        return i;
    }

    /** The span of the non-blank, non-stamp lines in {@code [from, to)}, null if none. */
    private static Span span(List<TextLine> lines, int from, int to, StampLines stamps) {
        int first = -1, last = -1;
        for (int i = from; i < Math.min(to, lines.size()); i++) {
            if (lines.get(i).blank() || stamps.isStamp(i)) continue;
            if (first < 0) first = i;
            last = i;
        }
        return first < 0 ? null : new Span(lines.get(first).start(), lines.get(last).end());
    }

    static int lineAt(List<TextLine> lines, int offset) {
        int lo = 0, hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e;
    }
}
