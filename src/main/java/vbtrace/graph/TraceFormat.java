package vbtrace.graph;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Renders a {@link Trace}: a readable tree, the JSON of the CLI contract, or Graphviz DOT. */
public final class TraceFormat {
    private TraceFormat() {}

    @JsonPropertyOrder({"key", "id", "source", "type", "title", "date", "jurisdiction"})
    public record JsonNode(String key, String id, String source, String type, String title, String date, String jurisdiction) {}

    @JsonPropertyOrder({"from", "to", "relation", "evidence"})
    public record JsonEdge(String from, String to, String relation, GraphEdge.Evidence evidence) {}

    @JsonPropertyOrder({"root", "nodes", "edges"})
    public record JsonTrace(String root, List<JsonNode> nodes, List<JsonEdge> edges) {}

    public static JsonTrace json(Trace t) {
        return new JsonTrace(t.root().key(),
                t.nodes().stream().map(n -> new JsonNode(n.key(), n.id(), n.source(), n.type(), n.title(), n.date(),
                        n.jurisdiction())).toList(),
                t.edges().stream().map(e -> new JsonEdge(e.from(), e.to(), e.relation().name(), e.evidence())).toList());
    }

    public static String tree(Trace t) {
        StringBuilder out = new StringBuilder(label(t.root())).append('\n');
        if (t.up()) branch(t, t.root().key(), true, "", new HashSet<>(Set.of(t.root().key())), out);
        if (t.down()) branch(t, t.root().key(), false, "", new HashSet<>(Set.of(t.root().key())), out);
        if (t.edges().isEmpty()) out.append("  (no ").append(t.up() && t.down() ? "links" : t.up() ? "documents it implements"
                : "documents implementing it").append(" in the graph)\n");
        return out.toString();
    }

    private static void branch(Trace t, String key, boolean up, String indent, Set<String> path, StringBuilder out) {
        List<GraphEdge> children = t.children(key, up);
        for (int i = 0; i < children.size(); i++) {
            GraphEdge e = children.get(i);
            boolean last = i == children.size() - 1;
            String next = up ? e.to() : e.from();
            GraphNode n = t.node(next);
            out.append(indent).append(last ? "└─ " : "├─ ")
                    .append(up ? e.relation() + " → " : "← " + e.relation() + " ")
                    .append(n == null ? next : label(n));
            if (!path.add(next)) {
                out.append(" (cycle)\n");
                continue;
            }
            out.append('\n');
            branch(t, next, up, indent + (last ? "   " : "│  "), path, out);
            path.remove(next);
        }
    }

    static String label(GraphNode n) {
        StringBuilder s = new StringBuilder(n.id() != null ? n.key() : "(no number)");
        if (n.type() != null) s.append("  ").append(n.type());
        if (n.date() != null) s.append("  ").append(n.date());
        if (n.title() != null) s.append("  ").append(shorten(n.title(), 90));
        s.append("  [").append(n.source() != null ? n.source() : "not in corpus").append(']');
        if (n.matchScore() != null) s.append(" (matched by title, score ").append(n.matchScore()).append(')');
        return s.toString();
    }

    private static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    public static String dot(Trace t) {
        StringBuilder out = new StringBuilder("digraph trace {\n  rankdir=BT;\n  node [shape=box, fontname=\"sans-serif\"];\n");
        for (GraphNode n : t.nodes()) {
            String label = (n.id() != null ? n.key() : n.source()) + (n.title() != null ? "\\n" + escape(shorten(n.title(), 60)) : "");
            out.append("  \"").append(escape(n.key())).append("\" [label=\"").append(label.replace("\"", "'")).append('"')
                    .append(n.inCorpus() ? "" : ", style=dashed").append(n.key().equals(t.root().key()) ? ", penwidth=2" : "")
                    .append("];\n");
        }
        for (GraphEdge e : t.edges()) {
            out.append("  \"").append(escape(e.from())).append("\" -> \"").append(escape(e.to()))
                    .append("\" [label=\"").append(e.relation()).append("\"];\n");
        }
        return out.append("}\n").toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
