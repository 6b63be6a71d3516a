package vbtrace.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vbtrace.model.Role;
import vbtrace.model.Span;
import vbtrace.model.Task;
import vbtrace.structure.DocumentStructure;
import vbtrace.text.Canonical;

/**
 * One task per assignee block of the implementation sections ("TỔ CHỨC THỰC HIỆN", "NHIỆM VỤ CỦA
 * CÁC SỞ, NGÀNH …"), per inline assignment ("Ban Tuyên giáo Huyện ủy: Chỉ đạo …") and per row of
 * an assignment table; a block naming several agencies gives one task each, a block addressed only
 * to a generic phrase none. Role: LEAD when the block says "chủ trì" or "cơ quan thường trực",
 * COORDINATE when it opens with "Phối hợp", else RESPONSIBLE.
 */
public final class TaskExtractor {
    private static final int MAX_HEADING = 100;

    private final AgencyExtractor agencies;
    private final TaskWords words = TaskWords.STANDARD;

    public TaskExtractor() {
        this(new AgencyExtractor());
    }

    public TaskExtractor(AgencyExtractor agencies) {
        this.agencies = agencies;
    }

    /** The tasks of a document, analysing its agencies first. */
    public List<Task> extract(String text, DocumentStructure structure) {
        return extract(agencies.analyze(text, structure));
    }

    /** The tasks of a document whose agencies are analysed (the pipeline shares one analysis with the agency stage). */
    public List<Task> extract(AgencyExtractor.Analysis a) {
        String text = a.text();
        List<AgencyToken> toks = a.tokens();
        AgencyMention[] mentionAt = new AgencyMention[toks.size()];
        for (AgencyMention m : a.mentions()) mentionAt[m.tokenStart()] = m;
        List<Span> excluded = a.excluded();
        List<TaskOutline.Item> items = TaskOutline.scan(text);
        List<AssignmentTables.Table> tables = AssignmentTables.find(text);
        List<Span> tableSpans = new ArrayList<>();
        for (AssignmentTables.Table t : tables) tableSpans.add(t.span());
        Block ctx = new Block(text, toks, mentionAt, a.resolution());

        List<Task> out = new ArrayList<>();
        int sectionEnd = -1, claimed = -1, from = 0;
        for (int i = 0; i < items.size(); i++) {
            TaskOutline.Item it = items.get(i);
            if (AgencyScope.inside(excluded, it.start()) || AgencyScope.inside(tableSpans, it.start())) continue;
            TaskFields.Field field = TaskFields.read(text, it.contentStart(), it.lineEnd());
            if (field != null) {
                if (field.role() != Role.COORDINATE) out.addAll(ctx.fieldTasks(field, it, items, i));
                continue;
            }
            boolean inSection = it.start() < sectionEnd;
            if (!inSection && isImplementationHeading(text, it)) {
                sectionEnd = it.end();
                continue;
            }
            if (it.start() < claimed) continue;
            from = tokenAt(toks, it.contentStart(), from);
            boolean para = it.kind() == TaskOutline.Kind.PARA;
            AssigneePhrase.Result r = AssigneePhrase.read(toks, mentionAt, from, it.end(), para || !inSection, words);
            if (r.agencies().isEmpty()) continue;
            boolean inline = r.end() == AssigneePhrase.End.COLON;
            // "Giao Bộ Tài chính nghiên cứu …", "Đề nghị UBND tỉnh chủ trì …": an assignment wherever it stands
            boolean assigned = r.end() == AssigneePhrase.End.VERB && words.assignWords.longest(toks, from) != null;
            // "Bộ Nông nghiệp và Môi trường khẩn trương chủ trì …": a body opening its sentence with a
            // directive predicate is assigned there too (conclusions answering a province's requests)
            boolean directive = r.end() == AssigneePhrase.End.VERB && !inSection
                    && words.directiveWords.longest(toks, r.endToken()) != null;
            if (!inSection && !inline && !assigned && !directive) continue;
            if (para && !inline && r.end() != AssigneePhrase.End.VERB) continue;
            int end = it.end();
            if (para && inline) end = paragraphBlockEnd(items, i, text);
            out.addAll(ctx.tasks(r, it, end, words));
            claimed = end;
        }
        out.addAll(AssignmentTables.tasks(text, toks, mentionAt, a.resolution(), tables));
        return out;
    }

