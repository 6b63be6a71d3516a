package vbtrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.model.Direction;
import vbtrace.model.Span;
import vbtrace.model.Target;
import vbtrace.structure.DocumentStructure;
import vbtrace.text.VietnameseNumbers;

/**
 * Quantitative commitments with indicator, bounds, unit and horizon year; and, apart, the
 * measured statistics of assessment sections (baselines).
 *
 * <p>A quantity is a number with a unit ("99,6%", "300 trường", "tăng 2 lần", "3/4 mức thu
 * nhập", "từ 2.900 đến 3.000 USD/người/năm"). It is a target when it sits under objectives or a
 * horizon, or its clause commits to it ("phấn đấu", "đạt", "ít nhất" …); a baseline when it
 * sits in an assessment section or its clause reports the past ("Tính đến năm 2020 …", "đã
 * có …"). Ages, periods, dates, ids, budgets and policy rates are not quantities (see the word
 * lists in {@code resources/vbtrace/extract/targets/}).
 */
public final class TargetExtractor {
    private static final int F = TargetLexicon.FLAGS;
    private static final String NUM = VietnameseNumbers.NUMBER;

    /** The number part of a quantity; its unit is read after it with {@link #UNITS}. */
    private static final Pattern NUMBER_PART = Pattern.compile(
            "(?<![\\p{L}\\d.,/\\-])(?:(?<frac>\\d{1,2}[ \\t]*/[ \\t]*\\d{1,2})(?=[ \\t]+\\p{L})"
                    + "|(?<a>" + NUM + ")(?:[ \\t]*(?:-|–|—|đến|tới)[ \\t]*(?<b>" + NUM + "))?)[ \\t]*", F);
    /** The upper bound of a range whose unit follows each bound: "13% đến 15%", "10% - 12%". */
    private static final Pattern SECOND_BOUND = Pattern.compile("[ \\t]*(?:-|–|—|đến|tới)[ \\t]*(" + NUM + ")[ \\t]*", F);
    private static final TargetLexicon.Phrases UNITS = TargetLexicon.Phrases.of("targets/units.txt", "");
    private static final TargetLexicon.Phrases MONEY = TargetLexicon.Phrases.of("targets/money-units.txt", "");
    private static final TargetLexicon.Phrases PER = TargetLexicon.Phrases.of("targets/rate-suffixes.txt", "");
    private static final TargetLexicon.Phrases NOT_BEFORE_NUMBER = TargetLexicon.Phrases.of("targets/not-before-number.txt", " \t:");
    private static final TargetLexicon.Phrases AT_LEAST = TargetLexicon.Phrases.of("targets/at-least.txt", " \t>≥");
    private static final ScanPattern CUT = ScanPattern.of(Pattern.compile("(?<!\\p{L})" + TargetLexicon.alternation("targets/cut-verbs.txt") + "(?!\\p{L})", F));
    private static final TargetLexicon.Phrases AT_MOST = TargetLexicon.Phrases.of("targets/at-most.txt", " \t<≤");
    private static final Pattern OR_MORE = Pattern.compile("^\\s*trở\\s+lên", F);
    private static final TargetLexicon.Phrases FROM = new TargetLexicon.Phrases(List.of("từ"), " \t");
    private static final Pattern FROM_OR_MORE = Pattern.compile("(?<!\\p{L})trở\\s+lên(?!\\p{L})", F);
    private static final Pattern OR_LESS = Pattern.compile("^\\s*trở\\s+xuống", F);
    private static final Pattern RATE_VERB = Pattern.compile("(?<!\\p{L})(?<verb>giảm|tăng)(?!\\s*(?:cường|trưởng))(?!\\p{L})", F);
    private static final Pattern TO_LEVEL = Pattern.compile("(?<!\\p{L})(?:xuống|còn|lên|đạt|bằng)(?!\\p{L})", F);
    private static final Pattern PER_YEAR = Pattern.compile("(?<!\\p{L})(?:mỗi năm|hằng năm|hàng năm|bình quân năm)(?!\\p{L})", F);
    /** "mục tiêu", but not the name "Chương trình mục tiêu quốc gia …" nor "không vì mục tiêu lợi nhuận". */
    static final String GOAL = "(?<!chương trình )(?<!vì )mục tiêu";
    private static final ScanPattern COMMITMENT = ScanPattern.of(Pattern.compile(
            "(?<!\\p{L})(?:" + TargetLexicon.alternation("targets/commitment-words.txt") + "|" + GOAL + ")(?!\\p{L})", F));
    /** In a legal text (articles) only objectives, horizons and these words make a commitment. */
    private static final ScanPattern STRONG_COMMITMENT = ScanPattern.of(Pattern.compile("(?<!\\p{L})(?:phấn đấu|" + GOAL + ")(?!\\p{L})", F));
    private static final CuePatterns NOT_TARGET_CLAUSE = CuePatterns.of("targets/not-target-clause.txt");
    /** An article heading, on the original text: "Điều 1. Phê duyệt …", also where layout left it mid-line. */
    private static final Pattern ARTICLE = Pattern.compile("Điều\\s+\\d{1,3}\\s*[.:]\\s+\\p{Lu}");
    /** The body of a decision's first article that issues a plan: "Ban hành kèm theo Quyết định này Kế hoạch …". */
    private static final Pattern ISSUES_PLAN = Pattern.compile(
            "[\\s*_]*(?:ban hành|phê duyệt)\\s+kèm theo\\s+(?:quyết định|nghị quyết)\\s+này[\\s*_:“\"]*"
                    + TargetLexicon.alternation("targets/plan-documents.txt") + "(?!\\p{L})", F);
    private static final java.util.Set<String> LEGAL_TYPES = java.util.Set.copyOf(TargetLexicon.raw("targets/legal-types.txt"));
    private static final CuePatterns BASELINE = CuePatterns.of("targets/baseline-cues.txt");
    private static final Pattern NAMED_YEAR = Pattern.compile(
            "(?<!so với |của |từ |đến |sau |trước |với )(?<!\\p{L})năm\\s+((?:19|20)\\d{2})(?!\\d)(?!\\s*[-–/])", F);
    private static final Pattern TITLE_HORIZON = Pattern.compile(Horizons.HORIZON, F);
    private static final Pattern BASELINE_YEAR = Pattern.compile(
            "(?<!\\p{L})(?:tính đến (?:hết |cuối )?|đến (?:hết |cuối )?|năm )(?:năm )?(?<hy>(?:19|20)\\d{2})(?!\\d)", F);
    private static final ScanPattern INCOME = ScanPattern.of(Pattern.compile(
            "(?<!\\p{L})" + TargetLexicon.alternation("targets/income-words.txt") + "(?!\\p{L})", F));
    private static final Pattern NOT_TARGET_BEFORE = TargetLexicon.patterns("targets/not-target-before.txt");
    private static final Pattern NOT_TARGET_AFTER = TargetLexicon.patterns("targets/not-target-after.txt");
    private static final ScanPattern PIECE_BREAK = ScanPattern.of(Pattern.compile("(?:,\\s*|\\s)(?:và|trong đó(?: có)?)\\s(?=[^,;]{0,12}\\d)|(?<!\\d),\\s|,\\s(?!\\d)", F));
    private static final Pattern LIST_LABEL = Pattern.compile(
            "^[\\s#>*_|]*(?:[ivxl]{1,4}\\s*[.\\-–]|\\d{1,2}(?:\\.\\d{1,2}){1,2}\\.?|\\d{1,2}\\s*[.)\\-–]|[a-zđ]\\)|\\(\\d{1,2}\\)|[-–—+•])[\\s*_]+", F);
    private static final Pattern INDICATOR_LEAD = Pattern.compile(
            "^(?:" + TargetLexicon.alternation("targets/indicator-lead.txt") + "(?!\\p{L})[\\s,:]*)+", F);
    private static final Pattern INDICATOR_TRAIL = Pattern.compile(
            "(?:[\\s,:]*(?<!\\p{L})" + TargetLexicon.alternation("targets/indicator-trail.txt") + ")+[\\s,:>]*$", F);

