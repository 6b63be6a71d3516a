package vbtrace.model;

/** A dated obligation: "2025-12-15", "2025", "--11-30" (yearly), "---20" (monthly) or null. */
public record Deadline(String date, Recurrence recurrence, String agency, String text, int start, int end) {}
