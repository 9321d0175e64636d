package org.steward.platform.batch;

import java.time.Duration;
import java.time.LocalDateTime;

/** One execution as `steward status` shows it. */
public record RunRecord(long executionId, String job, String scope, String status, LocalDateTime started,
                        Duration duration, long rowsRead, long rowsWritten, long rowsQuarantined, String output) {
}
