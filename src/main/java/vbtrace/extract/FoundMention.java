package vbtrace.extract;

/**
 * One mention of a number while the extractor works: where the mention starts (its type word, if
 * any), where the number itself is, the canonical id, the type the words or symbol give, and what
 * follows it ({@link ReferenceContext}).
 */
record FoundMention(int start, int idStart, int idEnd, String id, String type, ReferenceContext context) {}
