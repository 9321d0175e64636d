package org.steward.quality.engine;

/** A sampled failing row: enough to find and fix it (its key and input line), nothing more. */
public record FailingRow(String checkId, String facilityId, String period, String rowKey, long sourceLine) {
}
