package vbtrace.model;

/** A span of the normalized text: UTF-16 offsets {@code [start, end)} and the text there. */
public record Mention(int start, int end, String text) {}
