package vbtrace.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.model.Deadline;
import vbtrace.model.Recurrence;
import vbtrace.structure.DocumentStructure;

/**
 * Dated obligations, one per obligation and owing agency.
 *
 * <p>A date is due when a deadline word precedes it ("trước ngày 15/12/2025", "chậm nhất
 * ngày …", "trong tháng 12/2025", "trong quý IV/2025") or when a sentence opens on it and goes on
 * to an action ("Đến năm 2025 giải quyết cơ bản …"). A date with no year recurs when its sentence
 * says so ("trước ngày 30/11 hàng năm" → "--11-30" ANNUAL, "ngày 20 hằng tháng" → "---20"
 * MONTHLY). A periodic report with no day ("Định kỳ hằng năm … báo cáo …") gives date null and
 * its recurrence. Not deadlines: periods ("giai đoạn 2021 - 2025"), horizons of targets
 * ("Phấn đấu đến năm 2030:", "Đến năm 2025, giảm tỷ lệ hộ nghèo 3%/năm"), dates of cited
 * documents, and anything in an assessment section.
 */
public final class DeadlineExtractor {
    private static final int F = TargetLexicon.FLAGS;
    private static final TargetLexicon.Phrases TRIGGER = TargetLexicon.Phrases.of("deadlines/triggers.txt", " \t:,(");
    /** "trong tháng 12/2025": due only after an obligation verb. */
    private static final TargetLexicon.Phrases WITHIN = new TargetLexicon.Phrases(java.util.List.of("trong"), " \t");
    private static final ScanPattern OBLIGATION = ScanPattern.of(Pattern.compile(
            "(?<!\\p{L})" + TargetLexicon.alternation("deadlines/obligation-verbs.txt") + "(?!\\p{L})", F));
    private static final Pattern CELL_PREFIX = Pattern.compile(
            "(?:(?:xong|hoàn thành|thời gian|thời hạn|dự kiến)\\s*:?\\s*)?(?:trong|trước|vào|đến|trước ngày)?\\s*", F);
    private static final CuePatterns NOT_DEADLINE = CuePatterns.of("deadlines/not-deadline-clause.txt");
    /** A time cell's opening word, right before its date at the end of a row: "Trong năm 2026", "Xong trong Quý II/2026". */
    private static final Pattern CELL_OPENING = Pattern.compile("(?:xong trong|hoàn thành trong|hoàn thành|trong|trước ngày|trước|năm|quý|tháng)\\s*$", F);
    /** A header cell of yearly columns: "Năm 2027", "2028", "GIAI ĐOẠN 2026 - 2030", "Quý I/2026". */
    private static final Pattern BARE_DATE = Pattern.compile(
            "(?:năm |giai đoạn |quý [ivx1-4]+ ?/ ?|tháng \\d{1,2} ?/ ?)?(?:19|20)\\d{2}(?: ?[-–] ?(?:19|20)\\d{2})?", F);
    /** "vào ngày …", "đúng ngày …": the day something happens, due only if it is still to come. */
    private static final TargetLexicon.Phrases EVENT_DAY = new TargetLexicon.Phrases(java.util.List.of("vào", "đúng"), " \t");
    private static final Pattern SCOPE_OPENING = Pattern.compile("[\\s#>*_|\\-–+•]*(?:[a-zđ]\\)\\s*)?đối với(?!\\p{L})", F);
    /** The date line of the header: "Lạng Sơn, ngày 29 tháng 9 năm 2015". */
    private static final Pattern DATE_LINE = Pattern.compile(
            ",\\s*ngày[\\s\\d]{0,6}tháng[\\s\\d]{0,6}năm\\s+((?:19|20)\\d{2})", F);
    /** "Đến năm 2025 giải quyết …", "Đến hết năm 2025, hoàn thành …" at the start of a sentence. */
    private static final Pattern OPENING_YEAR = Pattern.compile(
            "^[\\s#>*_|]*(?:(?:[ivxl]{1,4}|\\d{1,2}(?:\\.\\d{1,2}){0,2})\\s*[.)\\-–]|[a-zđ]\\)|\\(\\d{1,2}\\)|[-–—+•])?[\\s*_]*"
                    + "(?:đến|tới|trong)\\s+(?:hết\\s+|cuối\\s+)?$", F);
    /** A sentence about targets: its year is their horizon, not a due date. */
    private static final ScanPattern TARGET_TALK = ScanPattern.of(Pattern.compile(
            "%|(?<!\\p{L})(?:phấn đấu|chỉ tiêu|mục tiêu|định hướng|tầm nhìn|đạt|tỷ lệ|lần)(?!\\p{L})", F));
    private static final Pattern PAST = Pattern.compile("(?<!\\p{L})(?:đã|tính đến|đến nay)(?!\\p{L})", F);
    private static final Pattern RECURRENCE = Pattern.compile(
            "(?<!\\p{L})(?:(?:hằng|hàng|mỗi)\\s+(?<unit>năm|quý|tháng)|(?:(?:định kỳ|báo cáo)\\s+)?(?<![\\d/]|ngày )(?<half>0?6|sáu)\\s+tháng(?!\\s+(?:đầu|cuối|\\d))|(?<next>năm sau|năm trước|báo cáo năm(?!\\s*\\d)))(?!\\p{L})", F);
    private static final String REPORT_WORDS = TargetLexicon.alternation("deadlines/report-words.txt");
    private static final Pattern REPORT = Pattern.compile("(?<!\\p{L})" + REPORT_WORDS + "(?!\\p{L})", F);
    private static final String PERIODIC = "định kỳ";
    /** A clause that opens on its recurrence and goes straight on to the report: "Hằng năm hoặc đột xuất báo cáo …". */
    private static final Pattern RECURRING_REPORT = Pattern.compile(
            "(?:^|[.;:]\\s|\\n)[\\s#>*_|\\-–+•]*(?<rec>(?:hằng|hàng)\\s+(?:năm|quý|tháng))(?:\\s*,)?"
                    + "(?:\\s+hoặc\\s+(?:đột xuất|khi có yêu cầu))?\\s*,?\\s+" + REPORT_WORDS + "(?!\\p{L})", F | Pattern.MULTILINE);
    /** A table cell that is only a recurrence: "Hằng năm.", "Định kỳ hằng quý". */
    private static final Pattern RECURRENCE_CELL = Pattern.compile(
            "(?<=\\n)[\\s*_|]*(?:định kỳ\\s+)?(?<rec>(?:hằng|hàng)\\s+(?:năm|quý|tháng))[\\s.*_|]*(?=\\n|$)", F);
    private static final Pattern SUBJECT = Pattern.compile(
            "^" + TargetLexicon.alternation("deadlines/agency-heads.txt") + "(?!\\p{L})", F);
    private static final Pattern SUBJECT_END = Pattern.compile(
            "(?<!\\p{L})(?<!bộ |sở )" + TargetLexicon.alternation("deadlines/subject-ends.txt") + "(?!\\p{L})|:", F);
    /** Where an assignee heading's name ends: "Bộ Tài chính chủ trì, phối hợp với …", "… thành phố theo chức năng …". */
    private static final Pattern HEADING_END = Pattern.compile(
            "(?<!\\p{L})(?:chủ trì|phối hợp|theo chức năng|có trách nhiệm|chịu trách nhiệm|là cơ quan)(?!\\p{L})|:", F);
    private static final Pattern GENERIC_OWNER = Pattern.compile(
            TargetLexicon.alternation("deadlines/generic-owners.txt") + "(?!\\p{L})", F);
    private static final Pattern LABEL = Pattern.compile(
            "^[\\s#>*_|]*(?:(?:[ivxl]{1,4}|\\d{1,2}(?:\\.\\d{1,2}){0,2})\\s*[.)\\-–]|[a-zđ]\\)|\\(\\d{1,2}\\)|[-–—+•])[\\s*_]+"
                    + "|^[\\s#>*_|]+", F);
    private static final Map<Pattern, String> ABBREVIATIONS = abbreviations();

