package vbtrace.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vbtrace.DataFiles;
import vbtrace.model.Role;
import vbtrace.model.Span;
import vbtrace.model.Task;
import vbtrace.text.Canonical;

/**
 * Tasks from the rows of assignment tables, appendices included: the "chủ trì" / "đơn vị thực hiện"
 * column gives the agency (one task per agency named in the cell), the "phối hợp" column the
 * coordinators, the "nhiệm vụ" / "nội dung" column the text. Agencies named only as coordinators
 * get no task. Reads markdown pipe rows and the normalizer's one-cell-per-line tables.
 */
final class AssignmentTables {
    private AssignmentTables() {}

    record Cell(int start, int end) {}

    /**
     * A table: its header row first. {@code lines} is true for a table the normalizer flattened to
     * one line per cell paragraph, whose rows are read by what their lines hold rather than by
     * position (a cell may span several lines, an empty cell leaves none).
     */
    record Table(Span span, List<List<Cell>> rows, boolean lines) {
        Table(Span span, List<List<Cell>> rows) {
            this(span, rows, false);
        }
    }

    static List<Task> tasks(String text, List<AgencyToken> toks, AgencyMention[] mentionAt, AgencyNames.Resolution names,
                            List<Table> tables) {
        List<Task> out = new ArrayList<>();
        for (Table t : tables) read(text, toks, mentionAt, names, t, out);
        return out;
    }

