package vbtrace.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.model.Span;

/**
 * Reads the header block in its real layouts: the two-column table flattened one part per line, in
 * web renderings with {@code |} cells and {@code **}, in gazette texts where "Số:" comes before the
 * national motto, in pandoc grid tables with both columns side by side; state documents (national
 * motto) and Party documents ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 58-NQ/TU").
 */
final class HeaderParser {
    private static final int MAX_LINES = 80;
    private static final Pattern MOTTO = Pattern.compile("(?iu)CỘNG\\s+H(?:ÒA|OÀ)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM");
    private static final Pattern SLOGAN = Pattern.compile("(?iu)Độc\\s+lập\\s*[-–—]+\\s*Tự\\s+do\\s*[-–—]+\\s*Hạnh\\s+phúc");
    private static final Pattern PARTY = Pattern.compile("(?iu)ĐẢNG\\s+CỘNG\\s+SẢN\\s+VIỆT\\s+NAM");
    private static final Pattern NUMBER = Pattern.compile(
            "(?u)(?<![\\p{L}/])(?:(?:(?:Luật|LUẬT|Lệnh|LỆNH|Pháp lệnh|PHÁP LỆNH|Nghị quyết|NGHỊ QUYẾT|Nghị định|Quyết định|Thông tư)\\s+số)|Số|SỐ)\\s*[:.]?[\\s.…_]*"
                    + "(\\d[\\d.]*)?[\\s.…_]*((?:\\s*[/-]\\s*[\\p{L}\\p{N}&]+)+)");
    private static final Pattern SUBJECT = Pattern.compile("(?u)(?<![\\p{L}])V/v\\b\\s*[:.]?\\s*");
    private static final Pattern ABOUT = Pattern.compile("(?mu)^(?=Về\\s+\\p{Ll})");
    private static final Pattern RUNNING = Pattern.compile(
            "(?iu)^(C?ÔNG BÁO\\b.*|\\d{1,4}|VĂN BẢN QUY PHẠM PHÁP LUẬT|VĂN BẢN HỢP NHẤT\\s*-?|ĐIỀU ƯỚC QUỐC TẾ|VĂN BẢN KHÁC|VĂN BẢN PHÁP LUẬT KHÁC"
                    + "|(Người ký|Ký bởi|Email|Cơ quan|Thời gian ký|Ngày ký)\\s*:.*|XÁC THỰC VĂN BẢN HỢP NHẤT|BẢN SAO|DỰ THẢO.*|MẬT|KHẨN|HỎA TỐC|THƯỢNG KHẨN)$");
    private static final Pattern CONSOLIDATED = Pattern.compile("(?iu)^VĂN BẢN HỢP NHẤT\\s*-\\s*(.+)$");
    /** Where the body starts: legal basis, the opening sentence, the addressee of a công văn. */
    static final Pattern OPENING_WORDS = Pattern.compile(
            "(?u)^(?:[-–•]\\s*)?(Căn cứ|Thực hiện|Xét|Theo đề nghị|Trên cơ sở|Kính gửi|Hội nghị|Triển khai|Ngày \\d)");
    private static final char MASK = '\u0001';
    /** Masks the national motto and the Party's name: the issuer's column may go on past them. */
    private static final char MOTTO_MASK = '\u0002';

    private final DocumentTypes types = DocumentTypes.standard();

    Header parse(List<TextLine> lines, StampLines stamps) {
        int limit = Math.min(lines.size(), MAX_LINES);
        int headingLine = -1, headingStart = -1, stop = Math.min(limit, 40);
        DocumentTypes.Heading heading = null;
        for (int i = 0; i < limit; i++) {
            TextLine l = lines.get(i);
            if (l.blank() || stamps.isStamp(i)) continue;
            if (OPENING_WORDS.matcher(l.clean()).lookingAt() || isOutlineStart(l.clean())
                    || SignatureBlock.AUTHORITY.matcher(l.clean()).lookingAt()) { // a text with no header but its signing block
                stop = Math.min(stop, i);
                break;
            }
            Optional<DocumentTypes.Heading> h = types.heading(l.clean());
            if (h.isPresent() && (l.upperCase() || boldWord(l.raw()) || gluedTitle(h.get()))) {
                headingStart = headingLine = i;
                heading = h.get();
                break;
            }
            // a type word wrapped in two: "**NGHỊ" / "QUYẾT**"
            if (i + 1 < limit && l.upperCase() && !lines.get(i + 1).blank()) {
                String joined = l.clean() + " " + lines.get(i + 1).clean();
                Optional<DocumentTypes.Heading> h2 = types.heading(joined);
                if (h2.isPresent() && h2.get().rest().isEmpty() && TextLine.upperShare(joined) > 0.99) {
                    headingStart = i;
                    headingLine = i + 1;
                    heading = h2.get();
                    break;
                }
            }
        }
        int regionEnd = headingLine >= 0 ? headingStart : stop;
        Header h = parseBlock(lines, 0, regionEnd, stamps);
        int endLine = headingLine >= 0 ? headingLine + 1 : h.endLine();
        return new Header(h.span(), h.issuerLines(), h.number(), h.symbolType(), h.place(), h.date(), h.party(), h.subject(),
                h.subjectSpan(), heading, headingLine, endLine);
    }

