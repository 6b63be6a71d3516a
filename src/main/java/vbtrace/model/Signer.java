package vbtrace.model;

/** Who signed: "Dương Xuân Huyền", "Phó Chủ tịch", "KT. Chủ tịch". */
public record Signer(String name, String position, String authority) {}