    public List<Deadline> extract(String text, DocumentStructure structure) {
        return extract(PreparedText.of(text), structure);
    }

    /** The deadlines of a prepared document (the pipeline prepares it once for targets and deadlines). */
    public List<Deadline> extract(PreparedText prepared, DocumentStructure structure) {
        String text = prepared.text;
        String low = prepared.low;
        HorizonScope scopes = prepared.scopes;
        SentenceIndex sentences = prepared.sentences;
        int documentYear = documentYear(structure, low);
        String documentDate = documentDate(structure);
        List<Deadline> out = new ArrayList<>();
        for (VietnameseDates.DateMention found : VietnameseDates.find(low, prepared.lowChars)) {
            VietnameseDates.DateMention d = found;
            int ss = sentences.start(d.start()), se = sentences.end(d.start());
            int cs = Math.max(ss, low.lastIndexOf(';', d.start()) + 1), ce = clauseEnd(low, d.end(), se);
            if (d.dayOnly()) {   // "định kỳ hằng tháng báo cáo …, gửi Bộ Tài chính trước ngày 25"
                if (!recursMonthly(low, cs, ce)) continue;
                d = d.asMonthly();
            }
            HorizonScope.Scope scope = scopes.at(d.start());
            boolean cell = isDateCell(text, low, d);
            if (scope.assessment() || !cell && !isDue(low, d, joinedStart(low, sentences, ss), se, scope)) continue;
            if (d.hasYear() && documentYear != 0 && d.year() < documentYear) continue;
            if (NOT_DEADLINE.foundIn(low, cs, d.start())) continue;
            if (d.day() == 0 && (d.month() != 0 || d.quarter() != 0) && isTargetHorizon(low, cs, ce, d)) continue;
            Recurrence recurrence = null;
            if (!d.hasYear() && !d.monthly()) recurrence = nearestRecurrence(low, ss, se, d);
            if (d.monthly()) recurrence = Recurrence.MONTHLY;
            String date = d.iso(recurrence == null ? documentYear : 0);
            if (date == null || PAST.matcher(low.substring(Math.max(ss, d.start() - 40), d.start())).find()) continue;
            // "tổ chức vào ngày 04 tháng 5 năm 2026" before the document's date: the meeting it records, not a due date
            if (isBefore(date, documentDate) && EVENT_DAY.endingAt(low, d.start(), Math.max(ss, d.start() - 12)) >= 0) continue;
            if (d.month() == 0 && d.quarter() == 0 && !d.monthly() && TARGET_TALK.foundIn(low, ss, se)) continue;
            addPerOwner(out, cell ? cellDeadline(text, low, date, d) : deadline(text, low, date, recurrence, ss, se, d.start(), scope));
        }
        addPeriodicReports(text, low, scopes, sentences, out);
        return out;
    }

