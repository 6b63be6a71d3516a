package vbtrace.extract;

import java.util.List;
import java.util.Set;

/**
 * The named group that Party resolutions assign work to: "các huyện ủy, thành ủy, đảng ủy trực
 * thuộc", "các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương" — a list of at least two kinds of
 * Party committee, optionally "trực thuộc" a body — and "Ban Thường vụ" of such a group. The
 * Party counterpart of "Ủy ban nhân dân các huyện, thành phố"; one kind alone ("các cấp ủy") is a class.
 */
final class PartyCommitteeGroups {
    private static final Set<String> KINDS = Set.of("tỉnh", "thành", "huyện", "quận", "thị", "đảng");
    private static final Set<String> OVER = Set.of("trung ương", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy");

    private PartyCommitteeGroups() {}

    /** The token after a group opening with "các" at {@code i}, or -1. */
    static int end(List<AgencyToken> toks, int i) {
        int n = toks.size();
        if (i >= n || !toks.get(i).is("các")) return -1;
        int k = i + 1, kinds = 0;
        while (k + 1 < n && KINDS.contains(toks.get(k).key()) && toks.get(k + 1).is("ủy")) {
            kinds++;
            k += 2;
            if (k + 1 < n && (toks.get(k).is(",") || toks.get(k).is("và")) && KINDS.contains(toks.get(k + 1).key())) k++;
            else break;
        }
        if (kinds < 2) return -1;
        if (k + 1 < n && toks.get(k).is("trực") && toks.get(k + 1).is("thuộc")) {
            k += 2;
            if (k + 1 < n && OVER.contains(toks.get(k).key() + " " + toks.get(k + 1).key())) k += 2;
        }
        return k;
    }

    /** Where "Ban Thường vụ" right before the group at {@code i} starts, else {@code i}. */
    static int standingCommitteeStart(List<AgencyToken> toks, int i) {
        return i >= 3 && toks.get(i - 3).is("ban") && toks.get(i - 2).is("thường") && toks.get(i - 1).is("vụ") ? i - 3 : i;
    }
}
