/**
 * The data model: immutable records that flow one way through the pipeline and serialize to
 * the JSON of {@code extraction-format.md}. Field names here are the contract; add, never rename.
 */
package vbtrace.model;
