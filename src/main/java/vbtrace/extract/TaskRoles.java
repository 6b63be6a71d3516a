package vbtrace.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vbtrace.model.Role;

/**
 * The role rule of the annotation guide: LEAD if the block says "chủ trì" or "cơ quan thường trực"
 * anywhere; otherwise COORDINATE if its body opens with "Phối hợp"; otherwise RESPONSIBLE. And the
 * coordinators: agencies named after "phối hợp" up to the end of that clause.
 */
final class TaskRoles {
    private TaskRoles() {}

    static Role role(List<AgencyToken> toks, int from, int bodyFrom, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (toks.get(i).is("chủ") && toks.get(i + 1).is("trì")) return Role.LEAD;
            if (i + 3 < to && toks.get(i).is("cơ") && toks.get(i + 1).is("quan") && toks.get(i + 2).is("thường")
                    && toks.get(i + 3).is("trực")) return Role.LEAD;
        }
        int i = bodyFrom;
        while (i < to && !toks.get(i).isWord()) i++;
        if (i + 1 < to && toks.get(i).is("phối") && toks.get(i + 1).is("hợp")) return Role.COORDINATE;
        return Role.RESPONSIBLE;
    }

    static List<String> coordinators(List<AgencyToken> toks, AgencyMention[] mentionAt, AgencyNames.Resolution names,
                                     int from, int to, Set<String> own, TaskWords words) {
        Set<String> out = new LinkedHashSet<>();
        int limit = to < toks.size() ? toks.get(to - 1).end() : Integer.MAX_VALUE;
        for (int i = from; i + 1 < to; i++) {
            if (!(toks.get(i).is("phối") && toks.get(i + 1).is("hợp"))) continue;
            int k = i + 2;
            while (k < to && (toks.get(k).is("chặt") || toks.get(k).is("chẽ") || toks.get(k).is("với")
                    || toks.get(k).is("cùng") || toks.get(k).is(","))) k++;
            // the partners are a noun phrase: read it like an assignee phrase
            AssigneePhrase.Result r = AssigneePhrase.read(toks, mentionAt, k, limit, false, words);
            for (AgencyMention m : r.agencies()) {
                String name = names.nameOf(m);
                if (!own.contains(name)) out.add(name);
            }
        }
        return new ArrayList<>(out);
    }
}
