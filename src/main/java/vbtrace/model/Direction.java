package vbtrace.model;

public enum Direction { REACH, INCREASE, DECREASE, AT_LEAST, AT_MOST }
