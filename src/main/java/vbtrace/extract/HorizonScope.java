package vbtrace.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What governs each line of a document for targets and deadlines: the horizon year of the
 * enclosing headings ("2.1. Giai đoạn 2021 - 2025" → 2025, "- Đến năm 2025 phấn đấu hoàn thành
 * các chỉ tiêu:" → 2025), whether the line sits in an assessment section ("I- ĐÁNH GIÁ TÌNH
 * HÌNH", "KẾT QUẢ THỰC HIỆN NĂM 2024") or under objectives ("2. Mục tiêu cụ thể"), and the
 * nearest heading (an assignee block's agency).
 *
 * <p>Lists in these documents nest by label kind ("II." › "2." › "2.1." › "-" › "+" or "(1)"),
 * and the kinds nest differently from one document to the next, so nesting is read the way
 * the document writes it: a label kind already open closes everything opened after it, a new
 * kind opens a child. Bullets count, because horizons are often bullets ("- Giai đoạn 2025-2027").
 */
final class HorizonScope {
    /** {@code year} is the horizon, or in an assessment section the year measured. */
    record Scope(Integer year, boolean assessment, boolean objectives, boolean goals, String heading) {
        static final Scope NONE = new Scope(null, false, false, false, null);
    }

    private static final Pattern LABEL = Pattern.compile(
            "^[#>*_|\\s]*(?:(?<article>điều\\s+\\d{1,3})\\s*[.:]|(?<roman>[ivxl]{1,4})\\s*[.\\-–:]|(?<n3>\\d{1,2}\\.\\d{1,2}\\.\\d{1,2})\\.?"
                    + "|(?<n2>\\d{1,2}\\.\\d{1,2})\\.?|(?<n1>\\d{1,2})\\s*[.\\-–](?!\\d)|(?<n1p>\\d{1,2}\\))"
                    + "|(?<alpha>[a-zđ])\\)|(?<paren>\\(\\d{1,2}\\))|(?<dash>[-–—])|(?<plus>\\+)"
                    + "|(?<bullet>[•·*]))(?=[*_\\s])[*_\\s]*");
    private static final java.util.Set<String> TOP_LEVEL = java.util.Set.of("article", "roman", "caps");
    private static final java.util.Set<String> BULLETS = java.util.Set.of("dash", "plus", "bullet", "paren", "n1p", "lead");
    private static final String[] KINDS = {"article", "roman", "n3", "n2", "n1", "n1p", "alpha", "paren", "dash", "plus", "bullet"};

    /** A horizon at the start of a heading: "Giai đoạn 2021 - 2025", "Mục tiêu đến năm 2030", "Năm 2025". */
    static final Pattern LEADING_HORIZON = Pattern.compile(
            "^(?:(?:mục tiêu|chỉ tiêu|các chỉ tiêu|định hướng|phấn đấu|tầm nhìn|cụ thể|chung|kế hoạch)[\\s,:]*)*"
                    + "(?:" + Horizons.HORIZON + ")", TargetLexicon.FLAGS);
    private static final Pattern ANY_HORIZON = Pattern.compile(Horizons.HORIZON, TargetLexicon.FLAGS);
    private static final Pattern ASSESSMENT = Pattern.compile(
            "^" + TargetLexicon.alternation("targets/assessment-headings.txt") + "(?!\\p{L})", TargetLexicon.FLAGS);
    /** Objectives: a heading opening on one of these words, or naming a goal anywhere. */
    private static final Pattern OBJECTIVE_HEADING = Pattern.compile(
            TargetLexicon.alternation("targets/objective-headings.txt") + "(?!\\p{L})", TargetLexicon.FLAGS);
    private static final ScanPattern GOAL = ScanPattern.of(Pattern.compile("(?<!\\p{L})" + TargetExtractor.GOAL + "(?!\\p{L})", TargetLexicon.FLAGS));
    /** "II. MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP" covers tasks too: only its "Mục tiêu" child is objectives. */
    private static final ScanPattern TASKS = ScanPattern.of(Pattern.compile("(?<!\\p{L})(?:nhiệm vụ|giải pháp|tổ chức thực hiện)(?!\\p{L})", TargetLexicon.FLAGS));
    private static final ScanPattern GOALS = ScanPattern.of(Pattern.compile("(?<!\\p{L})(?:" + TargetExtractor.GOAL + "|phấn đấu|tầm nhìn|định hướng)(?!\\p{L})", TargetLexicon.FLAGS));
    private static final Pattern NOT_ASSESSMENT = Pattern.compile(
            "mục tiêu|nhiệm vụ|giải pháp|phương hướng|tổ chức thực hiện|kế hoạch", TargetLexicon.FLAGS);

    private final int[] lineStarts;
    private final Scope[] scopes;

    private HorizonScope(int[] lineStarts, Scope[] scopes) {
        this.lineStarts = lineStarts;
        this.scopes = scopes;
    }

    /** {@code goals}: objectives proper ("Mục tiêu", a horizon), not "chỉ tiêu" alone, which in legal texts names statistics. */
    private record Open(String kind, Integer year, boolean assessment, boolean objectives, boolean goals, String heading) {}

    /** @param text the document; @param low its {@link TargetLexicon#matchingForm}. */
    static HorizonScope of(String text, String low) {
        int[] starts = new int[64];
        int lines = 0;
        List<Scope> scopes = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        Matcher label = LABEL.matcher(low);
        Scope scope = Scope.NONE;
        int pos = 0, n = low.length();
        while (pos < n) {
            int eol = low.indexOf('\n', pos);
            if (eol < 0) eol = n;
            int s = pos, e = eol;
            while (s < e && Character.isWhitespace(low.charAt(s))) s++;
            if (s < e) {
                String kind = mayBeLabel(low, s, e) && label.region(s, e).lookingAt() ? kindOf(label) : null;
                int restStart = kind == null ? s : label.end();
                if (kind == null && isCapsHeading(text, s, e)) kind = "caps";
                boolean leadIn = endsWithColon(low, restStart, e);
                String rest = kind != null || leadIn ? stripMarkup(low.substring(restStart, e)) : null;
                boolean heading = "caps".equals(kind) || kind != null && isHeadingLike(rest);
                if (kind == null && leadIn && mayNameYear(rest) && LEADING_HORIZON.matcher(rest).lookingAt()) kind = "lead";
                if (kind != null) {
                    if (containsKind(stack, kind)) {
                        while (!stack.isEmpty() && !stack.pop().kind().equals(kind)) { /* close deeper */ }
                    } else if (TOP_LEVEL.contains(kind)) {
                        // "I.", "Điều 3." and capital headings open the body's top level, whatever list came before
                        while (!stack.isEmpty() && !stack.peek().kind().equals("caps")) stack.pop();
                    } else if (!BULLETS.contains(kind)) {
                        // a numbered heading never nests under a bullet ("- (Ban hành kèm theo …)" then "2.")
                        while (!stack.isEmpty() && BULLETS.contains(stack.peek().kind())) stack.pop();
                    }
                    stack.push(open(kind, rest, heading || leadIn, text, restStart, e));
                    scope = current(stack);
                }
                if (lines == starts.length) starts = Arrays.copyOf(starts, 2 * lines);
                starts[lines++] = s;
                scopes.add(scope);
            }
            pos = eol + 1;
        }
        return new HorizonScope(Arrays.copyOf(starts, lines), scopes.toArray(new Scope[0]));
    }

    /** Most lines open on a word: only a few letters can start a label ("a)", "IV.", "Điều 3."). */
    private static boolean mayBeLabel(String low, int s, int e) {
        char c = low.charAt(s);
        if (!TargetLexicon.isLetter(c)) return true;
        if (s + 1 < e && low.charAt(s + 1) == ')') return true;
        if (low.startsWith("điều", s)) return true;
        int i = s;
        while (i < e && "ivxl".indexOf(low.charAt(i)) >= 0) i++;
        return i > s && i < e && !TargetLexicon.isLetter(low.charAt(i));
    }

    private static boolean endsWithColon(String low, int s, int e) {
        while (e > s && "*_| \t\r".indexOf(low.charAt(e - 1)) >= 0) e--;
        return e > s && low.charAt(e - 1) == ':';
    }

    /** The scope of the line holding {@code offset}. */
    Scope at(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        if (i < 0) i = -i - 2;
        return i < 0 ? Scope.NONE : scopes[i];
    }

    private static Open open(String kind, String rest, boolean heading, String text, int restStart, int end) {
        boolean assessment = heading && ASSESSMENT.matcher(rest).lookingAt() && !NOT_ASSESSMENT.matcher(rest).find();
        boolean objectives = heading && !assessment
                && (OBJECTIVE_HEADING.matcher(rest).lookingAt() || GOAL.foundIn(rest))
                && !TASKS.foundIn(rest);
        boolean goals = objectives && GOALS.foundIn(rest);
        Integer year = null;
        Matcher h = mayNameYear(rest) ? LEADING_HORIZON.matcher(rest) : null; // most lines name no year: no matcher for them
        if (h != null && h.lookingAt()) {
            year = Horizons.year(h);
            goals |= h.group("hn") == null; // "Giai đoạn 2025-2027", "Đến năm 2030", not a bare "Năm 2017:"
        } else if (objectives || assessment) {
            // "II. MỤC TIÊU ĐẾN NĂM 2030", "I. KẾT QUẢ THỰC HIỆN NĂM 2024"; a title's "năm 2025" governs nothing
            Matcher any = ANY_HORIZON.matcher(rest);
            while (year == null && any.find()) {
                if (!rest.startsWith("so với ", Math.max(0, any.start() - 7))) year = Horizons.year(any);
            }
        }
        String name = heading && rest.length() <= 200 ? stripMarkup(text.substring(restStart, end)).strip() : null;
        return new Open(kind, year, assessment, objectives, goals && !assessment, name);
    }

    /** A horizon names a year, 19xx or 20xx: most lines name none, and this is cheaper than trying the pattern. */
    private static boolean mayNameYear(String rest) {
        return rest.contains("20") || rest.contains("19");
    }

    private static Scope current(Deque<Open> stack) {
        Integer year = null;
        boolean assessment = false, objectives = false, goals = false;
        String heading = null;
        // innermost first: the nearest horizon wins, any assessment or objectives ancestor counts
        for (Iterator<Open> it = stack.iterator(); it.hasNext(); ) {
            Open o = it.next();
            if (year == null) year = o.year();
            assessment |= o.assessment();
            objectives |= o.objectives();
            goals |= o.goals();
            if (heading == null) heading = o.heading();
        }
        if (year == null && !assessment && !objectives && heading == null) return Scope.NONE;
        return new Scope(year, assessment, objectives, goals, heading);
    }

    private static boolean containsKind(Deque<Open> stack, String kind) {
        for (Open o : stack) if (o.kind().equals(kind)) return true;
        return false;
    }

    /** The kinds are the pattern's only groups, in order: read by number, as a group name costs a map lookup per line. */
    private static String kindOf(Matcher m) {
        for (int k = 0; k < KINDS.length; k++) if (m.start(k + 1) >= 0) return KINDS[k];
        return null;
    }

    static {
        if (LABEL.matcher("").groupCount() != KINDS.length) throw new IllegalStateException("LABEL groups are not KINDS");
    }

    /** A heading is short and is not a sentence that goes on ("1. Ban Dân tộc", "2.2. Định hướng đến năm 2030"). */
    private static boolean isHeadingLike(String rest) {
        if (rest.length() > 200 || rest.endsWith(".") || rest.endsWith(";")) return false;
        int stop = rest.indexOf(". ");
        return stop < 0 || stop > 160;
    }

    private static boolean isCapsHeading(String text, int s, int e) {
        if (e - s > 250) return false;
        int letters = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 4;
    }

    static String stripMarkup(String s) {
        int a = 0, b = s.length();
        while (a < b && "*_#| \t".indexOf(s.charAt(a)) >= 0) a++;
        while (b > a && "*_| \t\r".indexOf(s.charAt(b - 1)) >= 0) b--;
        return s.substring(a, b);
    }
}