    /** Due: a deadline word right before the date, or a sentence that opens on its year ("Đến năm 2025 …"). */
    private static boolean isDue(String low, VietnameseDates.DateMention d, int ss, int se, HorizonScope.Scope scope) {
        int trigger = TRIGGER.endingAt(low, d.start(), Math.max(ss, d.start() - 30));
        if (trigger >= 0) return d.month() != 0 || d.quarter() != 0 || d.monthly() || hasObligation(low, ss, trigger);
        int within = WITHIN.endingAt(low, d.start(), Math.max(ss, d.start() - 12));
        // "Đối với các nhiệm vụ triển khai trong năm 2025, …": the scope of a rule, not a due date
        if (within >= 0) return hasObligation(low, ss, within) && !SCOPE_OPENING.matcher(low).region(ss, within).lookingAt();
        if (d.month() != 0 || d.quarter() != 0 || d.monthly() || scope.objectives()) return false;
        Matcher open = OPENING_YEAR.matcher(low);
        open.region(ss, d.start());
        if (!open.find()) return false;
        String rest = low.substring(d.end(), se).strip();
        return !rest.endsWith(":") && !rest.isEmpty();
    }

    /**
     * A table cell holding only the due date ("Quý IV/2026", "Xong trong tháng 5/2026", "Năm 2026"): the time column of
     * an assignment row, on a line of its own or closing a row whose cells a converter ran together ("… Sở Nông nghiệp
     * và Môi trường Các Sở, ban, ngành liên quan Trong năm 2026"). A run of such cells ("Năm 2026", "Năm 2027" …) is the
     * header of a table of yearly figures, not a deadline.
     */
    private static boolean isDateCell(String text, String low, VietnameseDates.DateMention d) {
        int ls = low.lastIndexOf('\n', d.start() - 1) + 1, le = low.indexOf('\n', d.end());
        if (le < 0) le = low.length();
        if (ls == 0) return false;
        String after = low.substring(d.end(), le).replaceAll("[*_|.;\\s]+", "");
        if (!after.isEmpty()) return false;
        if (le - ls > 60) return closesRunTogetherRow(text, low, ls, d);
        String before = low.substring(ls, d.start()).replaceAll("[*_|\\s]+", " ").strip();
        if (!CELL_PREFIX.matcher(before).matches()) return false;
        int prevEnd = ls - 1, prevStart = low.lastIndexOf('\n', prevEnd - 1) + 1;
        if (prevEnd - prevStart <= 0 || prevEnd - prevStart > 300 || low.substring(prevStart, prevEnd).strip().endsWith(":")) return false;
        int nextStart = le + 1, nextEnd = nextStart < low.length() ? low.indexOf('\n', nextStart) : -1;
        if (nextStart < low.length() && nextEnd < 0) nextEnd = low.length();
        return !isBareDate(low, prevStart, prevEnd) && (nextEnd < 0 || !isBareDate(low, nextStart, nextEnd));
    }

