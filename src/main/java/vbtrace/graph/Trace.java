package vbtrace.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vbtrace.model.RelationType;

/**
 * The part of the graph reachable from one node: {@code up} follows what the root implements,
 * transitively; {@code down} what implements it. IMPLEMENTS edges only unless {@code all}.
 * Depth counts edges from the root.
 */
public record Trace(GraphNode root, boolean up, boolean down, List<GraphNode> nodes, List<GraphEdge> edges) {

    public static Trace of(CorpusGraph graph, GraphNode root, boolean up, boolean down, int depth, boolean all) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Set<GraphEdge> edges = new LinkedHashSet<>();
        nodes.put(root.key(), root);
        if (up) walk(graph, root, true, depth, all, nodes, edges);
        if (down) walk(graph, root, false, depth, all, nodes, edges);
        return new Trace(root, up, down, new ArrayList<>(nodes.values()), new ArrayList<>(edges));
    }

    private static void walk(CorpusGraph graph, GraphNode root, boolean up, int depth, boolean all,
                             Map<String, GraphNode> nodes, Set<GraphEdge> edges) {
        Set<String> seen = new LinkedHashSet<>(List.of(root.key()));
        Deque<Map.Entry<String, Integer>> queue = new ArrayDeque<>(List.of(Map.entry(root.key(), 0)));
        while (!queue.isEmpty()) {
            var current = queue.poll();
            if (current.getValue() >= depth) continue;
            for (GraphEdge e : up ? graph.outgoing(current.getKey()) : graph.incoming(current.getKey())) {
                if (!all && e.relation() != RelationType.IMPLEMENTS) continue;
                edges.add(e);
                String next = up ? e.to() : e.from();
                graph.node(next).ifPresent(n -> nodes.putIfAbsent(n.key(), n));
                if (seen.add(next)) queue.add(Map.entry(next, current.getValue() + 1));
            }
        }
    }

    /** The edges leaving {@code key} in the given direction, within this trace. */
    public List<GraphEdge> children(String key, boolean upward) {
        List<GraphEdge> out = new ArrayList<>();
        for (GraphEdge e : edges) if ((upward ? e.from() : e.to()).equals(key)) out.add(e);
        return out;
    }

    public GraphNode node(String key) {
        for (GraphNode n : nodes) if (n.key().equals(key)) return n;
        return null;
    }
}
