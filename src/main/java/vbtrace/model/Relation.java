package vbtrace.model;

/** What this text states about two other documents: {@code from} RELATION {@code to}. */
public record Relation(String from, String to, RelationType relation, String evidence) {}
