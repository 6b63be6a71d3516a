package vbtrace.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.model.Relation;
import vbtrace.model.RelationType;

/**
 * Reads how consecutive mentions in one sentence hang together. "Kết luận số 1364-KL/TU … về tiếp
 * tục thực hiện Chỉ thị số 29-CT/TU … gắn với việc thực hiện Kết luận số 65-KL/TW": 29-CT/TU sits
 * in the subject of 1364-KL/TU and is what it carries out (1364-KL/TU IMPLEMENTS 29-CT/TU); "gắn
 * với việc thực hiện" attaches 65-KL/TW to the same head. "theo Quyết định số 755/QĐ-TTg đã được
 * UBND tỉnh duyệt tại Quyết định 954/QĐ-UBND": 954/QĐ-UBND IMPLEMENTS 755/QĐ-TTg. A mention with no
 * head that an implementing verb governs ("Thực hiện Kết luận số …") is what the sentence's own
 * document carries out. Works on folded text.
 */
final class RelationLinker {
    private static final String VERB = "(?:tiep tuc\\s+)?(?:(?:quan triet|to chuc)(?:\\s*,\\s*|\\s+va\\s+|\\s+))?"
            + "(?:trien khai(?:\\s*,?\\s*thuc hien)?|thuc hien|thi hanh|cu the hoa|huong dan thi hanh"
            + "|huong dan thuc hien|quy dinh chi tiet(?:\\s+thi hanh)?(?:\\s+mot so dieu cua)?)";
    private static final String VERB_END = "(?:" + VERB + "(?:\\s+(?:co hieu qua|nghiem tuc|tot|thang loi))?"
            // "Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Kết luận số …"
            + "|(?:thuc hien|trien khai)\\s+(?:y kien\\s+)?(?:chi dao|yeu cau)(?:\\s+cua\\s+[^,;.]{1,80}?)?\\s+(?:tai|theo)"
            + ")\\s*(?:cac\\s+)?$";
    /** A gap or left context ending in an implementing verb, just before the type word. */
    private static final Pattern GOVERNED = Pattern.compile(ws("(?<![\\p{L}\\d])" + VERB_END));
    /** Words that make "thực hiện" a topic, not an act: "kết quả thực hiện", "tình hình thực hiện" … */
    private static final Pattern NOT_AN_ACT = Pattern.compile(ws(
            "(?<![\\p{L}])(?:tinh hinh|ket qua|lien quan den|so ket|tong ket|danh gia|bao cao|vuong mac(?:\\s+(?:trong|khi))?"
            + "|kiem tra|giam sat|qua trinh|tien do)(?:\\s+viec)?\\s*$"));
    private static final Pattern COORDINATOR = Pattern.compile(ws(
            "(?:gan voi(?:\\s+viec)?|va(?:\\s+viec)?|dong thoi|cung voi(?:\\s+viec)?)\\s*$"));
    private static final Pattern SUBJECT_OPENER = Pattern.compile(ws(
            "^(?:ve|phe duyet|quy dinh|huong dan|ban hanh|sua doi|thuc hien|trien khai|tiep tuc|de|nham)(?![\\p{L}\\d])"));
    /** What may stand between a head and the verb of its subject: "về", "về việc", "để", or nothing. */
    private static final Pattern DIRECT_OBJECT = Pattern.compile("(?:(?:ve|de|nham)(?:\\s+viec)?)?"
            // "… ban hành Kế hoạch tổng thể triển khai Quyết định số …": the head issues the plan that carries it out
            // "Nghị quyết số 88/NQ-CP … về chương trình hành động thực hiện Nghị quyết số 10-NQ/TW"
            // "Nghị quyết số 109/NQ-CP cập nhật, bổ sung Chương trình hành động của Chính phủ thực hiện …"
            + "|(?:ve\\s+(?:viec\\s+)?)?(?:(?:ban\\s+hanh|cap\\s+nhat|sua\\s+doi|bo\\s+sung)(?:\\s*,\\s*|\\s+va\\s+|\\s+))*"
            + "(?:ke\\s+hoach|chuong\\s+trinh|de\\s+an|phuong\\s+an)(?:\\s+[\\p{L}\\d]+){0,6}");
    /**
     * A document named without a number, then "và", closing a gap: "… thực hiện Nghị quyết Đại hội Đảng
     * lần thứ XIV và Kết luận số 18-KL/TW" — the verb governs both objects.
     */
    private static final Pattern NUMBERLESS_OBJECT = Pattern.compile(ws(
            "(?<![\\p{L}])(?:nghi quyet|ket luan|chi thi|chien luoc|nghi dinh|quyet dinh|luat)(?:\\s+[\\p{L}\\d]+){1,8}\\s+va\\s*$"));
    /** "Luật số 62/2020/QH14 sửa đổi, bổ sung một số điều của Luật Xây dựng số …": an amendment, stated as CITES. */
    private static final Pattern AMENDS = Pattern.compile(ws(
            "^(?:ve (?:viec )?)?(?:sua doi\\s*,?\\s*bo sung|sua doi|bo sung|thay the|bai bo|dinh chinh)(?![\\p{L}])[^;]{0,160}$"));
    /**
     * "Luật Xây dựng số 50/2014/QH13, được sửa đổi, bổ sung tại Luật … số 62/2020/QH14": the later one amends
     * (also after the earlier one's subject: "Nghị quyết số 03/NQ-CP … về … được sửa đổi, bổ sung … tại …").
     */
    private static final Pattern AMENDED_BY = Pattern.compile(ws(
            "(?:^|(?<![\\p{L}]))(?:da )?duoc (?:sua doi\\s*,?\\s*bo sung|sua doi|bo sung|thay the)(?![\\p{L}])[^;]{0,40}?(?:tai|boi|theo)(?![\\p{L}])[^;]{0,120}$"));
    private static final Pattern APPROVED_IN = Pattern.compile(ws(
            "^(?:da\\s+)?duoc\\s+.{0,60}?(?:phe duyet|duyet|cu the hoa|trien khai|thuc hien)\\s+(?:tai|theo|bang)\\s*$"));
    private static final Pattern PLAIN_COORDINATION = Pattern.compile("^(?:va|hoac|,)?\\s*$");
    /** "… về ABC và Chỉ thị số …": the list goes on at the level of the previous mention. */
    private static final Pattern LIST_CONTINUES = Pattern.compile("(?:,|(?<![\\p{L}])va)\\s*(?:cac\\s+)?$");
    /** Sentence ends; a line end is a paragraph end in normalized text. */
    private static final Pattern BREAK = Pattern.compile("[;()\\[\\]\\n]|\\.\\s");
    private static final int MAX_GAP = 500;

