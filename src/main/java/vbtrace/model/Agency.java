package vbtrace.model;

/** An organization named in the text, by canonical full name, with its mention count. */
public record Agency(String name, int mentions) {}