    /** A line that is only a year, a quarter or a month, or a span of years: a column header. */
    private static boolean isBareDate(String low, int from, int to) {
        return BARE_DATE.matcher(low.substring(from, to).replaceAll("[*_|\\s]+", " ").strip()).matches();
    }

    /** "… liên quan Trong năm 2026": a capitalized time cell right after the words of the cell before it, no punctuation between. */
    private static boolean closesRunTogetherRow(String text, String low, int ls, VietnameseDates.DateMention d) {
        Matcher prefix = CELL_OPENING.matcher(low).region(Math.max(ls, d.start() - 25), d.start());
        if (!prefix.find()) return false;
        int at = prefix.start();
        return at > ls + 1 && Character.isUpperCase(text.charAt(at)) && text.charAt(at - 1) == ' ' && Character.isLetter(text.charAt(at - 2));
    }

    /** The row's agency: the first of the agency cells right above the date (chủ trì comes before phối hợp). */
    private static Deadline cellDeadline(String text, String low, String date, VietnameseDates.DateMention d) {
        return cellDeadline(text, low, date, null, d.start(), d.end());
    }

    private static Deadline cellDeadline(String text, String low, String date, Recurrence recurrence, int cellStart, int cellEnd) {
        int ls = low.lastIndexOf('\n', cellStart - 1) + 1, le = low.indexOf('\n', cellEnd);
        if (le < 0) le = low.length();
        String agency = null;
        int end = ls - 1, taskStart = ls;
        boolean skipped = false;
        for (int k = 0; k < 5 && end > 0; k++) {
            int start = low.lastIndexOf('\n', end - 1) + 1;
            String line = low.substring(start, end).strip();
            taskStart = start;
            if (isAgencyCell(line)) {
                agency = clean(text.substring(start, end));   // the topmost of the agency cells: chủ trì before phối hợp
            } else if (agency != null || skipped) {
                break;
            } else {
                // one cell may stand between the agencies and the date: a result ("Trình Quốc hội dự thảo Luật"), or
                // the task where the agency comes first ("Các bộ, cơ quan ngang bộ | Báo cáo chuyên đề … | Tháng 5/2026")
                skipped = true;
            }
            end = start - 1;
        }
        String row = text.substring(taskStart, le).replace('\n', ' ').strip();
        return new Deadline(date, recurrence, agency, row, taskStart, le);
    }

