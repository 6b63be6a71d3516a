package vbtrace.model;

public enum Recurrence { ANNUAL, SEMIANNUAL, QUARTERLY, MONTHLY }
