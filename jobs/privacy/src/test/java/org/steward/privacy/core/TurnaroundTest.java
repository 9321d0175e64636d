package org.steward.privacy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TurnaroundTest {

    @Test
    void medianAndNinetiethPercentileInterpolateBetweenOrderStatisticsPerTypeAndForAll() {
        List<Turnaround.Row> rows = Turnaround.of(List.of(
                new Turnaround.Days("F1", "patient", "2025-03", 10), new Turnaround.Days("F1", "patient", "2025-03", 20),
                new Turnaround.Days("F1", "patient", "2025-03", 30), new Turnaround.Days("F1", "patient", "2025-03", 40),
                new Turnaround.Days("F1", "attorney", "2025-03", 5)));
        // type 7: h = (n - 1) p; for 10, 20, 30, 40 the median is 25 and p90 = 30 + 0.7 * 10 = 37; with 5 added, 20 and 36
        assertThat(rows).containsExactly(
                new Turnaround.Row("F1", "all", "2025-03", 5, 20.0, 36.0),
                new Turnaround.Row("F1", "attorney", "2025-03", 1, 5.0, 5.0),
                new Turnaround.Row("F1", "patient", "2025-03", 4, 25.0, 37.0));
    }
}