    /** The header elements found in lines {@code [from, to)} (a header, or a consolidated text's authentication block). */
    Header parseBlock(List<TextLine> lines, int from, int to, StampLines stamps) {
        for (int i = from; i < to; i++) { // a signing block ("KT. BỘ TRƯỞNG") ends it
            if (SignatureBlock.AUTHORITY.matcher(lines.get(i).clean()).lookingAt()) to = i;
        }
        Region r = region(lines, from, to, stamps);
        char[] mask = r.text.toCharArray();
        List<int[]> elements = new ArrayList<>();
        boolean party = false;
        party |= maskAll(PARTY, r.text, mask, elements);
        maskAll(MOTTO, r.text, mask, elements);
        maskAll(SLOGAN, r.text, mask, elements);
        for (int i = 0; i < mask.length; i++) if (mask[i] == MASK) mask[i] = MOTTO_MASK;

        String number = null, symbolType = null;
        Matcher n = NUMBER.matcher(new String(mask));
        while (n.find()) {
            if (!n.group(2).matches("(?s).*\\p{L}.*")) continue;
            String printed = (n.group(1) == null ? "" : n.group(1)) + n.group(2);
            number = DocumentNumbers.canonical(printed);
            symbolType = DocumentNumbers.typeCode(n.group(2));
            blank(mask, n.start(), n.end(), elements);
            break;
        }

        String place = null, date = null;
        Optional<DateLine> d = DateLine.find(new String(mask));
        if (d.isPresent()) {
            place = d.get().place();
            date = d.get().date();
            blank(mask, d.get().start(), d.get().end(), elements);
        }

        String subject = null;
        Span subjectSpan = null;
        Matcher v = SUBJECT.matcher(new String(mask));
        boolean found = v.find();
        if (!found && number != null) { // a công văn may print its subject as "Về …" under the number
            v = ABOUT.matcher(new String(mask));
            found = v.find();
        }
        if (found) {
            String rest = new String(mask, v.start(), mask.length - v.start());
            int end = paragraphEnd(rest);
            subject = rest.substring(0, end).replaceAll("\\s+", " ").strip();
            subjectSpan = new Span(r.offset(v.start(), lines), r.offset(v.start() + end, lines));
            blank(mask, v.start(), v.start() + end, elements);
        }

        List<String> issuer = issuerLines(new String(mask), elements);
        int firstLine = Integer.MAX_VALUE, lastLine = -1;
        for (int[] e : elements) {
            firstLine = Math.min(firstLine, r.lineAt(e[0]));
            lastLine = Math.max(lastLine, r.lineAt(Math.max(e[0], e[1] - 1)));
        }
        Span span = lastLine < 0 ? null : new Span(lines.get(firstLine).start(), lines.get(lastLine).end());
        return new Header(span, issuer, number, symbolType, place, date, party, subject, subjectSpan, null, -1,
                Math.max(lastLine + 1, from));
    }

    /** A type word with its title run on after it once the markup is gone: "NGHỊ ĐỊNH Quy định về …". */
    private static boolean gluedTitle(DocumentTypes.Heading h) {
        return h.rest().matches("(?u)^\\p{Lu}\\p{Ll}+\\s.*");
    }

    /** A type word printed bold with the title glued after it: "**NGHỊ ĐỊNH**Quy định về …". */
    private static boolean boldWord(String raw) {
        Matcher m = Pattern.compile("^\\s*\\*\\*([^*]+)\\*\\*").matcher(raw);
        return m.find() && TextLine.upperShare(m.group(1)) > 0.99;
    }

