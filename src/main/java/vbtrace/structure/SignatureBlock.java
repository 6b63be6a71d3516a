package vbtrace.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vbtrace.model.Signer;
import vbtrace.model.Span;

/**
 * The signing block at the foot of a document: authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
 * TỊCH", "T/M TỈNH ỦY", "K/T"), the position ("PHÓ CHỦ TỊCH") and the signer's name.
 *
 * @param signer     name, position and the innermost authority ("KT. Chủ tịch")
 * @param onBehalfOf the body named by a "TM." / "T/M" line ("Tỉnh ủy"), null if none
 */
public record SignatureBlock(Signer signer, String onBehalfOf, Span span) {
    /** Authority prefixes: on behalf of (TM, T/M), deputy for (KT, K/T), by order (TL, TUQ), acting (Q.). */
    static final Pattern AUTHORITY = Pattern.compile(
            "(?iu)^(T\\s*/\\s*M|T\\.\\s*M\\.?|TM\\s*\\.|TM(?=\\s)|K\\s*/\\s*T|KT\\s*\\.|KT(?=\\s)|TL\\s*\\.|T\\s*/\\s*L|TUQ\\s*\\.|T/UQ|Q\\s*\\.)\\s*");
    private static final Pattern POSITION_AND_NAME = Pattern.compile(
            "(?u)^(\\p{Lu}[\\p{Lu}\\s.,/]*\\p{Lu}\\.?)\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){1,5})$");
    private static final Pattern NOT_NAME = Pattern.compile(
            "(?iu)^(nơi nhận|như trên|như điều|lưu|đã ký|kính gửi|bản điện tử|phụ lục|chủ tịch|phó|bí thư|giám đốc|trưởng|bộ trưởng|thủ tướng).*");
    private static final Pattern SPLIT_INITIAL = Pattern.compile("(?u)(?<=(?:^|\\s)\\p{Lu})\\s+(?=\\p{Ll})");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[./]+$");
    /** "(Đã ký)", or what a signature image leaves in a gazette text: a lone bracket. */
    private static final Pattern SIGNED = Pattern.compile("(?iu)^(?:[(\\[]?\\s*(đã ký|ký|daky|ký tên|ký, ghi rõ họ tên).*|[\\[\\]()]+)");

    /** A military rank signed before the name: "Thượng tướng Vũ Hải Sản". */
    private static final Pattern RANK = Pattern.compile(
            "(?iu)^(Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Phó Đô đốc|Chuẩn Đô đốc|Đô đốc)\\s+");

    /** Every signing block at or after line {@code from}, in text order. */
    static List<SignatureBlock> findAll(List<TextLine> lines, int from) {
        List<SignatureBlock> found = new ArrayList<>();
        int after = Math.max(0, from);
        for (int i = after; i < lines.size(); i++) {
            if (!maySign(lines.get(i).clean())) continue;
            String c = name(lines.get(i).clean());
            String positionBeforeName = null;
            if (isCapitalsName(c) && underPosition(lines, i) && !nameBelow(lines, i)) {
                // a name printed in capitals under its position: "PHÓ CHỦ TỊCH" / "NGUYỄN VĂN AN"
            } else if (!isNameLine(c)) {
                // the position and the name run together on one line: "CHỦ TỊCH Trần Thanh Mẫn"
                if (!mayBePositionAndName(c)) continue;
                var m = POSITION_AND_NAME.matcher(c);
                if (!m.matches() || !isNameLine(m.group(2))
                        || !(AUTHORITY.matcher(m.group(1)).lookingAt() || OrgNames.startsWithPosition(m.group(1)))) continue;
                positionBeforeName = m.group(1);
            }
            Optional<SignatureBlock> b = blockEndingAt(lines, i, positionBeforeName);
            if (b.isPresent() && b.get().span().start() >= lines.get(after).start()) found.add(b.get());
        }
        return found;
    }

