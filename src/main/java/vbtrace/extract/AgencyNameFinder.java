package vbtrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vbtrace.structure.Gazetteer;

/**
 * Rule-based recognition of organization names over {@link AgencyToken}s (abbreviations already
 * expanded). A name is a known name (longest match in the word list), or a head ("Sở", "Trung
 * tâm", "Huyện ủy") with a body that starts with a capital and ends before a predicate word;
 * either may take a unit suffix ("tỉnh Lạng Sơn", "các huyện, thành phố"). Mentions right after
 * a person's title ("Chủ tịch UBND tỉnh") or after "các" ("các Ban Đảng") are not names of a body.
 * Linear in the number of tokens.
 */
public final class AgencyNameFinder {
    private static final int MAX_LOWER_RUN = 3;
    /** The most words a steering committee's remit takes ("quốc gia về tìm kiếm, quy tập …" has 13). */
    private static final int MAX_REMIT = 20;
    private static final int MAX_PLACE_WORDS = 3;

    private final AgencyLexicon lex;

    public AgencyNameFinder(AgencyLexicon lex) {
        this.lex = lex;
    }

    public List<AgencyMention> find(List<AgencyToken> toks) {
        int n = toks.size();
        boolean[] afterPosition = new boolean[n + 1];
        boolean[] inPosition = new boolean[n + 1];
        // read once per token: the loop below asks it of every token and of the one after
        boolean[] upper = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            AgencyToken t = toks.get(i);
            upper[i] = t.upperInitial();
            TokenTrie.Match<Boolean> p = t.isWord() ? lex.positions.longest(toks, i) : null;
            if (p != null) {
                afterPosition[p.end()] = true;
                for (int k = i + 1; k < p.end(); k++) inPosition[k] = true; // "Chánh Văn phòng …"
            }
        }
        List<AgencyMention> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AgencyToken t = toks.get(i);
            int group = PartyCommitteeGroups.end(toks, i);
            if (group > 0) {
                int from = PartyCommitteeGroups.standingCommitteeStart(toks, i);
                if (!out.isEmpty() && out.get(out.size() - 1).tokenEnd() > from) out.remove(out.size() - 1);
                String name = vbtrace.text.Canonical.forMatching(display(toks, from, group));
                name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                out.add(new AgencyMention(toks.get(from).start(), toks.get(group - 1).end(), name, "", null, true, false, from, group));
                i = group - 1;
                continue;
            }
            if (t.is("các")) {
                int listEnd = sharedHeadList(toks, i, out);
                if (listEnd > i) {
                    i = listEnd - 1;
                    continue;
                }
            }
            boolean lowerHead = t.isWord() && !upper[i] && upper[i + 1]
                    && lex.lowerHeads.longest(toks, i) != null && !startsName(toks, i + 1);
            if (!t.isWord() || !(upper[i] || t.caps() || lowerHead) || inPosition[i]) continue;
            TokenTrie.Match<AgencyLexicon.Known> known = lex.names.longest(toks, i);
            int end = -1;
            String base = null;
            boolean central = false;
            if (known != null) {
                end = known.end();
                base = known.value().name();
                central = known.value().central();
            }
            TokenTrie.Match<AgencyLexicon.HeadKind> head = lex.heads.longest(toks, i);
            if (known != null && head != null && !continuesCapitalized(toks, known.end()) && !namedOnBeyond(toks, head, known.end())) head = null;
            // "Sở Công Thương Lào Cai": a known name and its province, not a longer name
            Suffix province = known != null && head != null ? provinceSuffix(toks, known.end()) : null;
            if (province != null) head = null;
            if (head != null) {
                int bodyEnd = head.end();
                if (head.value() == AgencyLexicon.HeadKind.OPEN) {
                    bodyEnd = t.caps() ? head.end() : body(toks, head.end());
                    if (bodyEnd == head.end()) bodyEnd = -1;
                }
                if (bodyEnd > end) {
                    end = bodyEnd;
                    base = display(toks, i, end);
                    if (lowerHead) base = capitalize(base);
                    central = false;
                }
            }
            TokenTrie.Match<Boolean> topical = lex.topicalHeads.longest(toks, i);
            if (topical != null && !t.caps()) {
                int remitEnd = remit(toks, topical.end());
                if (remitEnd > topical.end() && preceded(toks, i, lex.classBeforeRemit)) {
                    i = remitEnd - 1; // "thành lập Ban Chỉ đạo …": a body still to be set up
                    continue;
                }
                if (remitEnd > topical.end() && remitEnd > end) {
                    end = remitEnd;
                    base = display(toks, i, end);
                    central = false;
                }
            }
            if (end < 0) continue;
            // "Đảng ủy Quốc hội", "Đảng ủy Chính phủ": the Party committee of a named body is one body
            TokenTrie.Match<Boolean> committee = end < n ? lex.partyCommittees.longest(toks, i) : null;
            if (committee != null && committee.end() == end) {
                TokenTrie.Match<AgencyLexicon.Known> of = lex.names.longest(toks, end);
                if (of != null && toks.get(end).upperInitial()) {
                    String committeeName = vbtrace.text.Canonical.forMatching(display(toks, i, end));
                    int bodyEnd = of.end();
                    // "Đảng ủy Công an Trung ương": the body's name may go on in capitals
                    if (continuesCapitalized(toks, bodyEnd) && !startsName(toks, bodyEnd)) bodyEnd = body(toks, bodyEnd);
                    base = committeeName + " " + of.value().name()
                            + (bodyEnd > of.end() ? " " + display(toks, of.end(), bodyEnd) : "");
                    end = bodyEnd;
                    central = of.value().central();
                    // "Ban Thường vụ | Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương": a committee's
                    // standing body, when the committee itself is a known name reaching further
                    int inner = innerCommittee(toks, i, committee.end());
                    TokenTrie.Match<AgencyLexicon.Known> whole = inner > i ? lex.names.longest(toks, inner) : null;
                    if (whole != null && whole.end() > end) {
                        base = vbtrace.text.Canonical.forMatching(display(toks, i, inner)) + " " + whole.value().name();
                        end = whole.end();
                        central = whole.value().central();
                    }
                }
            }
            int suffixStart = end;
            Suffix s = central ? new Suffix(end, null, false) : province != null ? province : suffix(toks, end);
            String unitKind = s.level == null && !s.generic ? lex.unitCommittees.get(AgencyNames.key(base)) : null;
            if (unitKind != null) {
                // "Huyện ủy Bảo Yên", "Tỉnh ủy Lạng Sơn": the committee's place follows without a unit kind
                int p = placeEnd(toks, end);
                if (p > end) s = new Suffix(p, unitKind, false);
            }
            end = s.end;
            if (s.generic) {
                i = end - 1;
                continue;
            }
            // "Thuế tỉnh Lào Cai" is a body, "Thuế tài nguyên" is not
            if (s.level == null && head != null && head.value() == AgencyLexicon.HeadKind.UNIT && end == head.end()) continue;
            boolean generic = i > 0 && isClassWord(toks.get(i - 1)) || classContext(toks, i, end);
            if (base != null && known == null && inPlaceList(toks, i)) {
                // "xã Đoàn Kết", "phường Vụ Bổn": a place's name that opens like a body's
                i = end - 1;
                continue;
            }
            String suffixText = display(toks, suffixStart, end);
            if (!generic && !afterPosition[i] && !lex.generic.contains(AgencyNames.key(base))
                    && !lex.generic.contains(AgencyNames.key(base + " " + suffixText))) {
                out.add(new AgencyMention(t.start(), toks.get(end - 1).end(), base, suffixText,
                        s.level, s.group, central && s.level == null, i, end));
            }
            i = end - 1;
        }
        return out;
    }

    /**
     * A list of bodies sharing their head after a colon: "các Bộ, cơ quan: Nông nghiệp và Môi trường,
     * Tài chính, Giáo dục và Đào tạo" names "Bộ Nông nghiệp và Môi trường", "Bộ Tài chính" … Each
     * item is the longest known name the head makes with it, else its words up to the next comma
     * ("và" before a capital separates the last item). The list ends at an item that is no
     * capitalized name ("… và các sở, ban, ngành") or names a body of its own ("Văn phòng Chính phủ").
     * Adds the mentions to {@code out} and returns the token after the list, or {@code i} when none.
     */
    private int sharedHeadList(List<AgencyToken> toks, int i, List<AgencyMention> out) {
        int n = toks.size();
        if (i + 1 >= n) return i;
        TokenTrie.Match<AgencyLexicon.HeadKind> head = lex.heads.longest(toks, i + 1);
        if (head == null || head.value() != AgencyLexicon.HeadKind.OPEN || !toks.get(i + 1).upperInitial()) return i;
        int j = head.end();
        // "các Bộ, cơ quan:", "các Sở, ngành:": one or two lower-case words after each comma
        for (int groups = 0; groups < 3 && j + 1 < n && toks.get(j).is(",") && toks.get(j + 1).isWord()
                && !toks.get(j + 1).upperInitial() && !toks.get(j + 1).is("và"); groups++) {
            j += 2;
            if (j < n && toks.get(j).isWord() && !toks.get(j).upperInitial()) j++;
        }
        if (j >= n || !toks.get(j).is(":")) return i;
        List<AgencyToken> headToks = toks.subList(i + 1, head.end());
        String headText = display(toks, i + 1, head.end());
        // "Đảng uỷ các Bộ: Y tế, Nội vụ": the Party committees of those bodies
        String committee = "";
        for (int c = Math.max(0, i - 3); c < i; c++) {
            TokenTrie.Match<Boolean> pc = lex.partyCommittees.longest(toks, c);
            if (pc != null && pc.end() == i) {
                committee = vbtrace.text.Canonical.forMatching(display(toks, c, i)) + " ";
                // the committee alone was taken as a name just before: it is part of each item
                if (!out.isEmpty() && out.get(out.size() - 1).tokenStart() == c) out.remove(out.size() - 1);
            }
        }
        int k = j + 1, found = 0;
        while (k < n && toks.get(k).isWord() && toks.get(k).upperInitial() && !startsName(toks, k)) {
            List<AgencyToken> joined = new ArrayList<>(headToks);
            joined.addAll(toks.subList(k, Math.min(n, k + 12)));
            TokenTrie.Match<AgencyLexicon.Known> known = lex.names.longest(joined, 0);
            int end;
            String base;
            boolean central = false;
            if (known != null && known.end() > headToks.size()) {
                end = k + known.end() - headToks.size();
                base = known.value().name();
                central = known.value().central();
            } else {
                end = k;
                while (end < n && !toks.get(end).is(",") && toks.get(end).kind() != AgencyToken.Kind.BREAK
                        && !(toks.get(end).kind() == AgencyToken.Kind.PUNCT && !toks.get(end).is("-"))
                        && !(toks.get(end).is("và") && (end + 1 >= n || !toks.get(end + 1).upperInitial()))) end++;
                if (end - k > 8) break;
                base = headText + " " + display(toks, k, end);
            }
            out.add(new AgencyMention(toks.get(k).start(), toks.get(end - 1).end(), committee + base, "", null, false,
                    central && committee.isEmpty(), k, end));
            found++;
            k = end;
            if (k + 1 < n && (toks.get(k).is(",") || toks.get(k).is("và")) && toks.get(k + 1).upperInitial()) k++;
            else break;
        }
        return found == 0 ? i : k;
    }

    /**
     * After a unit kind and a place's name, over capitalized words, commas and "và": "các phường An
     * Lạc, Thống Nhất và Đoàn Kết". A unit kind that ends a name ("Công an Thành phố, Bộ Tư lệnh
     * Thành phố") opens no list of places.
     */
    private static boolean inPlaceList(List<AgencyToken> toks, int i) {
        int k = i - 1;
        for (int steps = 0; k >= 0 && steps < 40; k--, steps++) {
            AgencyToken t = toks.get(k);
            if (t.is(",") || t.is("và") || t.is("-") || t.is("'") || (t.isWord() && t.upperInitial())) continue;
            break;
        }
        return k >= 0 && endsLevel(toks.get(k)) && (k + 1 == i || toks.get(k + 1).isWord());
    }

    /** The last word of a unit kind ("xã", "phường", "thành phố", "đặc khu"), written in lower case. */
    private static boolean endsLevel(AgencyToken t) {
        if (!t.isWord() || t.upperInitial()) return false;
        switch (t.key()) {
            case "xã": case "phường": case "huyện": case "tỉnh": case "quận": case "phố": case "trấn": case "khu": return true;
            default: return false;
        }
    }

    /** A name inside words that make it a class: "lực lượng Công an xã", "Hội đồng nhân dân cùng cấp". */
    private boolean classContext(List<AgencyToken> toks, int from, int to) {
        if (to < toks.size() && lex.classAfter.longest(toks, to) != null) return true;
        return preceded(toks, from, lex.classBefore);
    }

    /** Whether one of the phrases ends right before token {@code from}. */
    private static boolean preceded(List<AgencyToken> toks, int from, List<List<String>> phrases) {
        for (List<String> before : phrases) {
            int k = from - before.size();
            if (k < 0) continue;
            boolean match = true;
            for (int m = 0; m < before.size() && match; m++) match = toks.get(k + m).key().equals(before.get(m));
            if (match) return true;
        }
        return false;
    }

    private static boolean isClassWord(AgencyToken t) {
        return t.is("các") || t.is("những") || t.is("mỗi") || t.is("từng");
    }

    /** The end of an open name's body starting at {@code k}, or {@code k} when there is none. */
    private int body(List<AgencyToken> toks, int k) {
        int n = toks.size(), start = k, last = k, lowerRun = 0;
        boolean first = true;
        while (k < n) {
            AgencyToken t = toks.get(k);
            if (t.isWord()) {
                if (t.upperInitial()) {
                    AgencyToken prev = toks.get(k - 1);
                    boolean joined = prev.is(",") || prev.is("và") || prev.is("-");
                    if (!first && !joined && lex.stops.longest(toks, k) != null) break;
                    if (!first && ((startsName(toks, k) && !isComplete(toks, k)) || lex.positions.longest(toks, k) != null)) break;
                    lowerRun = 0;
                } else {
                    if (first) break;
                    if (t.is("và") && k + 1 < n && toks.get(k + 1).upperInitial() && !startsName(toks, k + 1)) {
                        k++;
                        continue;
                    }
                    // "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"
                    if (t.is("và") && k + 2 < n && toks.get(k + 1).is("các") && toks.get(k + 2).upperInitial()
                            && !startsName(toks, k + 2)) {
                        k += 2;
                        continue;
                    }
                    if (lex.stops.longest(toks, k) != null || lex.levels.longest(toks, k) != null || t.is("cấp")) break;
                    // a body that runs on in lower case past the limit is a description, not a name:
                    // no body rather than one cut mid-phrase ("Ban Chỉ đạo tổng kiểm | kê tài sản …")
                    if (++lowerRun > MAX_LOWER_RUN) return start;
                }
                first = false;
                last = ++k;
            } else if ((t.is("-") || (t.is(",") && listGoesOn(toks, k + 1))) && !first && k + 1 < n
                    && toks.get(k + 1).upperInitial() && !startsName(toks, k + 1)) {
                k++;
            } else {
                break;
            }
        }
        return last;
    }

    /**
     * The end of the remit that names a steering committee or working group, or {@code k} when there
     * is none: "Ban Chỉ đạo | quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ",
     * "Ban Chỉ đạo | Nghị quyết số 57-NQ/TW". Words of any case, lists joined by commas and "và"; it
     * ends at a word of {@code remit-stops.txt} ("do", "khẩn trương"), a level ("tỉnh"), punctuation,
     * or the next body ("và Ban Chỉ đạo …", ", Văn phòng …"), never on a connector ("về", "các").
     * A remit longer than {@link #MAX_REMIT} words is a description: none.
     */
    private int remit(List<AgencyToken> toks, int k) {
        int n = toks.size(), start = k, last = k, words = 0;
        while (k < n && words <= MAX_REMIT) {
            AgencyToken t = toks.get(k);
            if (t.isWord()) {
                boolean joined = k > start && (toks.get(k - 1).is(",") || toks.get(k - 1).is("và"));
                if (t.upperInitial() && (startsName(toks, k) || joined && words > 0)) break;
                if (t.is("và")) {
                    if (words == 0 || k + 1 >= n || !toks.get(k + 1).isWord() || toks.get(k + 1).upperInitial()) break;
                    k++;
                    continue;
                }
                TokenTrie.Match<Boolean> stop = lex.remitStops.longest(toks, k);
                if (stop != null && (!stop.value() || words > 0) || lex.levels.longest(toks, k) != null) break;
                // "trong các cơ quan đảng" and "và các khu công nghiệp" go on; "Ban Chỉ đạo các cấp" does not
                if (t.is("các") && !toks.get(k - 1).is("trong") && !toks.get(k - 1).is("và")) break;
                // "báo cáo Ban Chỉ đạo về tiến độ": a remit opens with its subject, "quốc gia về …"
                if (words == 0 && CONNECTORS.contains(t.key())) break;
                // "của Chính phủ về …" belongs to the name, "của địa phương" does not
                if (t.is("của") && (k + 1 >= n || !toks.get(k + 1).upperInitial())) break;
                if (t.is("cấp") && k + 1 < n && lex.levels.longest(toks, k + 1) != null) break;
                if (t.is("số") && k + 1 < n && toks.get(k + 1).kind() == AgencyToken.Kind.NUMBER) {
                    // "Ban Chỉ đạo Nghị quyết số 57-NQ/TW": the number, written without spaces, ends the remit
                    k++;
                    while (k + 1 < n && toks.get(k + 1).start() == toks.get(k).end() && partOfNumber(toks.get(k + 1))) k++;
                    return k + 1;
                }
                words++;
                if (!CONNECTORS.contains(t.key())) last = k + 1;
                k++;
            } else if (t.is(",") && words > 0 && !toks.get(k - 1).upperInitial() && k + 1 < n && toks.get(k + 1).isWord()
                    && !startsName(toks, k + 1)) {
                k++;
            } else {
                break;
            }
        }
        if (words > MAX_REMIT || last - start < 2) return start; // "Tiểu ban bầu …", "Tổ kiểm tra bao …": no remit
        // "Ban Chỉ đạo triển khai …": a verb that wants its object is no remit by itself
        TokenTrie.Match<Boolean> verb = lex.remitStops.longest(toks, start);
        return verb != null && verb.end() == last ? start : last;
    }

    private static boolean partOfNumber(AgencyToken t) {
        return t.isWord() || t.kind() == AgencyToken.Kind.NUMBER || t.is("-") || t.is("/");
    }

    /** Words a remit holds but never ends on. */
    private static final Set<String> CONNECTORS = Set.of("về", "trong", "các", "của", "những", "và");

    /** A known name goes on only with a capitalized word ("Ban Chỉ đạo" + "Tây Bắc"), never a lower-case one. */
    private boolean continuesCapitalized(List<AgencyToken> toks, int k) {
        if (k >= toks.size()) return false;
        AgencyToken t = toks.get(k);
        return t.upperInitial() && !t.caps() && (!startsName(toks, k) || isComplete(toks, k));
    }

    /** A name of the kind that ends another ("Ban Tuyên giáo" + "Huyện ủy", "Văn phòng" + "UBND tỉnh"). */
    private boolean isComplete(List<AgencyToken> toks, int k) {
        TokenTrie.Match<AgencyLexicon.HeadKind> h = lex.heads.longest(toks, k);
        return h != null && h.value() == AgencyLexicon.HeadKind.COMPLETE;
    }

    /** A comma inside a name is a list of fields that ends with "và": "Truyền thông, Dữ liệu và Công nghệ số". */
    private static boolean listGoesOn(List<AgencyToken> toks, int k) {
        for (int i = k; i < toks.size() && i < k + 6; i++) {
            AgencyToken t = toks.get(i);
            if (t.is("và")) return i + 1 < toks.size() && toks.get(i + 1).upperInitial();
            if (!t.isWord()) return false;
        }
        return false;
    }

    private boolean startsName(List<AgencyToken> toks, int k) {
        return lex.heads.longest(toks, k) != null || lex.names.longest(toks, k) != null;
    }

    private record Suffix(int end, String level, boolean group, boolean generic) {
        Suffix(int end, String level, boolean group) {
            this(end, level, group, false);
        }
    }

    /** A unit suffix at {@code k}: "tỉnh", "huyện Bảo Yên", "cấp xã", "các huyện, thị xã miền núi". */
    private Suffix suffix(List<AgencyToken> toks, int k) {
        int n = toks.size();
        if (k >= n) return new Suffix(k, null, false);
        AgencyToken t = toks.get(k);
        if (t.is("các") && k + 1 < n) {
            TokenTrie.Match<Boolean> lv = lex.levels.longest(toks, k + 1);
            if (lv == null) return new Suffix(k, null, false);
            String level = display(toks, k + 1, lv.end()).toLowerCase(Locale.ROOT);
            int j = lv.end();
            // "các xã, phường và đặc khu", "các tỉnh/thành phố"
            while (j + 1 < n && (toks.get(j).is(",") || toks.get(j).is("và") || toks.get(j).is("/"))) {
                TokenTrie.Match<Boolean> more = lex.levels.longest(toks, j + 1);
                if (more == null) break;
                j = more.end();
            }
            j = qualifiers(toks, j);
            return new Suffix(j, level, true);
        }
        int j = k;
        if (t.is("cấp") && k + 1 < n) j = k + 1;
        TokenTrie.Match<Boolean> lv = lex.levels.longest(toks, j);
        if (lv == null) return new Suffix(k, null, false);
        String level = display(toks, j, lv.end()).toLowerCase(Locale.ROOT);
        j = lv.end();
        if (t.is("cấp")) {
            // "cấp xã" is a group of its own; "cấp tỉnh, huyện, xã" is every level: a class
            boolean many = j + 1 < n && toks.get(j).is(",") && lex.levels.longest(toks, j + 1) != null;
            return new Suffix(j, "cấp " + level, true, many);
        }
        if (j + 1 < n && toks.get(j).is(",") && lex.levels.longest(toks, j + 1) != null) {
            // "UBND xã, phường, đặc khu": the units of several kinds
            while (j + 1 < n && (toks.get(j).is(",") || toks.get(j).is("và"))) {
                TokenTrie.Match<Boolean> more = lex.levels.longest(toks, j + 1);
                if (more == null) break;
                j = more.end();
            }
            return new Suffix(j, level, true);
        }
        if (j < n && toks.get(j).is("cấp")) return new Suffix(k, null, false); // "tỉnh cấp …" is not a suffix
        int placeStart = j;
        j = placeEnd(toks, j);
        return new Suffix(placeStart + placeWords(toks, placeStart, j - placeStart, level), level, false);
    }

    /**
     * "Ban Quản lý Khu kinh tế mở Chu Lai": an open head's body runs past a known name through one or
     * two lower-case words to a proper name of two words or more (one capitalized word after a verb is
     * no name: "Sở Y tế đăng tải Số …").
     */
    private boolean namedOnBeyond(List<AgencyToken> toks, TokenTrie.Match<AgencyLexicon.HeadKind> head, int knownEnd) {
        if (head.value() != AgencyLexicon.HeadKind.OPEN) return false;
        int e = body(toks, head.end()), proper = e;
        while (proper > knownEnd && toks.get(proper - 1).isWord() && toks.get(proper - 1).upperInitial()) proper--;
        int lower = proper - knownEnd;
        return e - proper >= 2 && lower >= 1 && lower <= 2;
    }

    /** A province's name written at {@code k} without its unit kind ("Lào Cai"), its kind as the level; null when none. */
    private Suffix provinceSuffix(List<AgencyToken> toks, int k) {
        int e = placeEnd(toks, k);
        if (e == k) return null;
        return GAZETTEER.province(display(toks, k, e), (Integer) null).map(p -> new Suffix(e, p.kind(), false)).orElse(null);
    }

    /** The end of the capitalized words of a place's name at {@code j} ({@code j} when none). */
    private int placeEnd(List<AgencyToken> toks, int j) {
        int n = toks.size(), words = 0;
        while (j < n && words < MAX_PLACE_WORDS && toks.get(j).isWord() && toks.get(j).upperInitial()
                && !startsName(toks, j) && lex.stops.longest(toks, j) == null) {
            j++;
            words++;
            // "tỉnh Bà Rịa - Vũng Tàu": a hyphen joins two parts of a place's name, each up to the limit
            if (j + 1 < n && toks.get(j).is("-") && toks.get(j + 1).isWord() && toks.get(j + 1).upperInitial()
                    && !startsName(toks, j + 1) && lex.stops.longest(toks, j + 1) == null) {
                j++;
                words = 0;
            }
        }
        return j;
    }

    /**
     * How many of the capitalized words after a province or district kind are its name: the longest
     * run the gazetteer knows ("tỉnh Đồng Nai" in "… tỉnh Đồng Nai Sửa đổi …"); all of them when it
     * knows none (communes, new names).
     */
    private static int placeWords(List<AgencyToken> toks, int from, int words, String level) {
        if (words <= 1 || level.equals("xã") || level.equals("phường") || level.equals("thị trấn") || level.equals("đặc khu")) {
            return words;
        }
        for (int k = words; k >= 1; k--) {
            if (toks.get(from + k - 1).is("-")) continue;
            if (!GAZETTEER.find(display(toks, from, from + k), (Integer) null).isEmpty()) return k;
        }
        return words;
    }

    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    private int qualifiers(List<AgencyToken> toks, int j) {
        TokenTrie.Match<Boolean> q = lex.qualifiers.longest(toks, j);
        while (q != null) {
            j = q.end();
            if (j + 1 < toks.size() && toks.get(j).is(",")) {
                TokenTrie.Match<Boolean> more = lex.qualifiers.longest(toks, j + 1);
                if (more == null) break;
                q = more;
            } else break;
        }
        return j;
    }

    /** The start of the last Party committee head in {@code [from, to)} that ends at {@code to} ("Đảng ủy" of "Ban Thường vụ Đảng ủy"). */
    private int innerCommittee(List<AgencyToken> toks, int from, int to) {
        for (int j = to - 1; j > from; j--) {
            TokenTrie.Match<Boolean> m = lex.partyCommittees.longest(toks, j);
            if (m != null && m.end() == to) return j;
        }
        return from;
    }

    /**
     * The spelling of tokens {@code [from, to)}: words joined by spaces, "," attached, " - " for
     * hyphens, "&" as "và"; words in capitals (a header line) in lower case, place names capitalized.
     */
    static String display(List<AgencyToken> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        boolean allCaps = true, glue = false;
        for (int i = from; i < to; i++) {
            AgencyToken t = toks.get(i);
            if (t.isWord() && !t.expanded() && !t.caps()) allCaps = false;
        }
        for (int i = from; i < to; i++) {
            AgencyToken t = toks.get(i);
            String s = t.display();
            if (t.is("và")) s = "và";
            if (t.caps() && (allCaps || isLevelWord(t.key()) || isPlaceWord(toks, i))) {
                s = s.toLowerCase(Locale.ROOT);
                if ((i == from && !isLevelWord(t.key())) || isPlaceWord(toks, i)) {
                    s = capitalize(s);
                }
            }
            if (t.is(",")) {
                b.append(',');
                continue;
            }
            // a document number in a name ("Ban Chỉ đạo Nghị quyết số 57-NQ/TW") keeps its "-" and "/" tight
            boolean inNumber = t.is("/") || t.is("-") && i > from && toks.get(i - 1).kind() == AgencyToken.Kind.NUMBER;
            if (inNumber) {
                b.append(t.display());
                glue = true;
                continue;
            }
            if (t.kind() == AgencyToken.Kind.PUNCT && !t.is("-")) continue;
            if (b.length() > 0 && !glue) b.append(' ');
            glue = false;
            b.append(t.is("-") ? "-" : s);
        }
        return b.toString();
    }

    /** In a capitals line, words after a unit kind are the place's name ("TỈNH BẮC GIANG"). */
    private static boolean isPlaceWord(List<AgencyToken> toks, int i) {
        if (isLevelWord(toks.get(i).key())) return false;
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (isLevelWord(toks.get(k).key())) return true;
        }
        return false;
    }

    private static boolean isLevelWord(String key) {
        return key.equals("tỉnh") || key.equals("huyện") || key.equals("xã") || key.equals("phố")
                || key.equals("phường") || key.equals("quận") || key.equals("thành");
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
