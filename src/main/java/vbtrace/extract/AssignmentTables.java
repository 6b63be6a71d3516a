package vbtrace.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vbtrace.model.Role;
import vbtrace.model.Span;
import vbtrace.model.Task;
import vbtrace.text.Canonical;

/**
 * Tasks from the rows of assignment tables, appendices included: the "chủ trì" / "đơn vị thực hiện"
 * column gives the agency (one task per agency named in the cell), the "phối hợp" column the
 * coordinators, the "nhiệm vụ" / "nội dung" column the text. Agencies named only as coordinators
 * get no task. Reads markdown pipe rows ("| a | b |") and the flattened form of the web renderings,
 * where every cell sits between lines holding a single "|" and an empty cell ends a row.
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
            if (row.size() <= agencyCol || (row.size() < width && row.size() <= 2)) {
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

    /** The tables of a text, in either markdown form. */
    static List<Table> find(String text) {
        List<Table> out = new ArrayList<>();
        int n = text.length(), pos = 0;
        List<List<Cell>> rows = null;
        List<Cell> row = null;
        int tableStart = -1, cellStart = -1;
        boolean lastWasBar = false;
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) eol = n;
            String line = text.substring(pos, eol).strip();
            if (line.equals("|")) {
                // the flattened form
                if (rows == null) {
                    rows = new ArrayList<>();
                    row = new ArrayList<>();
                    tableStart = pos;
                } else if (lastWasBar) {
                    if (!row.isEmpty()) rows.add(row);
                    row = new ArrayList<>();
                } else if (cellStart >= 0) {
                    row.add(trim(text, cellStart, pos));
                }
                cellStart = eol + 1;
                lastWasBar = true;
            } else if (rows != null && line.isEmpty() && lastWasBar) {
                if (!row.isEmpty()) rows.add(row);
                out.add(new Table(new Span(tableStart, pos), rows));
                rows = null;
                cellStart = -1;
                lastWasBar = false;
            } else if (rows == null && line.startsWith("|") && line.indexOf('|', 1) > 0) {
                // pipe rows: a run of lines starting with "|"
                List<List<Cell>> pipeRows = new ArrayList<>();
                int start = pos, p = pos;
                while (p < n) {
                    int e = text.indexOf('\n', p);
                    if (e < 0) e = n;
                    String l = text.substring(p, e).strip();
                    if (!(l.startsWith("|") || l.startsWith("+"))) break;
                    if (l.startsWith("|") && !l.matches("[|:\\-\\s+=]+")) pipeRows.add(pipeCells(text, p, e));
                    p = e + 1;
                }
                out.add(new Table(new Span(start, Math.min(p, n)), pipeRows));
                eol = Math.max(eol, Math.min(p, n) - 1);
                lastWasBar = false;
            } else {
                lastWasBar = false;
            }
            pos = eol + 1;
        }
        if (rows != null) {
            if (row != null && !row.isEmpty()) rows.add(row);
            out.add(new Table(new Span(tableStart, n), rows));
        }
        return out;
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
