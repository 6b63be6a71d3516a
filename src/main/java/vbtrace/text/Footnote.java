package vbtrace.text;

import vbtrace.model.Span;

/**
 * A footnote marker in the normalized text ("… cơ quan[2] …") linked to its footnote: the line
 * "[2] Bộ Tư pháp, …" further down. {@code text} is the footnote's text after its label, or null
 * when the document has no footnote with that label.
 */
public record Footnote(String label, Span marker, Span text) {}
