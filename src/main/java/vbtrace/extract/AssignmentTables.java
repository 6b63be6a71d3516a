package vbtrace.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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

    record Table(Span span, List<List<Cell>> rows) {}

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
            if (row.size() <= agencyCol || (row.size() < width && row.size() <= 2) || isRoman(no)) {
                // a group row ("I | Hoàn thiện thể chế …"): its label prefixes the rows under it
                if (no != null) group = no;
                continue;
            }
            Cell agencyCell = row.get(agencyCol);
            List<AgencyMention> doers = mentionsIn(toks, mentionAt, agencyCell);
            if (doers.isEmpty()) continue;
            Cell content = contentCol >= 0 && contentCol < row.size() ? row.get(contentCol) : agencyCell;
            Set<String> own = new LinkedHashSet<>();
            for (AgencyMention m : doers) own.add(names.nameOf(m));
            List<String> partners = new ArrayList<>();
            if (partnerCol >= 0 && partnerCol < row.size()) {
                for (AgencyMention m : mentionsIn(toks, mentionAt, row.get(partnerCol))) {
                    String n = names.nameOf(m);
                    if (!own.contains(n) && !partners.contains(n)) partners.add(n);
                }
            }
            Role role = leadColumn ? Role.LEAD
                    : TaskRoles.role(toks, TaskExtractor.tokenAt(toks, content.start()), TaskExtractor.tokenAt(toks, content.start()),
                    TaskExtractor.tokenAt(toks, content.end()));
            String section = no == null ? group : group == null ? no : group + "." + no;
            for (String agency : own) {
                out.add(new Task(agency, role, partners, section, text.substring(content.start(), content.end()),
                        content.start(), content.end()));
            }
        }
    }

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
            String line = text.substring(lines.get(i)[0], lines.get(i)[1]).strip();
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

    /** Reads a flattened table around the header line {@code at}; returns the last line used. */
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
        List<Cell> row = null;
        for (; k < lines.size(); k++) {
            int[] l = lines.get(k);
            if (ROW_LABEL.matcher(text.substring(l[0], l[1])).matches()) {
                if (row != null) rows.add(row);
                row = new ArrayList<>();
                row.add(trim(text, l[0], l[1]));
            } else if (row != null && row.size() < width) {
                row.add(trim(text, l[0], l[1]));
            } else if (row != null && continuationBeforeLabel(text, lines, k, width)) {
                // a row under a vertically merged number cell ("Xây dựng hạ tầng dự phòng" | "Trung tâm …"):
                // it keeps the number of the row above and starts at the task column
                rows.add(row);
                Cell no = row.get(0);
                row = new ArrayList<>();
                row.add(no);
                row.add(trim(text, l[0], l[1]));
            } else {
                break;
            }
        }
        if (row != null) rows.add(row);
        if (rows.size() < 2) return at;
        out.add(new Table(new Span(lines.get(hs)[0], lines.get(k - 1)[1]), rows));
        return k - 1;
    }

    /** Lines {@code k…} are fewer cells than a row and the next numbered row follows them. */
    private static boolean continuationBeforeLabel(String text, List<int[]> lines, int k, int width) {
        for (int j = k + 1; j < lines.size() && j < k + width - 1; j++) {
            if (ROW_LABEL.matcher(text.substring(lines.get(j)[0], lines.get(j)[1])).matches()) return j - k >= 2;
        }
        return false;
    }

    private static boolean isDoerHeader(String line) {
        if (line.length() > MAX_HEADER_CELL) return false;
        String f = Canonical.fold(line);
        return (f.contains("chu tri") || ((f.contains("don vi") || f.contains("co quan")) && f.contains("thuc hien")))
                && !f.contains("phoi hop");
    }

    private static boolean isHeaderCell(String text, int[] line) {
        String s = cell(text, line);
        return !s.isEmpty() && s.length() <= MAX_HEADER_CELL && !ROW_LABEL.matcher(s).matches() && !s.endsWith(".")
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