    /**
     * Where the words that may govern a date begin: its sentence, or the one before when a converter broke the line
     * mid-sentence ("… báo cáo" / "Thủ tướng Chính phủ trong tháng 5 năm 2026": no full stop before the break).
     */
    private static int joinedStart(String low, SentenceIndex sentences, int ss) {
        if (ss == 0 || low.charAt(ss - 1) != '\n') return ss;
        int p = ss - 1;
        while (p >= 0 && Character.isWhitespace(low.charAt(p))) p--;
        return p < 0 || ".;:!?".indexOf(low.charAt(p)) >= 0 ? ss : sentences.start(p);
    }

    private static int clauseEnd(String low, int from, int se) {
        int end = low.indexOf(';', from);
        return end < 0 || end > se ? se : end;
    }

    /** "định kỳ hằng tháng", "hàng tháng": the clause recurs monthly. */
    private static boolean recursMonthly(String low, int cs, int ce) {
        Matcher r = RECURRENCE.matcher(low).region(cs, ce);
        while (r.find()) if (recurrence(r) == Recurrence.MONTHLY) return true;
        return false;
    }

    /**
     * A quarter or month that dates a percentage is that target's horizon: "bảo đảm 100% dịch vụ công … trong quý III
     * năm 2026", "Trong quý III năm 2026, hoàn thành cắt giảm 50% …" (a clause opening on its date governs all of it).
     * Not "… bảo đảm đạt mục tiêu cắt giảm tối thiểu 30%, trình Thủ tướng Chính phủ phê duyệt trong tháng 11 năm 2025",
     * where the date has a piece of its own.
     */
    private static boolean isTargetHorizon(String low, int cs, int ce, VietnameseDates.DateMention d) {
        Matcher label = LABEL.matcher(low).region(cs, d.start());
        int opening = label.lookingAt() ? label.end() : cs;
        boolean opensClause = WITHIN.endingAt(low, d.start(), opening) == opening || d.start() == opening
                || low.substring(opening, d.start()).isBlank();
        int from = opensClause ? cs : Math.max(cs, low.lastIndexOf(", ", d.start()) + 1);
        int to = opensClause ? ce : low.indexOf(", ", d.end());
        if (to < 0 || to > ce) to = ce;
        int percent = low.indexOf('%', from);
        return percent >= 0 && percent < to;
    }

    /** Whether a date comes before the document's own date (compared to the precision of the date). */
    private static boolean isBefore(String date, String documentDate) {
        if (documentDate == null || date.startsWith("-") || date.length() < 7 || documentDate.length() < date.length()) return false;
        return date.compareTo(documentDate.substring(0, date.length())) < 0;
    }

    private static boolean isAgencyCell(String line) {
        return SUBJECT.matcher(line).lookingAt() && line.length() <= 150 && !line.endsWith(".") && !REPORT.matcher(line).lookingAt();
    }

    /** An obligation verb shortly before: "hoàn thành trong năm 2025", not "số ngày nghỉ trong năm 2021". */
    private static boolean hasObligation(String low, int ss, int at) {
        return OBLIGATION.foundIn(low, Math.max(ss, at - 100), at);
    }

