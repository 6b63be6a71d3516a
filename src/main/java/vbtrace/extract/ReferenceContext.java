package vbtrace.extract;

/**
 * What the words right after one mention of a number say of that document: its date (ISO),
 * issuer ("Ban Thường vụ Tỉnh ủy") and subject ("về …" up to the clause end). {@code headEnd} is
 * where the number, date and issuer end and the subject (if any) begins.
 */
record ReferenceContext(String date, String issuer, String subject, int headEnd) {}