    static boolean isOutlineStart(String clean) {
        OutlineParser.Heading h = OutlineParser.heading(clean, 0);
        return h != null && OutlineParser.isMajor(h.kind());
    }

    /** The paragraph's end in {@code s}: a blank line or a masked element. */
    private static int paragraphEnd(String s) {
        int end = s.length();
        Matcher m = Pattern.compile("\\n\\s*\\n|[" + MASK + MOTTO_MASK + "]").matcher(s);
        if (m.find()) end = m.start();
        return end;
    }

    private static boolean maskAll(Pattern p, String text, char[] mask, List<int[]> elements) {
        Matcher m = p.matcher(text);
        boolean any = false;
        while (m.find()) {
            blank(mask, m.start(), m.end(), elements);
            any = true;
        }
        return any;
    }

    private static void blank(char[] mask, int start, int end, List<int[]> elements) {
        for (int i = start; i < end; i++) if (mask[i] != '\n') mask[i] = MASK;
        elements.add(new int[] {start, end});
    }

    /**
     * The issuer: the first paragraph in capitals that is left once motto, number, date and subject
     * are masked, preferring one before those elements (the left column comes first). The motto and
     * the Party's name do not end it: a table read row by row puts them between the issuer's lines
     * ("UBND TỈNH LÀO CAI" / "CỘNG HÒA …" / "SỞ CÔNG THƯƠNG" / "Độc lập …").
     */
    private static List<String> issuerLines(String masked, List<int[]> elements) {
        int firstElement = elements.stream().mapToInt(e -> e[0]).min().orElse(masked.length());
        List<String> run = new ArrayList<>(), fallback = new ArrayList<>();
        int pos = 0, runStart = 0;
        Pattern separator = Pattern.compile("[" + MASK + MOTTO_MASK + "]+");
        for (String line : (masked + "\n").split("\n", -1)) {
            Matcher sep = separator.matcher(line);
            int segStart = 0;
            boolean mottoBefore = false;
            while (true) {
                boolean more = sep.find();
                int segEnd = more ? sep.start() : line.length();
                boolean mottoAfter = more && sep.group().indexOf(MASK) < 0;
                String p = line.substring(segStart, segEnd).strip();
                boolean capitals = TextLine.upperShare(p) >= 0.7 && (p.replaceAll("[^\\p{L}]", "").length() >= 2
                        || p.matches("(?u)^\\p{Lu}$")); // a letter broken off a word: "V" / "Ă" / "N PHÒNG"
                if (capitals) {
                    if (run.isEmpty()) runStart = pos;
                    run.add(p);
                }
                // a run of lines in capitals ends at a line in small letters, a blank line or a masked element
                boolean passesMotto = p.isEmpty() && (mottoBefore || mottoAfter);
                boolean ends = !capitals && !passesMotto || more && !mottoAfter;
                if (ends && !run.isEmpty()) {
                    run = rejoinBrokenWords(run);
                    if (runStart < firstElement && run.stream().mapToInt(String::length).sum() >= 4) return dedupe(run);
                    if (fallback.isEmpty()) fallback = new ArrayList<>(run);
                    run = new ArrayList<>();
                }
                if (!more) break;
                segStart = sep.end();
                mottoBefore = mottoAfter;
            }
            pos += line.length() + 1;
        }
        return fallback.isEmpty() ? List.of() : dedupe(fallback);
    }

    /**
     * A web rendering may break a word of the issuer over lines ("V" / "Ă" / "N PHÒNG", "BỘ C" / "ÔNG
     * THƯƠNG"): a line that is one letter, or ends in a lone consonant, is glued to the next.
     */
    static List<String> rejoinBrokenWords(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean glue = false;
        for (String line : lines) {
            String l = BROKEN_IN_LINE.matcher(line).replaceAll(""); // "V Ă N PHÒNG" (bold markers between the letters)
            if (glue) out.set(out.size() - 1, out.get(out.size() - 1) + l);
            else out.add(l);
            String last = out.get(out.size() - 1);
            glue = l.matches("(?u)^\\p{L}$") || last.matches("(?u)(.*\\s)?[BCDĐGHKLMNPQRSTVX]$");
        }
        return out;
    }

    /** A space between two lone letters, or after a lone consonant before a vowel: inside a broken word. */
    private static final Pattern BROKEN_IN_LINE = Pattern.compile(
            "(?u)(?<=(?:^|\\s)\\p{Lu})\\s(?=\\p{Lu}(?:\\s|$))|(?<=(?:^|\\s)[BCDĐGHKLMNPQRSTVX])\\s(?=[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ])");