    /** "trước ngày 30/11 hàng năm": the recurrence its sentence states, nearest to the date. */
    private static Recurrence nearestRecurrence(String low, int ss, int se, VietnameseDates.DateMention d) {
        Matcher r = RECURRENCE.matcher(low);
        r.region(ss, se);
        Recurrence best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (r.find()) {
            Recurrence rec = recurrence(r);
            if (rec == Recurrence.MONTHLY || rec == Recurrence.QUARTERLY) continue; // a day and month recur yearly
            int distance = r.start() >= d.end() ? r.start() - d.end() : d.start() - r.end();
            if (distance < bestDistance) {
                best = rec;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "hằng năm" → ANNUAL, "hàng quý" → QUARTERLY, "hằng tháng" → MONTHLY. */
    private static Recurrence unitRecurrence(String phrase) {
        return phrase.endsWith("quý") ? Recurrence.QUARTERLY : phrase.endsWith("tháng") ? Recurrence.MONTHLY : Recurrence.ANNUAL;
    }

    private static Recurrence recurrence(Matcher r) {
        if (r.group("half") != null) return Recurrence.SEMIANNUAL;
        if (r.group("next") != null) return Recurrence.ANNUAL;
        return switch (r.group("unit")) {
            case "tháng" -> Recurrence.MONTHLY;
            case "quý" -> Recurrence.QUARTERLY;
            default -> Recurrence.ANNUAL;
        };
    }

    /**
     * "Định kỳ hằng năm tổng hợp tình hình báo cáo …", "báo cáo định kỳ 6 tháng, hằng năm": a
     * periodic report with no day. The recurrence must govern the reporting ("định kỳ" with it,
     * before the report or right after it); "báo cáo kết quả thực hiện hàng năm" states none.
     */
    private static void addPeriodicReports(String text, String low, HorizonScope scopes, SentenceIndex sentences,
                                           List<Deadline> out) {
        int lastSentence = -1;
        for (int at = low.indexOf(PERIODIC); at >= 0; at = low.indexOf(PERIODIC, at + 1)) {
            if (at > 0 && TargetLexicon.isLetter(low.charAt(at - 1))) continue;
            int ss = sentences.start(at), se = sentences.end(at), pe = at + PERIODIC.length();
            if (ss == lastSentence || hasDeadlineIn(out, ss, se)) continue;
            HorizonScope.Scope scope = scopes.at(at);
            if (scope.assessment()) continue;
            int clauseEnd = low.indexOf(';', pe);
            if (clauseEnd < 0 || clauseEnd > se) clauseEnd = se;
            Matcher report = REPORT.matcher(low);
            report.region(at, clauseEnd);
            if (!report.find() || report.start() - pe > 120) continue;
            EnumSet<Recurrence> found = EnumSet.noneOf(Recurrence.class);
            Matcher r = RECURRENCE.matcher(low);
            r.region(at, Math.min(clauseEnd, report.end() + 30));
            while (r.find()) found.add(recurrence(r));
            if (found.isEmpty()) continue;
            lastSentence = ss;
            for (Recurrence rec : found) addPerOwner(out, deadline(text, low, null, rec, ss, se, at, scope));
        }
        // "Hằng năm hoặc đột xuất báo cáo kết quả thực hiện về Bộ Công an": a clause opening on its recurrence
        Matcher opening = RECURRING_REPORT.matcher(low).useTransparentBounds(true).useAnchoringBounds(false);
        int[] words = recurrenceWords(low);
        for (int from = 0; (from = nextRecurringReport(opening, low, from, words)) >= 0; ) {
            int at = opening.start("rec"), ss = sentences.start(at), se = sentences.end(at);
            if (hasDeadlineIn(out, ss, se) || scopes.at(at).assessment()) continue;
            Recurrence rec = unitRecurrence(opening.group("rec"));
            addPerOwner(out, deadline(text, low, null, rec, ss, se, at, scopes.at(at)));
        }
        // a table's time cell "Hằng năm." in the row of a report ("Báo cáo Bộ Tài chính tình hình thực hiện Đề án.")
        Matcher cell = RECURRENCE_CELL.matcher(low).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; (from = nextRecurrenceCell(cell, low, from)) >= 0; ) {
            if (hasDeadlineIn(out, cell.start(), cell.end()) || scopes.at(cell.start()).assessment()) continue;
            Deadline row = cellDeadline(text, low, null, null, cell.start(), cell.end());
            if (row.start() >= cell.start() || !REPORT.matcher(low).region(row.start(), cell.start()).find()) continue;
            Recurrence rec = unitRecurrence(cell.group("rec"));
            addPerOwner(out, new Deadline(null, rec, row.agency(), row.text(), row.start(), row.end()));
        }
    }

    /**
     * One record per owing agency: "Bộ Xây dựng, Bộ Khoa học và Công nghệ, các bộ, cơ quan rà soát …" owes twice.
     * The owners are the comma-separated parts that open on a capitalized agency word; the generic ones ("các bộ",
     * "Thủ trưởng các sở") are dropped, and a part that opens on neither continues the name before it ("Bộ Văn hóa,
     * Thể thao và Du lịch", "Ủy ban nhân dân các tỉnh, thành phố").
     */
    private static void addPerOwner(List<Deadline> out, Deadline d) {
        List<String> owners = owners(d.agency());
        if (owners.size() <= 1) {   // one owner: the name as the text writes it, classes beside it included
            out.add(d);
            return;
        }
        for (String owner : owners) out.add(new Deadline(d.date(), d.recurrence(), owner, d.text(), d.start(), d.end()));
    }

    static List<String> owners(String agency) {
        record Part(StringBuilder name, boolean named) {}
        List<Part> parts = new ArrayList<>();
        for (String piece : agency == null ? new String[0] : agency.split(",\\s*")) {
            String low = TargetLexicon.matchingForm(piece);
            // a name opens on a capitalized agency word and has a second word ("Bộ" alone is the class of ministries)
            boolean opens = !piece.isEmpty() && Character.isUpperCase(piece.charAt(0)) && SUBJECT.matcher(low).lookingAt()
                    && piece.strip().indexOf(' ') > 0;
            boolean generic = GENERIC_OWNER.matcher(low).lookingAt();
            if (opens || generic || parts.isEmpty()) parts.add(new Part(new StringBuilder(piece), opens && !generic));
            else parts.get(parts.size() - 1).name().append(", ").append(piece);
        }
        return parts.stream().filter(Part::named).map(p -> p.name().toString().strip()).toList();
    }

    /*
     * Both patterns below can only start at a line start or a stop, but find() would try them at every character of
     * the document: they are tried only there, each from where the last match ended, as find() goes on. The matchers
     * have transparent, non-anchoring bounds, so a region starting at the candidate changes nothing of the match.
     */

    /**
     * Moves {@code m} to the next {@link #RECURRING_REPORT} from {@code from}; its end, or -1 when none. Between a
     * match's start and its "hằng"/"hàng" ({@code words}, the offsets of both in order) stand only stops, white space
     * and markup, never a letter: a match starts in the run of such characters right before the first of the words at
     * or after its start, or on the word itself, so only those starts are tried, in order, as a scan of every character would.
     */
    private static int nextRecurringReport(Matcher m, String low, int from, int[] words) {
        int n = low.length();
        int k = java.util.Arrays.binarySearch(words, from);
        for (k = k >= 0 ? k : -k - 1; k < words.length; k++) {
            int word = words[k], first = word;
            while (first > from && mayPrecedeRecurrence(low.charAt(first - 1))) first--;
            for (int i = first; i <= word; i++) {
                char c = low.charAt(i);
                if ((c == '.' || c == ';' || c == ':' || c == '\n' || i == 0 || isLineTerminator(low.charAt(i - 1)))
                        && m.region(i, n).lookingAt()) return m.end();
            }
            from = word + 1;
        }
        return -1;
    }

    /** The offsets of "hằng" and "hàng" in the lower-case text, in order. */
    private static int[] recurrenceWords(String low) {
        java.util.stream.IntStream.Builder out = java.util.stream.IntStream.builder();
        for (String w : new String[] {"hằng", "hàng"}) {
            for (int at = low.indexOf(w); at >= 0; at = low.indexOf(w, at + 1)) out.add(at);
        }
        return out.build().sorted().toArray();
    }

    /** The characters {@link #RECURRING_REPORT} may read before its "hằng"/"hàng" (a superset: any white space). */
    private static boolean mayPrecedeRecurrence(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || isLineTerminator(c) || ".;:#>*_|-–+•".indexOf(c) >= 0;
    }

    /** The characters after which a multiline {@code ^} matches. */
    private static boolean isLineTerminator(char c) {
        return c < 0x85 ? c == '\n' || c == '\r' : c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** Moves {@code m} to the next {@link #RECURRENCE_CELL} from {@code from} (they open after a newline); its end, or -1. */
    private static int nextRecurrenceCell(Matcher m, String low, int from) {
        for (int i = low.indexOf('\n', Math.max(0, from - 1)); i >= 0; i = low.indexOf('\n', i + 1)) {
            if (m.region(i + 1, low.length()).lookingAt()) return m.end();
        }
        return -1;
    }

    private static boolean hasDeadlineIn(List<Deadline> out, int ss, int se) {
        for (Deadline d : out) if (d.start() >= ss && d.start() < se) return true;
        return false;
    }

    /** The record: the clause holding the date as its text; the owner from the sentence, paragraph or block. */
    private static Deadline deadline(String text, String low, String date, Recurrence recurrence, int ss, int se,
                                     int at, HorizonScope.Scope scope) {
        int start = Math.max(ss, low.lastIndexOf(';', at) + 1), end = low.indexOf(';', at);
        if (end < 0 || end > se) end = se;
        Matcher label = LABEL.matcher(low);
        label.region(start, end);
        if (label.lookingAt()) start = label.end();
        while (end > start && " \t\r\n.;/*_".indexOf(text.charAt(end - 1)) >= 0) end--;
        String agency = subject(text, low, ss, se);
        if (agency == null) agency = subject(text, low, low.lastIndexOf('\n', ss - 1) + 1, se);
        if (agency == null && scope.heading() != null
                && SUBJECT.matcher(TargetLexicon.matchingForm(scope.heading())).lookingAt()) {
            // "Bộ Tài chính chủ trì, phối hợp với các cơ quan, địa phương:" → "Bộ Tài chính"
            String heading = scope.heading();
            Matcher verb = HEADING_END.matcher(TargetLexicon.matchingForm(heading));
            agency = clean(verb.find() && verb.start() > 0 ? heading.substring(0, verb.start()) : heading);
        }
        return new Deadline(date, recurrence, agency, text.substring(start, end), start, end);
    }

    /** The agency a sentence opens on ("UBND các huyện chủ động …", "Ban Dân vận Huyện ủy: Chủ trì …"). */
    private static String subject(String text, String low, int from, int to) {
        Matcher label = LABEL.matcher(low);
        label.region(from, to);
        int start = label.lookingAt() ? label.end() : from;
        if (!SUBJECT.matcher(low.substring(start, to)).lookingAt()) return null;
        Matcher stop = SUBJECT_END.matcher(low);
        stop.region(start, to);
        return stop.find() && stop.start() > start ? clean(text.substring(start, stop.start())) : null;
    }

    private static String clean(String name) {
        String s = name.replaceAll("[*_]", "").replaceAll("[\\s,;:]+$", "").strip();
        for (Map.Entry<Pattern, String> a : ABBREVIATIONS.entrySet()) s = a.getKey().matcher(s).replaceAll(a.getValue());
        return s.isEmpty() || s.length() > 150 ? null : s;
    }

    private static String documentDate(DocumentStructure structure) {
        String date = structure == null || structure.document() == null ? null : structure.document().date();
        return date != null && date.matches("\\d{4}-\\d{2}(?:-\\d{2})?") ? date : null;
    }

    /** The document's year: from the structure stage, else from the header's date line; 0 when unknown. */
    private static int documentYear(DocumentStructure structure, String low) {
        String date = structure == null || structure.document() == null ? null : structure.document().date();
        if (date != null && date.matches("\\d{4}.*")) return Integer.parseInt(date.substring(0, 4));
        Matcher m = DATE_LINE.matcher(low);
        m.region(0, Math.min(low.length(), 3000));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static Map<Pattern, String> abbreviations() {
        Map<Pattern, String> out = new LinkedHashMap<>();
        for (String line : TargetLexicon.raw("deadlines/abbreviations.txt")) {
            int eq = line.indexOf('=');
            out.put(Pattern.compile("(?<!\\p{L})" + Pattern.quote(line.substring(0, eq).strip()) + "(?!\\p{L})"),
                    line.substring(eq + 1).strip());
        }
        return out;
    }
}
