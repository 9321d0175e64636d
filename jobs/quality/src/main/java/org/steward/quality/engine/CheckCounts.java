package org.steward.quality.engine;

/** What one check found in one facility and period. */
public record CheckCounts(String checkId, String facilityId, String period, long rowsChecked, long rowsFailed,
                          long rowsNotCheckable) {
}