    /** A gazette prints the issuer twice ("CHÍNH PHỦ" as section title, then in the header). */
    static List<String> dedupe(List<String> lines) {
        String joined = String.join(" ", lines).replaceAll("\\s+", " ");
        String[] w = joined.split(" ");
        if (w.length % 2 == 0) {
            String a = String.join(" ", Arrays.copyOfRange(w, 0, w.length / 2));
            String b = String.join(" ", Arrays.copyOfRange(w, w.length / 2, w.length));
            if (a.equals(b)) return List.of(a);
        }
        return lines;
    }

    /**
     * The header region as one string of cleaned lines; running heads and cell borders become blank
     * lines; a grid table with both columns on one line is read left column first.
     */
    private static Region region(List<TextLine> lines, int from, int end, StampLines stamps) {
        List<String> left = new ArrayList<>(), right = new ArrayList<>();
        List<Integer> leftIdx = new ArrayList<>(), rightIdx = new ArrayList<>();
        int boundary = columnBoundary(lines, from, end);
        for (int i = from; i < end; i++) {
            TextLine l = lines.get(i);
            String raw = l.raw();
            if (raw.strip().matches("[*_]+")) continue; // a stray bold marker inside a cell is not a break
            if (stamps.isStamp(i)) {
                left.add("");
                leftIdx.add(i);
                continue;
            }
            if (boundary > 0 && raw.length() > boundary) {
                String a = TextLine.clean(raw.substring(0, boundary)), b = TextLine.clean(raw.substring(boundary));
                left.add(unhead(a));
                leftIdx.add(i);
                right.add(unhead(b));
                rightIdx.add(i);
            } else {
                left.add(unhead(l.clean()));
                leftIdx.add(i);
            }
        }
        List<String> all = new ArrayList<>(left);
        List<Integer> idx = new ArrayList<>(leftIdx);
        if (!right.isEmpty()) {
            all.add("");
            idx.add(leftIdx.isEmpty() ? from : leftIdx.get(leftIdx.size() - 1));
            all.addAll(right);
            idx.addAll(rightIdx);
        }
        StringBuilder sb = new StringBuilder();
        int[] lineStarts = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            lineStarts[i] = sb.length();
            sb.append(all.get(i)).append('\n');
        }
        return new Region(sb.toString(), lineStarts, idx.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean running(String clean) {
        return RUNNING.matcher(clean).matches();
    }

    /** A gazette's consolidated text names its issuer in the running head: "VĂN BẢN HỢP NHẤT - BỘ Y TẾ". */
    private static String unhead(String clean) {
        Matcher m = CONSOLIDATED.matcher(clean);
        return m.matches() ? m.group(1) : running(clean) ? "" : clean;
    }

    /** The column where the right cell starts when two or more lines hold both cells side by side. */
    private static int columnBoundary(List<TextLine> lines, int from, int end) {
        Pattern gap = Pattern.compile("\\S(\\s{3,}|\\t+)(?=\\S)");
        int count = 0, boundary = Integer.MAX_VALUE;
        for (int i = from; i < end; i++) {
            String raw = lines.get(i).raw();
            String stripped = raw.stripLeading();
            Matcher m = gap.matcher(stripped);
            if (!m.find() || TextLine.clean(raw).isEmpty()) continue;
            int right = raw.length() - stripped.length() + m.end();
            // a blank left in a draft ("Số:      /KH-UBND", "ngày     tháng 3") is not a second column
            String left = TextLine.clean(stripped.substring(0, m.start() + 1));
            if (left.length() < 6 || right < 24 || Character.isLowerCase(raw.charAt(right))) continue;
            count++;
            boundary = Math.min(boundary, right);
        }
        return count >= 2 ? boundary : 0;
    }

    /** The region string with, for each of its lines, the text line it came from. */
    private record Region(String text, int[] lineStarts, int[] lineIndex) {
        int lineAt(int offset) {
            int i = Arrays.binarySearch(lineStarts, offset);
            if (i < 0) i = -i - 2;
            return lineIndex[Math.max(0, Math.min(i, lineIndex.length - 1))];
        }

        /** An offset of the region mapped to the start of its text line (line precision). */
        int offset(int at, List<TextLine> lines) {
            return lines.get(lineAt(Math.min(at, Math.max(0, text.length() - 1)))).start();
        }
    }
}
