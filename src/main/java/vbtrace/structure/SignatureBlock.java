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
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}*");
    private static final Pattern SIGNED = Pattern.compile("(?iu)^[(\\[]?\\s*(đã ký|ký|daky|ký tên|ký, ghi rõ họ tên).*");

    /** Every signing block at or after line {@code from}, in text order. */
    static List<SignatureBlock> findAll(List<TextLine> lines, int from) {
        List<SignatureBlock> found = new ArrayList<>();
        int after = Math.max(0, from);
        for (int i = after; i < lines.size(); i++) {
            String c = lines.get(i).clean();
            String positionBeforeName = null;
            if (c.isEmpty() || Character.getType(c.codePointAt(0)) != Character.UPPERCASE_LETTER) continue; // both forms start with a capital
            if (!isNameLine(c)) {
                // the position and the name run together on one line: "CHỦ TỊCH Trần Thanh Mẫn"
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
        String name = nameText.replaceAll("[./]+$", "").strip();
        Span span = new Span(block.get(0).start(), lines.get(nameLine).end());
        return Optional.of(new SignatureBlock(new Signer(name, position, authority), onBehalfOf, span));
    }

    private static boolean isBlockLine(String c) {
        if (c.length() > 90 || TextLine.upperShare(c) < 0.8) return false;
        return AUTHORITY.matcher(c).lookingAt() || OrgNames.startsWithPosition(c) || !c.matches(".*\\d.*");
    }

    /** A person's name: two to six capitalized words, not in capitals, no digits or punctuation. */
    static boolean isNameLine(String c) {
        if (c.length() < 5 || c.length() > 40 || Character.getType(c.codePointAt(0)) != Character.UPPERCASE_LETTER
                || NOT_NAME.matcher(c).matches()) return false;
        String[] words = c.split(" ");
        if (words.length < 2 || words.length > 6) return false;
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) return false;
        }
        return true;
    }
}
