package org.steward.quality.engine;

/**
 * What one check found in one facility and period. {@code note} says why nothing could be checked
 * when that is not the data's doing (a table the check reads was never staged); null otherwise.
 */
public record CheckCounts(String checkId, String facilityId, String period, long rowsChecked, long rowsFailed,
                          long rowsNotCheckable, String note) {

    public CheckCounts(String checkId, String facilityId, String period, long rowsChecked, long rowsFailed,
                       long rowsNotCheckable) {
        this(checkId, facilityId, period, rowsChecked, rowsFailed, rowsNotCheckable, null);
    }
}
