package vbtrace.structure;

import java.util.ArrayList;
import java.util.List;
import vbtrace.model.OutlineNode;

/**
 * Paths in an outline: the chain of sections holding an offset, and its label path ("III.2",
 * "II.2.1", "Điều 5.1.a") as tasks and deadlines cite it. Bullets (dashes) hold text, not sections,
 * so they are not part of a path.
 */
public final class Outlines {
    private Outlines() {}

    /** The sections holding {@code offset}, outermost first (bullets included); empty if none. */
    public static List<OutlineNode> chain(List<OutlineNode> outline, int offset) {
        List<OutlineNode> out = new ArrayList<>();
        List<OutlineNode> level = outline;
        while (true) {
            OutlineNode hit = null;
            for (OutlineNode n : level) if (n.start() <= offset && offset < Math.max(n.end(), n.start() + 1)) hit = n;
            if (hit == null) return out;
            out.add(hit);
            level = hit.children();
        }
    }

    /** The innermost numbered section holding {@code offset}, or null. */
    public static OutlineNode innermost(List<OutlineNode> outline, int offset) {
        OutlineNode last = null;
        for (OutlineNode n : chain(outline, offset)) if (!isBullet(n)) last = n;
        return last;
    }

    /** The label path of the section holding {@code offset} ("III.2"), or null outside every section. */
    public static String path(List<OutlineNode> outline, int offset) {
        return path(chain(outline, offset));
    }

    /** Labels joined by "."; a decimal label that repeats its parent ("2" then "2.1") replaces it. */
    public static String path(List<OutlineNode> chain) {
        List<String> labels = new ArrayList<>();
        for (OutlineNode n : chain) {
            if (isBullet(n)) continue;
            String label = n.label();
            if (!labels.isEmpty() && label.startsWith(labels.get(labels.size() - 1) + ".")) labels.set(labels.size() - 1, label);
            else labels.add(label);
        }
        return labels.isEmpty() ? null : String.join(".", labels);
    }

    static boolean isBullet(OutlineNode n) {
        return n.label().equals("-") || n.label().equals("+");
    }

    /** Every node of the outline in text order (depth first). */
    public static List<OutlineNode> flatten(List<OutlineNode> outline) {
        List<OutlineNode> out = new ArrayList<>();
        for (OutlineNode n : outline) {
            out.add(n);
            out.addAll(flatten(n.children()));
        }
        return out;
    }
}
