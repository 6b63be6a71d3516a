package vbtrace.model;

/** A quantitative commitment (or, in {@code baselines}, a measured statistic). */
public record Target(String indicator, Direction direction, Double min, Double max, String unit,
                     Integer year, String text, int start, int end) {}