    /**
     * Cheap necessary condition for a line to hold a signer's name in any of the forms above: nothing but
     * letters, white space and ". , /", and at most 51 small letters (40 in a name, 11 in a military rank).
     * Body text fails within a few words.
     */
    private static boolean maySign(String line) {
        int small = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.getType(c) == Character.LOWERCASE_LETTER && ++small > 51) return false;
            } else if (Character.isSurrogate(c)) {
                if (++small > 51) return false; // a letter outside the BMP, counted as small to stay on the safe side
            } else if (!isRegexSpace(c) && c != '.' && c != ',' && c != '/') {
                return false;
            }
        }
        return true;
    }

    /** Cheap necessary condition of {@link #POSITION_AND_NAME}: a capital, then a capital, a space or ". , /". */
    private static boolean mayBePositionAndName(String c) {
        if (c.length() < 2) return false;
        char first = c.charAt(0), second = c.charAt(1);
        if (Character.isSurrogate(first) || Character.isSurrogate(second)) return true; // left to the pattern
        return Character.getType(first) == Character.UPPERCASE_LETTER && (Character.getType(second) == Character.UPPERCASE_LETTER
                || isRegexSpace(second) || second == '.' || second == ',' || second == '/');
    }

    /** The block whose name is on line {@code nameLine}: the capitals above it, up to 8 lines back. */
    private static Optional<SignatureBlock> blockEndingAt(List<TextLine> lines, int nameLine, String positionBeforeName) {
        List<TextLine> block = new ArrayList<>();
        if (positionBeforeName != null) {
            TextLine l = lines.get(nameLine);
            block.add(new TextLine(l.index(), l.start(), l.end(), positionBeforeName, positionBeforeName));
        }
        int gap = 0;
        for (int i = nameLine - 1; i >= 0 && nameLine - i <= 10; i--) {
            TextLine l = lines.get(i);
            if (l.blank() || SIGNED.matcher(l.clean()).matches()) {
                if (!block.isEmpty() && ++gap > 1) break;
                continue;
            }
            if (!isBlockLine(l.clean())) break;
            block.add(0, l);
            gap = 0;
        }
        if (block.isEmpty()) return Optional.empty();
        // items: a line with an authority prefix or a position starts one, others continue it
        List<String> items = new ArrayList<>();
        for (TextLine l : block) {
            String c = l.clean();
            boolean starts = AUTHORITY.matcher(c).lookingAt() || OrgNames.startsWithPosition(c) || items.isEmpty();
            boolean continues = !items.isEmpty() && items.get(items.size() - 1).endsWith(",");
            if (starts && !continues) items.add(c);
            else items.set(items.size() - 1, items.get(items.size() - 1) + " " + c);
        }
        items.replaceAll(SignatureBlock::rejoinBrokenWords);
        String authority = null, position = null, onBehalfOf = null;
        for (String item : items) {
            var m = AUTHORITY.matcher(item);
            if (m.lookingAt()) {
                String prefix = m.group(1).replaceAll("\\s+", "").toUpperCase();
                if ((prefix.startsWith("TM") || prefix.startsWith("T/M") || prefix.startsWith("T.M"))) {
                    onBehalfOf = OrgNames.display(item.substring(m.end()));
                }
                authority = OrgNames.position(item);
                position = null;
            } else if (OrgNames.startsWithPosition(item) && position == null) {
                position = OrgNames.position(item);
            }
        }
        if (authority == null && position == null) return Optional.empty();
        String nameText = lines.get(nameLine).clean();
        if (positionBeforeName != null) nameText = nameText.substring(positionBeforeName.length());
        String name = name(nameText);
        if (isCapitalsName(name)) name = OrgNames.titleCase(name.toLowerCase(java.util.Locale.forLanguageTag("vi")));
        Span span = new Span(block.get(0).start(), lines.get(nameLine).end());
        return Optional.of(new SignatureBlock(new Signer(name, position, authority), onBehalfOf, span));
    }

    /**
     * Capitals broken inside a word by a rendering ("KT. CH" / "Ủ TỊCH", "NGHIỆP VỤ TH" / "UẾ"): a run of
     * consonants with no vowel, other than an authority prefix, is glued to the vowel-initial word after it.
     */
    static String rejoinBrokenWords(String item) {
        String[] w = item.split(" ");
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < w.length; k++) {
            out.append(w[k]);
            boolean glue = k + 1 < w.length && w[k].matches("[BCDĐGHKLMNPQRSTVX]{1,3}") && !w[k].matches("KT|TM|TL|TUQ")
                    && VOWEL.matcher(w[k + 1].substring(0, 1)).matches() && TextLine.upperShare(w[k + 1]) > 0.99;
            if (k + 1 < w.length && !glue) out.append(' ');
        }
        return out.toString();
    }

    /** The name as signed, without a military rank, a final dot, or a space inside a word ("Lê Hải H òa"). */
    private static String name(String line) {
        // each rewrite only when the line can hold its match: most lines are body text
        String n = line.strip();
        if (n.length() > 1 && "ĐđTtPpCc".indexOf(n.charAt(0)) >= 0 && "ạẠhHrRôÔ".indexOf(n.charAt(1)) >= 0) {
            n = RANK.matcher(n).replaceFirst(""); // every rank starts with one of these two-letter pairs
        }
        if (mayHaveSplitInitial(n)) n = SPLIT_INITIAL.matcher(n).replaceAll("");
        if (!n.isEmpty() && "./\n\r\u0085\u2028\u2029".indexOf(n.charAt(n.length() - 1)) >= 0) n = TRAILING_DOTS.matcher(n).replaceAll("");
        return n.strip();
    }

    /** Cheap necessary condition of {@link #SPLIT_INITIAL}: a one-letter capital word followed by white space. */
    private static boolean mayHaveSplitInitial(String n) {
        for (int j = 1; j < n.length(); j++) {
            char c = n.charAt(j - 1);
            if (Character.isSurrogate(c)) return true;
            if (isRegexSpace(n.charAt(j)) && Character.getType(c) == Character.UPPERCASE_LETTER && (j == 1 || isRegexSpace(n.charAt(j - 2)))) return true;
        }
        return false;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Two to five words in capitals that are no position, authority or body: a name printed in capitals. */
    private static boolean isCapitalsName(String c) {
        if (c.length() < 5 || c.length() > 40 || Character.getType(c.codePointAt(0)) != Character.UPPERCASE_LETTER) return false;
        if (!words(c, false, 5)) return false;
        for (String w : c.split(" ")) if (!VOWEL.matcher(w).find()) return false; // "THUẾ HQ" is no name
        return !(NOT_NAME.matcher(c).matches() || AUTHORITY.matcher(c).lookingAt()
                || OrgNames.startsWithPosition(c) || BODY_WORD.matcher(c).find());
    }

    private static final Pattern VOWEL = Pattern.compile("(?iu)[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]");

    /** Whether a name in small letters follows within three lines: then a line in capitals above it is no name. */
    private static boolean nameBelow(List<TextLine> lines, int i) {
        for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
            if (isNameLine(name(lines.get(j).clean()))) return true;
        }
        return false;
    }

    private static final Pattern BODY_WORD = Pattern.compile(
            "(?u)(?<!\\p{L})(ỦY|UỶ|BAN|BỘ|SỞ|CỤC|PHÒNG|HỘI|ĐOÀN|ĐẢNG|TỈNH|HUYỆN|THÀNH|XÃ|QUỐC|CHÍNH|NHÀ|NƯỚC|VIỆT|NAM|TRUNG|ƯƠNG|NHÂN|DÂN|CÔNG|KÝ|LƯU|SAO|PHỤ|LỤC|DANH|MỤC|MẪU|BIỂU|THÔNG|NGHỊ|QUYẾT|KẾ|HOẠCH|ĐỊNH|ĐIỀU|CHƯƠNG)(?!\\p{L})");

    /** Whether the nearest line above {@code i} (past a "(Đã ký)" or blank line) is a position or an authority. */
    private static boolean underPosition(List<TextLine> lines, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            String c = lines.get(j).clean();
            if (c.isEmpty() || SIGNED.matcher(c).matches()) continue;
            return OrgNames.startsWithPosition(c) || AUTHORITY.matcher(c).lookingAt();
        }
        return false;
    }

    private static boolean isBlockLine(String c) {
        if (c.length() > 90 || TextLine.upperShare(c) < 0.8) return false;
        return AUTHORITY.matcher(c).lookingAt() || OrgNames.startsWithPosition(c) || !c.matches(".*\\d.*");
    }

    /** A person's name: two to six capitalized words, not in capitals, no digits or punctuation. */
    static boolean isNameLine(String c) {
        if (c.length() < 5 || c.length() > 40 || Character.getType(c.codePointAt(0)) != Character.UPPERCASE_LETTER) return false;
        return words(c, true, 6) && !NOT_NAME.matcher(c).matches();
    }

    /**
     * Whether {@code c} cut at single spaces (as {@code split(" ")}: trailing spaces dropped) gives 2 to
     * {@code max} words, each a capital letter followed by small letters ({@code small}) or by capitals.
     */
    private static boolean words(String c, boolean small, int max) {
        int end = c.length();
        while (end > 0 && c.charAt(end - 1) == ' ') end--;
        int words = 0;
        boolean wordStart = true;
        for (int i = 0; i < end; ) {
            int cp = c.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                if (wordStart) return false; // an empty word
                wordStart = true;
                continue;
            }
            int type = Character.getType(cp);
            if (wordStart) {
                if (type != Character.UPPERCASE_LETTER || ++words > max) return false;
                wordStart = false;
            } else if (type != (small ? Character.LOWERCASE_LETTER : Character.UPPERCASE_LETTER)) {
                return false;
            }
        }
        return words >= 2;
    }
}