    public TargetResult extract(String text, DocumentStructure structure) {
        return extract(PreparedText.of(text), structure);
    }

    /** The targets of a prepared document (the pipeline prepares it once for targets and deadlines). */
    public TargetResult extract(PreparedText prepared, DocumentStructure structure) {
        String text = prepared.text;
        String low = prepared.low;
        HorizonScope scopes = prepared.scopes;
        SentenceIndex sentences = prepared.sentences;
        Integer documentHorizon = documentHorizon(low, structure);
        boolean legalText = isLegalText(text, low, structure);
        List<Target> targets = new ArrayList<>(), baselines = new ArrayList<>();
        List<Quantity> found = new ArrayList<>();
        Matcher m = NUMBER_PART.matcher(low).useTransparentBounds(true);
        char[] chars = prepared.lowChars;
        int n = chars.length;
        for (int i = 0, covered = 0; i < n; i++) {
            // a quantity starts at a number: try the pattern only where a digit run starts
            char c = chars[i];
            if (c > '9' || c < '0' || i < covered || i > 0 && isAsciiDigit(chars[i - 1])) continue;
            if (!mayHaveUnit(low, i)) continue;
            m.region(i, Math.min(n, i + 60));
            if (!m.lookingAt()) continue;
            Quantity q = quantity(m, low);
            if (q == null) continue;
            covered = q.end();
            // "Nghị quyết số 06", "ngày 20", "Điều 5", "mức độ 3": ids, dates and ordinals
            if (NOT_BEFORE_NUMBER.endingAt(low, q.start(), Math.max(0, q.start() - 24)) < 0) found.add(q);
        }
        int[] starts = found.stream().mapToInt(Quantity::start).toArray();
        int previousEnd = 0, lastClause = -1;
        Boolean clauseBaseline = null, clauseRule = null;
        for (Quantity q : found) {
            int ms = q.start(), me = q.end();
            int from = previousEnd;
            previousEnd = me;
            int ss = sentences.start(ms), se = sentences.end(ms);
            int cs = clauseStart(low, ss, ms), ce = Math.max(me, clauseEnd(low, me, se));
            int ps = Math.max(pieceStart(low, cs, ms), Math.max(from, cs));
            int pe = pieceEnd(low, me, ce);
            if (isPolicyOrBudget(low, q, cs, ms, me)) continue;
            HorizonScope.Scope scope = scopes.at(ms);
            if (cs != lastClause) {   // quantities of one clause share its verdicts, each read when first needed
                lastClause = cs;
                clauseBaseline = null;
                clauseRule = null;
            }
            if (!scope.assessment() && clauseBaseline == null) clauseBaseline = BASELINE.foundIn(low, cs, ce);
            Span span = textSpan(low, starts, ps, pe, cs, ce, ms);
            if (scope.assessment() || clauseBaseline) {
                baselines.add(build(text, low, q, span, ps, pe, baselineYear(low, ss, ms, scope)));
                continue;
            }
            Integer year = horizon(low, ss, cs, ce, ms, me, Math.min(ce, nextStart(starts, me)));
            if (!scope.objectives() && clauseRule == null) clauseRule = NOT_TARGET_CLAUSE.foundIn(low, cs, ce);
            if (!scope.objectives() && clauseRule) continue;
            boolean committed = legalText
                    ? scope.goals() || STRONG_COMMITMENT.foundIn(low, cs, me)
                    : scope.objectives() || scope.year() != null || year != null || COMMITMENT.foundIn(low, cs, me);
            if (!committed) continue;
            if (year == null) year = namedYear(low, cs, ms, pe);
            // the title's horizon governs objectives and rates, not a count quota in the tasks ("ít nhất 01 cuộc/năm")
            if (year == null) year = scope.year() != null ? scope.year() : scope.objectives() || !q.count() ? documentHorizon : null;
            targets.add(build(text, low, q, span, ps, pe, year));
        }
        return new TargetResult(targets, baselines);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A cheap look past the number: only a unit, a range or a fraction make a quantity worth matching. */
    private static boolean mayHaveUnit(String low, int i) {
        int n = low.length(), j = i;
        while (j < n && (Character.isDigit(low.charAt(j)) || low.charAt(j) == '.' || low.charAt(j) == ',')) j++;
        if (j > i && (low.charAt(j - 1) == '.' || low.charAt(j - 1) == ',')) j--;
        while (j < n && (low.charAt(j) == ' ' || low.charAt(j) == '\t')) j++;
        if (j >= n) return false;
        char c = low.charAt(j);
        return c == '%' || c == '-' || c == '–' || c == '—' || c == '/' || low.startsWith("đến", j) || low.startsWith("tới", j)
                || low.startsWith("phần trăm", j) || UNITS.startingAt(low, j) > 0 || MONEY.startingAt(low, j) > 0;
    }

    /** A number with its unit, as matched; the unit is {@code [unitStart, unitEnd)} of the text. */
    private record Quantity(int start, int end, double min, double max, int unitStart, int unitEnd,
                            boolean money, boolean fraction, boolean perUnit, boolean count) {}

    private static Quantity quantity(Matcher m, String low) {
        if (m.group("frac") != null) {
            OptionalDouble f = VietnameseNumbers.parseFraction(m.group("frac"));
            return f.isPresent() ? new Quantity(m.start(), m.end("frac"), f.getAsDouble(), f.getAsDouble(), -1, -1,
                    false, true, false, false) : null;
        }
        int unitStart = m.end(), unitEnd;
        boolean money = false, percent = false;
        if (unitStart < low.length() && low.charAt(unitStart) == '%') {
            unitEnd = unitStart + 1;
            percent = true;
        } else {
            int len = MONEY.startingAt(low, unitStart);
            money = len > 0;
            if (!money) len = UNITS.startingAt(low, unitStart);
            if (len <= 0) return null;
            unitEnd = unitStart + len;
            percent = low.startsWith("phần trăm", unitStart);
        }
        int end = unitEnd;
        boolean perUnit = false;
        for (int k = 0; k < 2; k++) {   // "%/năm", "USD/người/năm"
            int p = end;
            while (p < low.length() && low.charAt(p) == ' ') p++;
            if (p >= low.length() || low.charAt(p) != '/') break;
            p++;
            while (p < low.length() && low.charAt(p) == ' ') p++;
            int len = PER.startingAt(low, p);
            if (len <= 0) break;
            end = p + len;
            perUnit = true;
        }
        OptionalDouble a = VietnameseNumbers.parse(m.group("a"));
        if (a.isEmpty()) return null;
        String second = m.group("b");
        int unitOnly = end;
        if (second == null) {   // "tăng 13% đến 15%": the unit written after both bounds
            Matcher upper = SECOND_BOUND.matcher(low).region(end, Math.min(low.length(), end + 30));
            int unitLength = end - unitStart;
            if (upper.lookingAt() && low.regionMatches(upper.end(), low, unitStart, unitLength)
                    && (upper.end() + unitLength == low.length() || !Character.isLetterOrDigit(low.charAt(upper.end() + unitLength)))) {
                second = upper.group(1);
                end = upper.end() + unitLength;
            }
        }
        double lo = a.getAsDouble(), hi = lo;
        if (second != null) {
            OptionalDouble b = VietnameseNumbers.parse(second);
            if (b.isEmpty()) return null;
            lo = Math.min(a.getAsDouble(), b.getAsDouble());
            hi = Math.max(a.getAsDouble(), b.getAsDouble());
        }
        boolean count = !money && !percent && !low.startsWith("lần", unitStart);
        return new Quantity(m.start(), end, lo, hi, unitStart, unitOnly, money, false, perUnit, count);
    }

    /** Budgets ("kinh phí 500 triệu đồng") and policy rates ("hỗ trợ 50% chi phí") are not commitments. */
    private static boolean isPolicyOrBudget(String low, Quantity q, int cs, int ms, int me) {
        Matcher before = NOT_TARGET_BEFORE.matcher(low);
        before.region(Math.max(cs, ms - 40), ms);
        if (before.find()) return true;
        Matcher after = NOT_TARGET_AFTER.matcher(low);
        after.region(me, Math.min(low.length(), me + 40));
        if (after.find() && !CUT.foundIn(low, cs, ms)) return true;
        return q.money() && !q.perUnit() && !INCOME.foundIn(low, cs, ms);
    }

    private static Target build(String text, String low, Quantity q, Span span, int ps, int pe, Integer year) {
        int ms = q.start(), me = q.end();
        String after = low.substring(me, pe);
        int floor = Math.max(ps, ms - 40);
        // "từ 85% trở lên"; "từ 05 mỏ khoáng sản làm vật liệu xây dựng thông thường trở lên" (the noun between)
        boolean atLeast = AT_LEAST.endingAt(low, ms, floor) >= 0 || OR_MORE.matcher(after).find()
                || FROM.endingAt(low, ms, floor) >= 0 && FROM_OR_MORE.matcher(after).find();
        boolean atMost = !atLeast && (AT_MOST.endingAt(low, ms, floor) >= 0 || OR_LESS.matcher(after).find());
        Direction direction = rateDirection(low, ps, ms);
        if (direction == null) direction = atLeast ? Direction.AT_LEAST : atMost ? Direction.AT_MOST : Direction.REACH;
        Double min = q.min(), max = q.max();
        if (q.min() == q.max() && atLeast) max = null;
        if (q.min() == q.max() && atMost) min = null;
        String unit = unit(text, low, q, ps, ms);
        String indicator = indicator(text, low, span, ms, q.count() ? q.unitStart() : me);
        return new Target(indicator, direction, min, max, unit, year,
                text.substring(span.start(), span.end()), span.start(), span.end());
    }

    /** "giảm … 3%/năm", "mỗi năm giảm từ 1,5 - 3%", "tăng 2 lần"; not "giảm … xuống dưới 15%". */
    private static Direction rateDirection(String low, int ps, int ms) {
        Matcher v = RATE_VERB.matcher(low);
        v.region(ps, ms);
        String verb = null;
        int verbEnd = -1;
        while (v.find()) {
            verb = v.group("verb");
            verbEnd = v.end();
        }
        if (verb == null || TO_LEVEL.matcher(low.substring(verbEnd, ms)).find()) return null;
        return verb.equals("giảm") ? Direction.DECREASE : Direction.INCREASE;
    }

    private static String unit(String text, String low, Quantity q, int ps, int ms) {
        if (q.fraction()) return "lần";
        String u = text.substring(q.unitStart(), q.unitEnd()).replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", " ").strip();
        if (u.equals("%") && PER_YEAR.matcher(low.substring(ps, ms)).find()) u = "%/năm";
        return u;
    }

    /**
     * The words that state this target: its comma-separated piece, joined with the pieces
     * without numbers that complete its indicator (before it when the indicator leads, after it
     * when the number leads: "Trên 80% phụ nữ có thai được khám thai định kỳ, sinh con ở …").
     */
    private static Span textSpan(String low, int[] quantities, int ps, int pe, int cs, int ce, int ms) {
        int start = ps, end = pe;
        boolean numberLeads = leadWords(low, ps, ms).isEmpty();
        if (numberLeads) {
            while (end < ce) {
                int next = pieceEnd(low, end + 1, ce);
                if (hasQuantity(quantities, end, next)) break;
                end = next;
            }
        } else {
            while (start > cs) {
                int prev = pieceStart(low, cs, start - 1);
                if (hasQuantity(quantities, prev, start)) break;
                start = prev;
            }
        }
        return trim(low, start, end, ms);
    }

    /** Where the next quantity starts after {@code from}, or the end of the text. */
    private static int nextStart(int[] starts, int from) {
        int i = java.util.Arrays.binarySearch(starts, from);
        if (i < 0) i = -i - 1;
        return i < starts.length ? starts[i] : Integer.MAX_VALUE;
    }

    private static boolean hasQuantity(int[] starts, int from, int to) {
        int i = java.util.Arrays.binarySearch(starts, from);
        if (i < 0) i = -i - 1;
        return i < starts.length && starts[i] < to;
    }

    /** The indicator: the words before the number when they name it, else the words after the unit. */
    private static String indicator(String text, String low, Span span, int ms, int me) {
        int from = Math.min(span.start(), ms);
        String lead = leadWords(low, from, ms);
        String words;
        if (!lead.isEmpty()) {
            int s = from + low.substring(from, ms).indexOf(lead);
            words = text.substring(s, s + lead.length());
        } else {
            words = me < span.end() ? text.substring(me, span.end()) : "";
        }
        words = words.replaceAll("[*_]", "").replaceAll("\\s+", " ").strip();
        words = INDICATOR_LEAD.matcher(words).replaceFirst("").replaceAll("[\\s.;,:]+$", "");
        if (words.length() > 1 && Character.isUpperCase(words.charAt(0)) && Character.isLowerCase(words.charAt(1))) {
            words = Character.toLowerCase(words.charAt(0)) + words.substring(1);
        }
        return words.isEmpty() ? null : words;
    }

    /** Words before the number that name the indicator, without verbs and bound words; empty when none. */
    private static String leadWords(String low, int ps, int ms) {
        if (ps >= ms) return "";
        String w = low.substring(ps, ms);
        w = LIST_LABEL.matcher(w).replaceFirst("");
        int colon = w.lastIndexOf(':');
        if (colon >= 0) w = w.substring(colon + 1);
        w = Horizons.LEADING.matcher(w.strip()).replaceFirst("");
        w = INDICATOR_TRAIL.matcher(w).replaceFirst("");
        w = INDICATOR_LEAD.matcher(w.strip()).replaceFirst("");
        w = w.replaceAll("[*_]", " ").strip();
        return w.indexOf(' ') < 0 ? "" : w;   // one word ("có", "số") names nothing
    }

    private static Span trim(String low, int start, int end, int ms) {
        String w = low.substring(start, end);
        Matcher label = LIST_LABEL.matcher(w);
        if (label.lookingAt()) start += label.end();
        int colon = low.lastIndexOf(':', ms - 1);
        if (colon >= start && !hasDigit(low, start, colon)) start = colon + 1;
        while (start < ms && " ,*_\t".indexOf(low.charAt(start)) >= 0) start++;
        while (end > start && " ,.;:*_\t\r\n".indexOf(low.charAt(end - 1)) >= 0) end--;
        return new Span(start, end);
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    private static int clauseStart(String low, int ss, int ms) {
        for (int i = ms - 1; i >= ss; i--) {
            char c = low.charAt(i);
            if (c == ';' || c == ':' && !Character.isDigit(low.charAt(Math.min(i + 1, low.length() - 1)))) return i + 1;
        }
        return ss;
    }

    private static int clauseEnd(String low, int me, int se) {
        for (int i = me; i < se; i++) if (low.charAt(i) == ';') return i;
        return se;
    }

    private static int pieceStart(String low, int cs, int ms) {
        Matcher b = PIECE_BREAK.matcher(low);
        int start = cs;
        while (PIECE_BREAK.next(b, low, start, ms)) start = b.end();
        return start;
    }

    private static int pieceEnd(String low, int me, int ce) {
        if (me >= ce) return ce;
        Matcher b = PIECE_BREAK.matcher(low);
        return PIECE_BREAK.next(b, low, me, ce) ? b.start() : ce;
    }

    /** The horizon its sentence states for this number: "Phấn đấu đến năm 2030: …", "… vào năm 2028", "trong quý III năm 2026, …". */
    private static Integer horizon(String low, int ss, int cs, int ce, int ms, int me, int next) {
        Matcher h = Horizons.IN_SENTENCE.matcher(low);
        h.region(ss, ms);
        Integer year = null;
        boolean monthBefore = false;
        while (h.find()) {
            if (h.group("hm") != null && h.start() < cs) continue;
            year = Horizons.year(h);
            monthBefore = h.group("hm") != null;
        }
        // a month before is more often an action's due date than this target's horizon: a year up to the next
        // number wins ("… triển khai ngay trong tháng 12 năm 2025, số hoá 100% dữ liệu văn bằng, chứng chỉ trong năm 2026")
        if (monthBefore && h.region(me, next).find()) return Horizons.year(h);
        if (year != null) return year;
        h.region(ms, ce);
        if (h.find()) return Horizons.year(h);
        String sentence = LIST_LABEL.matcher(low.substring(ss, ms)).replaceFirst("");
        Matcher start = Horizons.SENTENCE_START.matcher(sentence);
        return start.find() ? Horizons.year(start) : null;
    }

    /**
     * "Tốc độ tăng trưởng GRDP năm 2025 đạt 8%", "giải ngân 100% kế hoạch vốn năm 2026": the year named with the
     * indicator, before the number or right after it in its piece, is its horizon.
     */
    private static Integer namedYear(String low, int cs, int ms, int pe) {
        Matcher named = NAMED_YEAR.matcher(low).region(Math.max(cs, ms - 60), ms);
        Integer namedYear = null;
        while (named.find()) namedYear = Integer.valueOf(named.group(1));
        if (namedYear != null) return namedYear;
        int after = low.indexOf(' ', ms);
        if (after < 0 || after >= pe) return null;
        named.region(after, Math.min(pe, after + 40));
        return named.find() ? Integer.valueOf(named.group(1)) : null;
    }

    private static Integer baselineYear(String low, int ss, int ms, HorizonScope.Scope scope) {
        Matcher y = BASELINE_YEAR.matcher(low);
        y.region(ss, ms);
        Integer year = null;
        while (y.find()) year = Integer.valueOf(y.group("hy"));
        return year != null ? year : scope.year();
    }

    /**
     * Laws, decrees, circulars and regulations are written in articles; their numbers are rules, not commitments.
     * A decision whose first article only issues a plan attached to it ("Điều 1. Ban hành kèm theo Quyết định này Kế
     * hoạch …") is the plan's cover: the plan after it is read as a plan. A plan approved inline ("Phê duyệt Chương
     * trình với các nội dung sau: …") stays within the articles, where only its objectives are commitments.
     */
    private static boolean isLegalText(String text, String low, DocumentStructure structure) {
        String type = structure == null || structure.document() == null ? null : structure.document().type();
        if (type != null && LEGAL_TYPES.contains(type)) return true;
        Matcher a = ARTICLE.matcher(text);
        int n = 0, first = -1;
        for (int at = text.indexOf("Điều "); at >= 0 && n < 2; at = text.indexOf("Điều ", at + 5)) {
            if ((at == 0 || Character.isWhitespace(text.charAt(at - 1))) && a.region(at, Math.min(text.length(), at + 20)).lookingAt()) {
                if (n++ == 0) first = at;
            }
        }
        if (n < 2) return false;
        int body = low.indexOf('.', first) + 1;
        if (body <= 0 || body > first + 12) body = low.indexOf(':', first) + 1;
        return body <= 0 || !ISSUES_PLAN.matcher(low).region(body, Math.min(low.length(), body + 200)).lookingAt();
    }

    /** The horizon of the title ("… năm 2025", "… giai đoạn 2021 - 2030"), for targets stating none. */
    private static Integer documentHorizon(String low, DocumentStructure structure) {
        Span title = structure == null ? null : structure.title();
        if (title == null) return null;
        Matcher h = TITLE_HORIZON.matcher(low).region(title.start(), Math.min(title.end(), low.length()));
        Integer year = null;
        while (h.find()) year = Horizons.year(h);
        return year;
    }
}
