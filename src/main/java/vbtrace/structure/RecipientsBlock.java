package vbtrace.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vbtrace.model.Span;

/**
 * The "Nơi nhận" block: the list of bodies the document is sent to, one entry per dash item (items
 * holding several bodies split at ";"), without the filing entry ("Lưu: VT, …") and the purpose
 * notes ("(b/c)", "(để thực hiện)").
 */
public record RecipientsBlock(List<String> recipients, Span span) {
    private static final Pattern HEAD = Pattern.compile("(?iu)^nơi\\s+nhận\\s*:?\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^[-–+•]\\s*(.*)$");
    private static final Pattern NOTE = Pattern.compile(
            "(?iu)\\s*\\((?:để\\s+)?(?:b/c|báo cáo|t/h|thực hiện|phối hợp|p/h|biết|chỉ đạo|theo dõi|đăng tải|chỉ đạo thực hiện)[^)]*\\)\\s*");
    private static final Pattern FILING = Pattern.compile("(?iu)^(lưu|luu)\\b.*");

    /** Every "Nơi nhận" block at or after line {@code from}, in text order. */
    static List<RecipientsBlock> findAll(List<TextLine> lines, int from) {
        List<RecipientsBlock> out = new ArrayList<>();
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            String c = lines.get(i).clean();
            if (!c.isEmpty() && (c.charAt(0) == 'n' || c.charAt(0) == 'N') && HEAD.matcher(c).matches()) out.add(read(lines, i));
        }
        return out;
    }

    private static RecipientsBlock read(List<TextLine> lines, int head) {
        List<String> items = new ArrayList<>();
        int last = head;
        int blanks = 0;
        for (int i = head + 1; i < lines.size() && i < head + 60; i++) {
            TextLine l = lines.get(i);
            String c = l.clean();
            if (l.blank()) {
                if (++blanks > 1 && !items.isEmpty()) break;
                continue;
            }
            var m = ITEM.matcher(c);
            if (m.matches()) {
                items.add(m.group(1));
            } else if (!items.isEmpty() && blanks == 0 && !c.equals(c.toUpperCase()) && !SignatureBlock.isNameLine(c)) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + c); // a wrapped item
            } else {
                break;
            }
            blanks = 0;
            last = i;
        }
        List<String> recipients = new ArrayList<>();
        for (String item : items) {
            for (String part : item.split(";")) {
                String r = NOTE.matcher(part).replaceAll(" ").replaceAll("[\\s,.;:]+$", "").strip();
                if (r.isEmpty() || FILING.matcher(r).matches() || r.matches("[.…\\s]*")) continue;
                recipients.add(OrgNames.expand(r, false)); // "UBND các xã" → "Ủy ban nhân dân các xã", as agencies are written
            }
        }
        return new RecipientsBlock(recipients, new Span(lines.get(head).start(), lines.get(last).end()));
    }
}
