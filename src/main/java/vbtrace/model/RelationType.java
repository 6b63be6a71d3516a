package vbtrace.model;

/** How a document relates to one it names, strongest first. */
public enum RelationType {
    IMPLEMENTS, BASED_ON, CITES;

    public RelationType strongest(RelationType other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}