    /** A pattern written with single spaces matches any run of whitespace (titles wrap mid-phrase). */
    static String ws(String regex) {
        return regex.replace(" ", "\\s+");
    }

    /** Per mention: its head (index of the mention whose subject holds it, -1 if none) and whether a verb governs it. */
    record Links(int[] head, boolean[] governed, List<Relation> relations) {}

    Links link(String original, String folded, List<FoundMention> mentions, int regionStart) {
        int n = mentions.size();
        int[] head = new int[n];
        boolean[] governed = new boolean[n];
        Arrays.fill(head, -1);
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FoundMention b = mentions.get(i);
            FoundMention a = i > 0 ? mentions.get(i - 1) : null;
            int gapStart = a == null ? -1 : Math.min(Math.max(a.idEnd(), a.context().headEnd()), b.start());
            boolean sameSentence = a != null && b.start() - gapStart <= MAX_GAP
                    && !BREAK.matcher(folded.substring(gapStart, b.start())).find();
            if (!sameSentence) {
                governed[i] = governedAt(leftContext(folded, b.start(), regionStart)) != null
                        || (a != null && head[i - 1] < 0 && governed[i - 1] && continuesList(folded, gapStart, b.start()));
                continue;
            }
            if (a.id().equals(b.id())) {
                head[i] = head[i - 1];
                governed[i] = governed[i - 1];
                continue;
            }
            String gap = trimLead(folded.substring(gapStart, b.start()));
            Matcher verb = governedAt(gap);
            if (verb == null) {
                String shorter = withoutNumberlessObject(gap);
                if (shorter != null) verb = carriesOutBoth(shorter);
            }
            if (APPROVED_IN.matcher(gap).find()) {
                relations.add(relation(b, a, original, folded));
            } else if (AMENDED_BY.matcher(gap).find()) {
                int amended = amendedOne(mentions, head, i - 1, b);
                if (amended >= 0) relations.add(relation(b, mentions.get(amended), RelationType.CITES, original, folded));
            } else if (AMENDS.matcher(gap).find()) {
                head[i] = i - 1;
                relations.add(relation(a, b, RelationType.CITES, original, folded));
            } else if (verb != null) {
                String before = gap.substring(0, verb.start()).strip();
                if (DIRECT_OBJECT.matcher(before).matches()) {
                    head[i] = i - 1;
                    relations.add(relation(a, b, original, folded));
                } else if (COORDINATOR.matcher(before).find()) {
                    head[i] = head[i - 1];
                    if (head[i] >= 0) relations.add(relation(mentions.get(head[i]), b, original, folded));
                    else governed[i] = true;
                } else if (SUBJECT_OPENER.matcher(gap).find()) {
                    head[i] = i - 1;
                }
            } else if (PLAIN_COORDINATION.matcher(gap).matches() || LIST_CONTINUES.matcher(gap).find()) {
                head[i] = head[i - 1];
                governed[i] = governed[i - 1];
            } else if (SUBJECT_OPENER.matcher(gap).find()) {
                head[i] = i - 1; // named inside a's subject, without a verb that links them
            }
        }
        return new Links(head, governed, dedupe(relations));
    }

    /**
     * Which document "được sửa đổi, bổ sung tại {@code amending}" speaks of, or -1: the mention just
     * before it or a document whose subject holds that one, nearest first. A body amends its own acts
     * with an act of the same kind and never with an older one, so the first of the same series wins
     * ("Nghị quyết số 03/NQ-CP … thực hiện Nghị quyết số 57-NQ/TW … được sửa đổi, bổ sung tại Nghị
     * quyết số 71/NQ-CP" amends 03/NQ-CP), else the first of the same type (a ministry renamed).
     */
    private static int amendedOne(List<FoundMention> mentions, int[] head, int before, FoundMention amending) {
        int sameType = -1;
        for (int h = before; h >= 0; h = head[h]) {
            FoundMention m = mentions.get(h);
            if (year(m.id()) > year(amending.id())) continue;
            if (series(m.id()).equals(series(amending.id()))) return h;
            if (sameType < 0 && m.type() != null && m.type().equals(amending.type())) sameType = h;
        }
        return sameType;
    }

    private static final Pattern ID_YEAR = Pattern.compile("/((?:19|20)\\d\\d)/");

    /** The year in a number ("50/2014/QH13" → 2014), 0 when it has none. */
    private static int year(String id) {
        Matcher m = ID_YEAR.matcher(id);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** "71/NQ-CP" → "NQ-CP", "50/2014/QH13" → "/QH": the symbol without number, year and term. */
    private static String series(String id) {
        return id.replaceFirst("^\\d+[/-]", "").replaceAll("\\d", "");
    }

    /**
     * "Thực hiện Chỉ thị số 50-CT/TW …; Quy định số 339-QĐ/TW …; Hướng dẫn số 42-HD/BTCTW …": the
     * next item of a list that one verb governs starts right after the semicolon with its type word.
     * Nothing else may stand between (a "Căn cứ" list repeats its verb; a new sentence has words first).
     */
    private static boolean continuesList(String folded, int gapStart, int start) {
        if (start - gapStart > MAX_GAP) return false;
        String gap = folded.substring(gapStart, start);
        int semicolon = gap.indexOf(';');
        return semicolon >= 0 && semicolon == gap.lastIndexOf(';') && gap.indexOf('\n') < 0 && !gap.contains(". ")
                && LIST_ITEM_GAP.matcher(gap.substring(semicolon + 1)).matches();
    }

    private static final Pattern LIST_ITEM_GAP = Pattern.compile("[\\s*_]*(?:va\\s+)?(?:cac\\s+)?");

    /**
     * Only "thực hiện", "triển khai" … govern across a numberless object: after "quy định chi tiết một số
     * điều của Luật X và Nghị định số …" the "và" joins the two decrees, not the law and the decree.
     */
    private static Matcher carriesOutBoth(String gap) {
        Matcher m = governedAt(gap);
        return m == null || m.group().contains("quy dinh") || m.group().contains("huong dan") ? null : m;
    }

    /** The gap without a closing "Nghị quyết Đại hội … và", or null when it has none (nothing to try again). */
    private static String withoutNumberlessObject(String gap) {
        if (!gap.endsWith("va ") && !gap.endsWith("va")) return null;
        Matcher m = NUMBERLESS_OBJECT.matcher(gap);
        return m.find() ? gap.substring(0, m.start()) : null;
    }

    /** The implementing verb that ends {@code s} (just before a type word), unless it is only a topic. */
    private static Matcher governedAt(String s) {
        if (!mayEndInVerb(s)) return null;
        Matcher m = GOVERNED.matcher(s);
        if (!m.find()) return null;
        return NOT_AN_ACT.matcher(s.substring(0, m.start())).find() ? null : m;
    }

    /** The last words {@link #VERB_END} can end in, before an optional "các". */
    private static final String[] VERB_END_WORDS = {"hien", "khai", "hanh", "hoa", "tiet", "cua", "qua", "tuc", "tot", "loi", "tai", "theo"};

    /**
     * A cheap necessary condition for {@link #GOVERNED}: its look-behind makes the regex try every
     * offset of the text, and most gaps and left contexts end in no verb at all.
     */
    static boolean mayEndInVerb(String s) {
        int k = lastNonSpace(s, s.length() - 1);
        int w = k;
        while (w >= 0 && Character.isLetter(s.charAt(w))) w--;
        String word = s.substring(w + 1, k + 1);
        if (endsInVerbWord(word)) return true;
        if (!word.endsWith("cac")) return false;
        if (word.length() > 3) return endsInVerbWord(word.substring(0, word.length() - 3));
        k = lastNonSpace(s, w);
        w = k;
        while (w >= 0 && Character.isLetter(s.charAt(w))) w--;
        return endsInVerbWord(s.substring(w + 1, k + 1));
    }

    private static boolean endsInVerbWord(String word) {
        for (String v : VERB_END_WORDS) {
            if (word.endsWith(v)) return true;
        }
        return false;
    }

    /** The last offset at or before {@code k} that is no regex white space, or -1. */
    private static int lastNonSpace(String s, int k) {
        while (k >= 0 && " \t\n\u000B\f\r".indexOf(s.charAt(k)) >= 0) k--;
        return k;
    }

    private static String leftContext(String folded, int end, int regionStart) {
        int from = Math.max(Math.max(0, regionStart), end - 200);
        String s = folded.substring(Math.min(from, end), end);
        Matcher m = BREAK.matcher(s);
        int last = 0;
        while (m.find()) last = m.end();
        return s.substring(last);
    }

    private static String trimLead(String s) {
        return LEAD.matcher(s).replaceFirst("");
    }

    private static final Pattern LEAD = Pattern.compile("^[\\s,*]+");
    private static final Pattern MARKUP = Pattern.compile("[*_]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static Relation relation(FoundMention from, FoundMention to, String original, String folded) {
        return relation(from, to, RelationType.IMPLEMENTS, original, folded);
    }

    private static Relation relation(FoundMention from, FoundMention to, RelationType type, String original, String folded) {
        return new Relation(from.id(), to.id(), type,
                sentence(original, folded, Math.min(from.start(), to.start()), Math.max(from.idEnd(), to.idEnd())));
    }

    /** The sentence around {@code [start, end)}: from the previous to the next sentence break, whitespace folded. */
    static String sentence(String original, String folded, int start, int end) {
        int s = start;
        while (s > 0 && (start - s < 300 || !Character.isWhitespace(folded.charAt(s - 1)))) {
            char c = folded.charAt(s - 1);
            if (c == ';' || c == '\n' || (c == ' ' && s >= 2 && folded.charAt(s - 2) == '.')) break;
            s--;
        }
        int e = end;
        while (e < folded.length() && (e - end < 300 || !Character.isWhitespace(folded.charAt(e)))) {
            char c = folded.charAt(e);
            if (c == ';' || c == '\n' || (c == '.' && (e + 1 == folded.length() || Character.isWhitespace(folded.charAt(e + 1))))) {
                e++;
                break;
            }
            e++;
        }
        return SPACES.matcher(MARKUP.matcher(original.substring(s, e)).replaceAll("")).replaceAll(" ").strip();
    }

    private static List<Relation> dedupe(List<Relation> relations) {
        List<Relation> out = new ArrayList<>();
        for (Relation r : relations) {
            if (r.from().equals(r.to())) continue;
            if (out.stream().noneMatch(o -> o.from().equals(r.from()) && o.to().equals(r.to()) && o.relation() == r.relation())) {
                out.add(r);
            }
        }
        return out;
    }
}
