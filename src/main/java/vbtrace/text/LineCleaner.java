package vbtrace.text;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans one raw line into {@link LayoutLine}s, keeping each char's raw offset: NFC (combining
 * tone marks composed), Ð/ð → Đ/đ, odd spaces folded, invisible and control chars dropped, and the
 * residue of markdown and web pages removed — emphasis {@code *}/{@code **}, backslash escapes,
 * heading {@code #}s, known HTML tags, table pipes. A pipe or {@code <br>} or a {@code ****} (bold
 * closed and reopened: "**NGHỊ QUYẾT****CỦA …") splits the line, since there the source had a cell
 * or a line boundary. Emphasis state carries over from line to line (a bold title spans lines).
 */
final class LineCleaner {
    /** Known formatting tags only; "<tên cơ quan>" placeholders in forms are text and stay. */
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(?:i|b|u|em|strong|sup|sub|p|span|div|font|br|small|big|s|strike)\\b[^<>]{0,200}?/?>",
            Pattern.CASE_INSENSITIVE);

    /** Emphasis state carried across lines; reset at blank lines (markdown emphasis ends with a paragraph). */
    static final class State {
        boolean bold;
        boolean italic;
        /** The previous line ended on a cell boundary (a pipe): the next line starts a block. */
        boolean pendingBlockStart;
        /** The open emphasis run began at the start of a line (a styled paragraph or title). */
        boolean runFromLineStart;

        void reset() {
            bold = false;
            italic = false;
        }

        boolean open() {
            return bold || italic;
        }
    }

    private final List<LayoutLine> out;
    private final State state;
    private MappedText cur;
    private boolean curBlockStart;
    private boolean curEmphasisStart;
    /** An emphasis run that began at a line start closed on this line. */
    private boolean closedStyledRun;
    /** Nothing but markup and spaces since the last char of text. */
    private boolean markupAtEnd;

    /** Length of the raw line: sizes the buffers (a pipe-split line makes many small cells). */
    private int lineLength = 80;

    private LineCleaner(List<LayoutLine> out, State state) {
        this.out = out;
        this.state = state;
    }

    /** Cleans {@code raw[start, end)} (one line without its terminator) into {@code out}. */
    static void clean(String raw, int start, int end, State state, List<LayoutLine> out) {
        new LineCleaner(out, state).run(raw, start, end);
    }

    private void run(String raw, int start, int end) {
        if (onlyStarsAndSpaces(raw, start, end)) {
            // "*" under a Party issuer's name, pandoc's empty "** **": a mark, not emphasis
            state.pendingBlockStart = true;
            return;
        }
        lineLength = end - start + 1;
        // Tika writes a tab before each table cell of an office file or web page: a cell never
        // continues the cell before it (its "chủ trì" and "phối hợp" columns must stay apart)
        begin(state.pendingBlockStart || raw.charAt(start) == '\t');
        state.pendingBlockStart = false;
        int i = start;
        while (i < end && isSpace(raw.charAt(i))) i++;
        boolean heading = false;
        int hashes = 0;
        while (i + hashes < end && raw.charAt(i + hashes) == '#') hashes++;
        if (hashes > 0 && hashes <= 6 && (i + hashes == end || isSpace(raw.charAt(i + hashes)))) {
            heading = true;
            curBlockStart = true;
            i += hashes;
        }
        boolean hardBreak = trailingSpaces(raw, start, end) >= 2;
        boolean endsWithPipe = false;
        Matcher tag = null;
        while (i < end) {
            char c = raw.charAt(i);
            if (c == '\\') {
                char n = i + 1 < end ? raw.charAt(i + 1) : '\n';
                if (n == '\n' || (isSpace(n) && onlySpaces(raw, i + 1, end))) {
                    hardBreak = true;
                    i = end;
                } else if (n == '*' && onlyStarsAndSpaces(raw, i + 1, end)) {
                    // "***Nơi nhận:\***": pandoc put the closing markup after a hard break
                    hardBreak = true;
                    i++;
                } else if (n < 128 && isAsciiPunct(n)) {
                    emit(n, i + 1);
                    i += 2;
                } else if (isSpace(n)) {
                    space(i);
                    i += 2;
                } else {
                    emit(c, i);
                    i++;
                }
            } else if (c == '*') {
                int j = i;
                while (j < end && raw.charAt(j) == '*') j++;
                i = star(raw, i, j, end);
            } else if (c == '_' && isUnderscoreEmphasis(raw, i, end)) {
                i++; // "_(Ban hành kèm theo …)_": markdown emphasis; blanks in forms ("____") stay
                if (i < end && raw.charAt(i) == '_') i++;
            } else if (c == '|') {
                int j = i + 1;
                while (j < end && (raw.charAt(j) == '|' || isSpace(raw.charAt(j)))) j++;
                if (j >= end) {
                    endsWithPipe = true;
                } else {
                    flush(false, i);
                    lineLength = 16; // cells are short
                    begin(true);
                }
                i = j;
            } else if (c == '<') {
                if (tag == null) tag = HTML_TAG.matcher(raw);
                tag.region(i, end);
                if (tag.lookingAt()) {
                    String name = tag.group();
                    if (name.length() >= 3 && Character.toLowerCase(name.charAt(1)) == 'b' && Character.toLowerCase(name.charAt(2)) == 'r') {
                        flush(true, i);
                        begin(false);
                    } else {
                        space(i); // "a<br>b", "x</i> y": a tag often stands where a space was
                    }
                    i = tag.end();
                } else {
                    emit(c, i);
                    i++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < end) {
                emit(c, i);
                emit(raw.charAt(i + 1), i + 1);
                i += 2;
            } else {
                emit(c, i);
                i++;
            }
        }
        LayoutLine last = flush(hardBreak, end);
        if (last != null && heading) last.blockEnd = true;
        if (endsWithPipe) state.pendingBlockStart = true;
    }

    /** Handles a run of {@code *} at {@code [i, j)}; returns the index after it. */
    private int star(String raw, int i, int j, int end) {
        int n = j - i;
        char before = i > 0 ? raw.charAt(i - 1) : ' ';
        char after = j < end ? raw.charAt(j) : '\n';
        // "(*)", "(**)": a note mark in the text, not emphasis; " * " between spaces: a literal star.
        if ((before == '(' && after == ')') || (n == 1 && isSpace(before) && isSpace(after) && cur.length() > 0)) {
            for (int k = i; k < j; k++) emit('*', k);
            return j;
        }
        // "* item" at the start of a line: a markdown bullet, kept as a dash item.
        if (n == 1 && cur.length() == 0 && isSpace(after) && !state.open() && hasLetterOrDigit(raw, j, end)) {
            emit('-', i);
            return j;
        }
        if (n >= 4 && !isSpace(after) && !Character.isLowerCase(after) && after != '\n') {
            // "**A****B**": bold closed and reopened at once; the source had a line break there.
            closedStyledRun = state.runFromLineStart;
            markupAtEnd = true;
            flush(false, i);
            begin(true);
            curEmphasisStart = true;
            state.runFromLineStart = true;
            return j;
        }
        if (!hasText() && state.open() && !isSpace(after) && after != '\n') {
            // a run at a line start followed by text opens emphasis; an unbalanced marker
            // earlier (a stray "*") must not flip the whole rest of the document
            state.reset();
        }
        if (n >= 4) {
            // "**Sửa đổi**** khoản 2": bold closed and reopened inside a sentence
            space(i);
            markupAtEnd = true;
            return j;
        }
        boolean wasOpen = state.open();
        if (n == 2 || n == 3) state.bold = !state.bold;
        if (n == 1 || n == 3) state.italic = !state.italic;
        if (!wasOpen && state.open()) {
            state.runFromLineStart = !hasText();
            curEmphasisStart |= !hasText();
        }
        if (wasOpen && !state.open()) closedStyledRun = state.runFromLineStart;
        // keep a word boundary where markup separated words ("*Căn cứ* *Luật*" → "Căn cứ Luật")
        if (isSpace(after) || isSpace(before)) space(i);
        markupAtEnd = true;
        return j;
    }

    private void begin(boolean blockStart) {
        cur = new MappedText(Math.min(lineLength, 256));
        curBlockStart = blockStart;
        curEmphasisStart = false;
        closedStyledRun = false;
        markupAtEnd = false;
    }

    private LayoutLine flush(boolean hardBreak, int rawEnd) {
        cur.trimEnd();
        if (!hasText()) {
            if (curBlockStart) state.pendingBlockStart = true;
            return null;
        }
        LayoutLine line = new LayoutLine(cur, rawEnd);
        line.blockStart = curBlockStart;
        line.hardBreak = hardBreak;
        line.emphasisStart = curEmphasisStart;
        line.emphasisOpenAtEnd = state.open();
        line.emphasisClosedAtEnd = !state.open() && closedStyledRun && markupAtEnd;
        out.add(line);
        return line;
    }

    /** Text was emitted on this line (a line never starts with a space: {@link #space} skips leading ones). */
    private boolean hasText() {
        return cur.length() > 0;
    }

    private void space(int rawOffset) {
        int len = cur.length();
        if (len > 0 && cur.charAt(len - 1) != ' ') cur.append(' ', rawOffset);
    }

    private void emit(char c, int rawOffset) {
        if (isSpace(c)) {
            space(rawOffset);
            return;
        }
        if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
            // NUL and C1 controls are debris of a broken conversion (a checkbox glyph, a stray byte)
            space(rawOffset);
            return;
        }
        switch (c) {
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> { return; } // invisible
            case '\u00D0' -> c = '\u0110'; // Ð (Icelandic eth) for Đ: an encoding error in Vietnamese text
            case '\u00F0' -> c = '\u0111';
            default -> { }
        }
        markupAtEnd = false;
        int len = cur.length();
        if (len > 0 && isCombining(c)) {
            char base = cur.charAt(len - 1);
            char composed = compose(base, c);
            if (composed != 0) {
                int rawBase = cur.rawAt(len - 1);
                cur.setLength(len - 1);
                cur.append(composed, rawBase);
                return;
            }
        }
        cur.append(c, rawOffset);
    }

    /** Non-spacing marks of the BMP, looked up in a table: this runs for every char of the corpus. */
    private static final boolean[] COMBINING = new boolean[0x10000];

    static {
        for (int c = 0; c < COMBINING.length; c++) COMBINING[c] = Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static final java.util.concurrent.ConcurrentHashMap<Integer, Character> COMPOSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** NFC composition of a letter and a combining mark, or 0 when they do not compose (cached). */
    private static char compose(char base, char mark) {
        return COMPOSED.computeIfAbsent((base << 16) | mark, k -> {
            String c = Normalizer.normalize(new String(new char[] {base, mark}), Normalizer.Form.NFC);
            return c.length() == 1 ? c.charAt(0) : '\0';
        });
    }

    static boolean isCombining(char c) {
        return c >= 0x300 && COMBINING[c];
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u000B' || c == '\u0085';
    }

    private static boolean isAsciiPunct(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    private static boolean onlySpaces(String s, int from, int to) {
        for (int k = from; k < to; k++) if (!isSpace(s.charAt(k))) return false;
        return true;
    }

    /** One or two underscores that open or close an emphasis: word on the inside, space or line end outside. */
    private static boolean isUnderscoreEmphasis(String s, int i, int end) {
        int j = i;
        while (j < end && s.charAt(j) == '_') j++;
        if (j - i > 2) return false;
        boolean spaceBefore = i == 0 || isSpace(s.charAt(i - 1)) || s.charAt(i - 1) == '\n' || s.charAt(i - 1) == '|';
        boolean spaceAfter = j >= end || isSpace(s.charAt(j)) || ".,;:|".indexOf(s.charAt(j)) >= 0;
        boolean wordAfter = j < end && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '(' || s.charAt(j) == '"');
        boolean wordBefore = i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || ").\"".indexOf(s.charAt(i - 1)) >= 0);
        return (spaceBefore && wordAfter) || (wordBefore && spaceAfter);
    }

    private static boolean hasLetterOrDigit(String s, int from, int to) {
        for (int k = from; k < to; k++) if (Character.isLetterOrDigit(s.charAt(k))) return true;
        return false;
    }

    private static boolean onlyStarsAndSpaces(String s, int from, int to) {
        for (int k = from; k < to; k++) if (s.charAt(k) != '*' && !isSpace(s.charAt(k))) return false;
        return true;
    }

    private static int trailingSpaces(String s, int start, int end) {
        int n = 0;
        while (end - n - 1 >= start && s.charAt(end - n - 1) == ' ') n++;
        return n;
    }
}
