package vbtrace.model;

public enum Role { LEAD, COORDINATE, RESPONSIBLE }