    private static void read(String text, List<AgencyToken> toks, AgencyMention[] mentionAt, AgencyNames.Resolution names,
                             Table table, List<Task> out) {
        int header = -1, agencyCol = -1, partnerCol = -1, contentCol = -1;
        boolean leadColumn = false;
        for (int r = 0; r < table.rows().size() && header < 0; r++) {
            List<Cell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                String f = Canonical.fold(text.substring(row.get(c).start(), row.get(c).end()));
                if (f.length() > 60) continue;
                boolean lead = f.contains("chu tri");
                boolean doer = (f.contains("don vi") || f.contains("co quan")) && f.contains("thuc hien");
                if (agencyCol < 0 && (lead || doer) && !f.contains("phoi hop")) {
                    agencyCol = c;
                    leadColumn = lead;
                } else if (partnerCol < 0 && f.contains("phoi hop")) {
                    partnerCol = c;
                } else if (contentCol < 0 && (f.contains("nhiem vu") || f.contains("noi dung") || f.contains("ten "))) {
                    contentCol = c;
                }
            }
            if (agencyCol >= 0) header = r;
            else partnerCol = contentCol = -1;
        }
        if (header < 0) return;
        int width = table.rows().get(header).size();
        String group = null;
        for (int r = header + 1; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            String no = row.isEmpty() ? null : label(text, row.get(0));
            if (table.lines()) {
                if (isRoman(no) || row.size() < 3) {
                    if (no != null) group = no;
                    continue;
                }
                String section = no == null ? group : group == null ? no : group + "." + no;
                boolean doerFirst = contentCol >= 0 && agencyCol < contentCol;
                for (LineRow sub : LineRow.split(toks, mentionAt, row, partnerCol >= 0, doerFirst)) {
                    emit(text, toks, mentionAt, names, sub.agency(), sub.partner(), sub.content(), leadColumn, section, out);
                }
                continue;
            }
            if (row.size() <= agencyCol || (row.size() < width && row.size() <= 2) || isRoman(no)) {
                // a group row ("I | Hoàn thiện thể chế …"): its label prefixes the rows under it
                if (no != null) group = no;
                continue;
            }
            Cell agencyCell = row.get(agencyCol);
            Cell content = contentCol >= 0 && contentCol < row.size() ? row.get(contentCol) : agencyCell;
            Cell partner = partnerCol >= 0 && partnerCol < row.size() ? row.get(partnerCol) : null;
            String section = no == null ? group : group == null ? no : group + "." + no;
            emit(text, toks, mentionAt, names, agencyCell, partner, content, leadColumn, section, out);
        }
    }

    /** One task per body named in the agency cell; the partner cell's bodies are its coordinators. */
    private static void emit(String text, List<AgencyToken> toks, AgencyMention[] mentionAt, AgencyNames.Resolution names,
                             Cell agencyCell, Cell partner, Cell content, boolean leadColumn, String section, List<Task> out) {
        List<AgencyMention> doers = mentionsIn(toks, mentionAt, agencyCell);
        if (doers.isEmpty()) return;
        Set<String> own = new LinkedHashSet<>();
        for (AgencyMention m : doers) own.add(names.nameOf(m));
        List<String> partners = new ArrayList<>();
        if (partner != null) {
            for (AgencyMention m : mentionsIn(toks, mentionAt, partner)) {
                String n = names.nameOf(m);
                if (!own.contains(n) && !partners.contains(n)) partners.add(n);
            }
        }
        Role role = leadColumn ? Role.LEAD
                : TaskRoles.role(toks, TaskExtractor.tokenAt(toks, content.start()), TaskExtractor.tokenAt(toks, content.start()),
                TaskExtractor.tokenAt(toks, content.end()));
        for (String agency : own) {
            out.add(new Task(agency, role, partners, section, text.substring(content.start(), content.end()),
                    content.start(), content.end()));
        }
    }

    /**
     * A row of a flattened table split into its tasks. When the doer column comes first, the line
     * after the number is the doer and the rest its work. Otherwise the lines after the number up
     * to the first line that names bodies are the task ("Nhiệm vụ"); that line is the doer cell,
     * the next such line the partner cell; the time, result and funding cells follow. A later task
     * line followed by a doer line is a row under the merged number cell (same number, own doer).
     */
    record LineRow(Cell content, Cell agency, Cell partner) {
        static List<LineRow> split(List<AgencyToken> toks, AgencyMention[] mentionAt, List<Cell> row, boolean partnerColumn,
                                   boolean doerFirst) {
            List<LineRow> out = new ArrayList<>();
            if (doerFirst) {
                // "TT | Cơ quan, bộ phận thực hiện | Nội dung công việc | Thời gian": the doer, then its work
                if (!namesBodies(toks, mentionAt, row.get(1))) return out;
                Cell last = row.get(row.size() - 1);
                Cell content = row.size() > 2 ? new Cell(row.get(2).start(), last.end()) : row.get(1);
                out.add(new LineRow(content, row.get(1), null));
                return out;
            }
            int contentStart = -1, contentEnd = -1;
            Cell agency = null, partner = null;
            boolean partnerDone = !partnerColumn;
            for (int k = 1; k < row.size(); k++) {
                Cell c = row.get(k);
                boolean names = namesBodies(toks, mentionAt, c);
                if (agency == null) {
                    if (names && contentStart >= 0) agency = c;
                    else {
                        if (contentStart < 0) contentStart = c.start();
                        contentEnd = c.end();
                    }
                } else if (!partnerDone) {
                    if (names) partner = c;
                    partnerDone = true;
                } else if (!names && looksLikeTask(toks, c) && k + 1 < row.size() && namesBodies(toks, mentionAt, row.get(k + 1))) {
                    out.add(new LineRow(new Cell(contentStart, contentEnd), agency, partner));
                    contentStart = c.start();
                    contentEnd = c.end();
                    agency = partner = null;
                    partnerDone = !partnerColumn;
                }
            }
            if (agency != null) out.add(new LineRow(new Cell(contentStart, contentEnd), agency, partner));
            return out;
        }

        /**
         * A doer or partner cell: it opens with a body's name or with a class of bodies ("Các sở,
         * ban, ngành; UBND các xã, phường"), not with the verb of a task ("Tham mưu UBND Thành phố").
         */
        private static boolean namesBodies(List<AgencyToken> toks, AgencyMention[] mentionAt, Cell c) {
            // a doer cell is a short list; a long line opening with a body is a result ("Bộ KH&CN đã ban hành …")
            if (c.end() - c.start() > MAX_DOER_CELL) return false;
            int i = TaskExtractor.tokenAt(toks, c.start());
            while (i < toks.size() && toks.get(i).start() < c.end() && !toks.get(i).isWord()) i++;
            if (i >= toks.size() || toks.get(i).start() >= c.end()) return false;
            if (mentionAt[i] != null) return true;
            return toks.get(i).is("các") && i + 1 < toks.size() && BODY_CLASSES.contains(toks.get(i + 1).key());
        }
    }

    private static final int MAX_DOER_CELL = 160;

    /** A task line opens with a word (a verb), not with a date or number ("10/10/2025", "Quý IV/2026"). */
    private static boolean looksLikeTask(List<AgencyToken> toks, Cell c) {
        int i = TaskExtractor.tokenAt(toks, c.start());
        return c.end() - c.start() >= 15 && i < toks.size() && toks.get(i).isWord() && toks.get(i).start() < c.end()
                && !toks.get(i).is("quý") && !toks.get(i).is("năm") && !toks.get(i).is("tháng");
    }

    /** Words that after "các" name a class of bodies in a doer or partner cell. */
    private static final Set<String> BODY_CLASSES = DataFiles.lines("/vbtrace/extract/tasks/body-classes.txt").stream()
            .map(w -> AgencyTokenizer.key(w.strip())).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean isRoman(String label) {
        return label != null && label.matches("[IVX]+");
    }

    /** A short numbering cell ("1", "I", "1.2"), or null. */
    private static String label(String text, Cell c) {
        String s = text.substring(c.start(), c.end()).replaceAll("[*_\\s]", "");
        return s.matches("[0-9IVXivx]{1,4}(\\.[0-9]{1,2})*\\.?") ? s.replaceAll("\\.$", "") : null;
    }

    private static List<AgencyMention> mentionsIn(List<AgencyToken> toks, AgencyMention[] mentionAt, Cell c) {
        List<AgencyMention> out = new ArrayList<>();
        for (int i = TaskExtractor.tokenAt(toks, c.start()); i < toks.size() && toks.get(i).start() < c.end(); i++) {
            if (mentionAt[i] != null) out.add(mentionAt[i]);
        }
        return out;
    }

    private static final Pattern ROW_LABEL = Pattern.compile("[*_\\s]*(\\d{1,3}|[IVX]{1,4})[.)]?[*_\\s]*");
    private static final int MAX_HEADER_CELL = 45;

    /**
     * The tables of a text: markdown pipe rows ("| a | b |"), and tables the normalizer flattened to
     * one cell per line — a run of short header lines naming the doer column, then rows that each
     * open with their number ("1", "2", or "I" for a group) and hold one cell per line.
     */
    static List<Table> find(String text) {
        List<Table> out = new ArrayList<>();
        List<int[]> lines = new ArrayList<>();
        for (int pos = 0; pos < text.length(); ) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) eol = text.length();
            lines.add(new int[] {pos, eol});
            pos = eol + 1;
        }
        for (int i = 0; i < lines.size(); i++) {
            // most lines are long paragraphs, neither a pipe row nor a header cell: judged without copying them
            int s = lines.get(i)[0], e = lines.get(i)[1];
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (s == e || text.charAt(s) != '|' && e - s > MAX_HEADER_CELL) continue;
            String line = text.substring(s, e);
            if (line.startsWith("|") && line.indexOf('|', 1) > 0) {
                List<List<Cell>> rows = new ArrayList<>();
                int j = i;
                for (; j < lines.size(); j++) {
                    String l = text.substring(lines.get(j)[0], lines.get(j)[1]).strip();
                    if (!(l.startsWith("|") || l.startsWith("+"))) break;
                    if (l.startsWith("|") && !l.matches("[|:\\-\\s+=]+")) rows.add(pipeCells(text, lines.get(j)[0], lines.get(j)[1]));
                }
                out.add(new Table(new Span(lines.get(i)[0], lines.get(j - 1)[1]), rows));
                i = j - 1;
            } else if (isDoerHeader(line)) {
                int j = flattened(text, lines, i, out);
                if (j > i) i = j;
            }
        }
        return out;
    }

    /**
     * Reads a flattened table around the header line {@code at}; returns the last line used. A row
     * runs from its number line to the next one; the column-number row under the header ("(1)",
     * "(2)" …) is skipped; the table ends at a line that opens a heading, a list item or the
     * "Nơi nhận" block, or when a row runs far longer than the header is wide.
     */
    private static int flattened(String text, List<int[]> lines, int at, List<Table> out) {
        int hs = at, he = at;
        while (hs > 0 && isHeaderCell(text, lines.get(hs - 1))) hs--;
        while (he + 1 < lines.size() && isHeaderCell(text, lines.get(he + 1))) he++;
        int width = he - hs + 1;
        String first = Canonical.fold(cell(text, lines.get(hs)));
        if (width < 3 || !(first.equals("tt") || first.equals("stt") || first.startsWith("so tt"))) return at;
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        for (int k = hs; k <= he; k++) header.add(trim(text, lines.get(k)[0], lines.get(k)[1]));
        rows.add(header);
        int k = he + 1;
        while (k < lines.size() && COLUMN_NUMBER.matcher(cell(text, lines.get(k))).matches()) k++;
        List<Cell> row = null;
        for (; k < lines.size(); k++) {
            int[] l = lines.get(k);
            String line = text.substring(l[0], l[1]);
            if (ROW_LABEL.matcher(line).matches()) {
                if (row != null) rows.add(row);
                row = new ArrayList<>();
                row.add(trim(text, l[0], l[1]));
            } else if (row != null && row.size() < 3 * width && !TABLE_END.matcher(line).lookingAt()) {
                row.add(trim(text, l[0], l[1]));
            } else if (row == null && k - he <= 2 && !TABLE_END.matcher(line).lookingAt()) {
                continue; // a group heading before the first row ("Nhiệm vụ giao Bộ trưởng Bộ KH&CN chỉ đạo")
            } else {
                break;
            }
        }
        if (row != null) rows.add(row);
        if (rows.size() < 2) return at;
        out.add(new Table(new Span(lines.get(hs)[0], lines.get(k - 1)[1]), rows, true));
        return k - 1;
    }

    /** The numbers of the columns, a row of their own under some headers: "(1)", "(2)" … */
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(\\d{1,2}\\)");
    /** What follows a table: a heading, an article, the next appendix or table header, the recipients, a signature. */
    private static final Pattern TABLE_END = Pattern.compile(
            "\\s*(?:[IVX]{1,4}\\.\\s+\\S|Điều\\s+\\d+|\\d{1,2}\\.\\s+\\p{Lu}{2}|Nơi nhận|NƠI NHẬN|TM\\.|KT\\.|PHỤ LỤC|Phụ lục|S?TT$)");

    private static boolean isDoerHeader(String line) {
        if (line.length() > MAX_HEADER_CELL) return false;
        String f = Canonical.fold(line);
        return (f.contains("chu tri") || ((f.contains("don vi") || f.contains("co quan")) && f.contains("thuc hien")))
                && !f.contains("phoi hop");
    }

    private static boolean isHeaderCell(String text, int[] line) {
        String s = cell(text, line);
        return !s.isEmpty() && s.length() <= MAX_HEADER_CELL && !ROW_LABEL.matcher(s).matches()
                && !COLUMN_NUMBER.matcher(s).matches() && !s.endsWith(".")
                && !s.endsWith(";") && !s.endsWith(":");
    }

    private static String cell(String text, int[] line) {
        return text.substring(line[0], line[1]).replaceAll("[*_|]", "").strip();
    }

    private static List<Cell> pipeCells(String text, int from, int to) {
        List<Cell> cells = new ArrayList<>();
        int first = text.indexOf('|', from);
        int last = text.lastIndexOf('|', to - 1);
        int s = first + 1;
        for (int i = first + 1; i <= last; i++) {
            if (text.charAt(i) == '|') {
                cells.add(trim(text, s, i));
                s = i + 1;
            }
        }
        return cells;
    }

    private static Cell trim(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return new Cell(s, e);
    }
}