    /** A paragraph ending in "X:" owns the bullets under it, up to the next paragraph. */
    private static int paragraphBlockEnd(List<TaskOutline.Item> items, int i, String text) {
        TaskOutline.Item para = items.get(i);
        String line = text.substring(para.contentStart(), Math.min(para.end(), text.length())).strip();
        if (!line.endsWith(":")) return para.end();
        for (int k = i + 1; k < items.size(); k++) {
            TaskOutline.Item next = items.get(k);
            if (next.kind() == TaskOutline.Kind.PARA || next.depth() < para.depth()
                    || next.kind() == TaskOutline.Kind.ROMAN || next.kind() == TaskOutline.Kind.CAPS) return next.start();
        }
        return text.length();
    }

    boolean isImplementationHeading(String text, TaskOutline.Item it) {
        switch (it.kind()) {
            case CAPS: case ROMAN: case ARTICLE: case NUM1: case NUM2: break;
            default: return false;
        }
        int end = Math.min(it.lineEnd(), it.contentStart() + 2 * MAX_HEADING);
        String heading = plain(text, it.contentStart(), end, MAX_HEADING);
        if (heading == null || heading.length() > MAX_HEADING || heading.isEmpty()) return false;
        String f = Canonical.fold(heading);
        for (String h : words.implementationHeadings) if (f.contains(h)) return true;
        return false;
    }

