package org.steward.report.model;

/**
 * A headline of the executive summary: its value this month, target, mark (good/watch/act), last month's
 * value and the change, and the query it came from. {@code key} names it in the HTML (data-headline) so
 * tests and readers can find it.
 */
public record HeadlineRow(String key, String label, String value, String target, String mark, String markCss,
                          String previous, String change, String source, String note) {
}
