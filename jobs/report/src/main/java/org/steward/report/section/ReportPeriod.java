package org.steward.report.section;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.steward.core.period.Period;

/** The month a report covers, the month before it, and the window its trend charts show. */
public record ReportPeriod(Period period, int trendMonths) {

    public String text() {
        return period.toString();
    }

    public String previous() {
        return new Period(period.month().minusMonths(1)).toString();
    }

    public String windowStart() {
        return new Period(period.month().minusMonths(trendMonths - 1L)).toString();
    }

    /**
     * Every month from the first month with data (not before the window) to the report's month, so a month
     * without data shows as a gap in a trend instead of being skipped over silently.
     */
    public List<String> months(String firstWithData) {
        YearMonth start = YearMonth.parse(firstWithData.compareTo(windowStart()) < 0 ? windowStart() : firstWithData);
        List<String> months = new ArrayList<>();
        for (YearMonth m = start; !m.isAfter(period.month()); m = m.plusMonths(1)) {
            months.add(new Period(m).toString());
        }
        return months;
    }

    /** The first day after the month: the run date that makes a job cover the whole month. */
    public String dayAfter() {
        return period.month().plusMonths(1).atDay(1).toString();
    }
}