    /**
     * The text of {@code [from, to)} without markup ("*", "_", "|", "#"), its whitespace runs as one
     * space, stripped; null as soon as it holds more than {@code max} characters other than whitespace
     * (longer than {@code max} whatever the strip removes: most numbered lines are paragraphs, no headings).
     */
    private static String plain(String text, int from, int to, int max) {
        int solid = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '*' && c != '_' && c != '|' && c != '#' && !Character.isWhitespace(c) && ++solid > max) return null;
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '|' || c == '#') continue;
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) b.append(c);
            else if (b.isEmpty() || b.charAt(b.length() - 1) != ' ') b.append(' ');
        }
        return b.toString().strip();
    }

    /** The first token starting at or after {@code offset}. */
    static int tokenAt(List<AgencyToken> toks, int offset) {
        int lo = 0, hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /**
     * {@link #tokenAt(List, int)} searching from {@code hint}, the answer for an earlier offset: items
     * come in text order, so the answer is near and found by doubling steps from there, over tokens
     * close in memory rather than a search over the whole document.
     */
    private static int tokenAt(List<AgencyToken> toks, int offset, int hint) {
        int n = toks.size();
        if (hint < 0 || hint > n || hint > 0 && toks.get(hint - 1).start() >= offset) return tokenAt(toks, offset);
        int lo = hint, hi = hint, step = 1; // tokens before lo start before offset
        while (hi < n && toks.get(hi).start() < offset) {
            lo = hi + 1;
            hi = lo + step;
            step <<= 1;
        }
        hi = Math.min(hi, n); // the answer is in [lo, hi]
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** What the tasks of one document share: text, tokens, mentions by first token, final names. */
    record Block(String text, List<AgencyToken> toks, AgencyMention[] mentionAt, AgencyNames.Resolution names) {
        /**
         * The tasks of one block. Its body — what the role rule reads as the opening and the task's
         * text — follows the assignee: after a heading line ("1. Ban Dân tộc" + blank line), after
         * the colon of "X: …", else the whole sentence ("Sở Y tế chủ trì …").
         */
        List<Task> tasks(AssigneePhrase.Result r, TaskOutline.Item item, int end, TaskWords words) {
            int fromTok = r.agencies().get(0).tokenStart(), toTok = tokenAt(toks, end);
            int bodyTok;
            int headingBreak = headingBreak(r, item, end);
            if (headingBreak >= 0) bodyTok = headingBreak;
            else if (r.end() == AssigneePhrase.End.COLON) bodyTok = r.endToken();
            else bodyTok = -1;
            int roleTok = bodyTok >= 0 ? bodyTok : r.endToken();
            while (roleTok < toTok && !toks.get(roleTok).isWord()) roleTok++;
            int bodyStart;
            if (bodyTok >= 0) {
                while (bodyTok < toTok && !toks.get(bodyTok).isWord()) bodyTok++;
                bodyStart = bodyTok < toTok ? toks.get(bodyTok).start() : item.contentStart();
            } else {
                bodyStart = item.contentStart();
            }
            int bodyEnd = end;
            while (bodyEnd > bodyStart && Character.isWhitespace(text.charAt(bodyEnd - 1))) bodyEnd--;
            Role role = TaskRoles.role(toks, fromTok, roleTok, toTok);
            Set<String> own = new LinkedHashSet<>();
            for (AgencyMention m : r.agencies()) own.add(names.nameOf(m));
            List<String> coordinators = TaskRoles.coordinators(toks, mentionAt, names, fromTok, toTok, own, words);
            // "Sở KH&CN, Sở Nội vụ" + "Sở KH&CN chủ trì, phối hợp với Sở Nội vụ …": a heading's second
            // body that the block makes the partner only supports
            Set<String> partners = own.size() > 1 && role == Role.LEAD
                    ? new LinkedHashSet<>(TaskRoles.coordinators(toks, mentionAt, names, fromTok, toTok, Set.of(), words))
                    : Set.of();
            String body = text.substring(bodyStart, bodyEnd);
            String section = item.section().isEmpty() ? null : item.section();
            List<Task> out = new ArrayList<>();
            for (String agency : own) {
                boolean partner = partners.contains(agency) && !partners.containsAll(own);
                out.add(new Task(agency, partner ? Role.COORDINATE : role, coordinators, section, body, bodyStart, bodyEnd));
            }
            return out;
        }

        /**
         * The tasks of a "Cơ quan chủ trì: …" / "Cơ quan thực hiện: …" field: one per body named in it
         * (bodies that only qualify a class, "cơ quan thuộc Chính phủ", are passed over), with the
         * bodies of the "Cơ quan phối hợp: …" fields that follow as coordinators.
         */
        List<Task> fieldTasks(TaskFields.Field field, TaskOutline.Item item, List<TaskOutline.Item> items, int index) {
            Set<String> own = namesIn(field.valueStart(), item.lineEnd());
            if (own.isEmpty()) return List.of();
            Set<String> coordinators = new LinkedHashSet<>();
            for (int k = index + 1; k < items.size(); k++) {
                TaskOutline.Item next = items.get(k);
                TaskFields.Field f = TaskFields.read(text, next.contentStart(), next.lineEnd());
                if (f == null) break;
                if (f.role() == Role.COORDINATE) coordinators.addAll(namesIn(f.valueStart(), next.lineEnd()));
            }
            coordinators.removeAll(own);
            int start = item.contentStart(), end = item.lineEnd();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            String section = item.section().isEmpty() ? null : item.section();
            List<Task> out = new ArrayList<>();
            for (String agency : own) {
                out.add(new Task(agency, field.role(), new ArrayList<>(coordinators), section,
                        text.substring(start, end), start, end));
            }
            return out;
        }

        private Set<String> namesIn(int from, int to) {
            Set<String> out = new LinkedHashSet<>();
            for (int i = tokenAt(toks, from); i < toks.size() && toks.get(i).start() < to; i++) {
                AgencyMention m = mentionAt[i];
                if (m == null) continue;
                boolean qualifies = i > 0 && (toks.get(i - 1).is("thuộc") || toks.get(i - 1).is("của"));
                if (!qualifies) out.add(names.nameOf(m));
                i = m.tokenEnd() - 1;
            }
            return out;
        }

        /** The token after the first paragraph break when the block opens with a heading line, else -1. */
        private int headingBreak(AssigneePhrase.Result r, TaskOutline.Item item, int end) {
            int i = r.endToken();
            while (i < toks.size() && toks.get(i).start() < end) {
                AgencyToken t = toks.get(i);
                if (t.kind() == AgencyToken.Kind.BREAK) return t.start() - item.contentStart() <= MAX_HEADING ? i : -1;
                if (t.is(".")) return -1;
                i++;
            }
            return -1;
        }
    }
}
