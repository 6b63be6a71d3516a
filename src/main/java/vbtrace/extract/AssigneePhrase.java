package vbtrace.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads who a block or sentence is addressed to: after an optional "Giao"/"Đề nghị", the agency
 * names up to the predicate ("… chủ trì"), a colon, a full stop, an opening parenthesis or the end
 * of the line's paragraph. Generic phrases and positions in between are passed over ("Thủ trưởng
 * các sở, ban, ngành cấp tỉnh, UBND các huyện chủ động …" is addressed to the district committees).
 */
final class AssigneePhrase {
    enum End { VERB, COLON, BREAK, STOP, LIMIT }

    /**
     * @param agencies   the mentions addressed, in order
     * @param endToken   index of the token that ended the phrase
     * @param end        how it ended
     */
    record Result(List<AgencyMention> agencies, int endToken, End end) {}

    private static final int MAX_OTHER_WORDS = 25;

    private AssigneePhrase() {}

    /**
     * @param initial the first name must open the phrase (for unlabelled paragraphs, where a generic
     *                opening — "Yêu cầu các sở, ban, ngành, UBND các huyện …" — is no assignment)
     */
    static Result read(List<AgencyToken> toks, AgencyMention[] mentionAt, int from, int limitOffset, boolean initial,
                       TaskWords words) {
        int n = toks.size();
        int i = from;
        TokenTrie.Match<Boolean> lead = i < n ? words.assignWords.longest(toks, i) : null;
        if (lead != null) i = lead.end();
        int first = i;
        List<AgencyMention> agencies = new ArrayList<>();
        int others = 0;
        while (i < n && toks.get(i).start() < limitOffset) {
            AgencyToken t = toks.get(i);
            AgencyMention m = mentionAt[i];
            if (m != null) {
                if (initial && agencies.isEmpty() && i != first) break;
                // "các cơ quan thuộc Thành ủy", "các Ban của HĐND": the body only qualifies a class
                boolean qualifies = i > first && (toks.get(i - 1).is("thuộc") || toks.get(i - 1).is("của"));
                if (!qualifies) agencies.add(m);
                i = m.tokenEnd();
                // "UBND các tỉnh: Lào Cai, Đồng Nai và Thái Nguyên chịu trách nhiệm …" — the colon lists the units
                if (m.group() && i < n && toks.get(i).is(":") && !initial) i++;
                continue;
            }
            if (initial && agencies.isEmpty()) return new Result(agencies, i, End.STOP);
            if (initial && t.isWord() && !t.is("và") && words.subjectEnds.longest(toks, i) == null) {
                // a paragraph's assignees are a plain list: "Sở Y tế, Sở Tài chính và Công an tỉnh: …"
                return new Result(agencies, i, End.STOP);
            }
            switch (t.kind()) {
                case BREAK:
                    return new Result(agencies, i, End.BREAK);
                case PUNCT:
                    if (t.is(":")) return new Result(agencies, i, End.COLON);
                    if (t.is(".") || t.is(";") || t.is("(") || t.is("[")) return new Result(agencies, i, End.STOP);
                    break;
                case WORD:
                    if (words.subjectEnds.longest(toks, i) != null) return new Result(agencies, i, End.VERB);
                    if (++others > MAX_OTHER_WORDS) return new Result(agencies, i, End.LIMIT);
                    break;
                default:
                    break;
            }
            i++;
        }
        return new Result(agencies, i, End.BREAK);
    }
}
