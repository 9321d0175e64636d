package org.steward.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.steward.report.core.Better;
import org.steward.report.core.Format;
import org.steward.report.core.Target;

class ChartsTest {

    @Test
    void aTrendHasOnePointPerMonthWithAValueAndDrawsSignalsInRed() throws Exception {
        List<TrendChart.Point> points = List.of(
                new TrendChart.Point("2025-01", 1.50, 1.55, 1.20, 1.90, false),
                new TrendChart.Point("2025-02", 1.60, 1.55, 1.20, 1.90, false),
                TrendChart.Point.of("2025-03", null),
                new TrendChart.Point("2025-04", 2.10, 1.55, 1.20, 1.90, true));
        String svg = new TrendChart("CMI", Format.RATIO, points).svg();
        wellFormed(svg);
        assertThat(count(svg, "class=\"point\"")).isEqualTo(2);
        assertThat(count(svg, "class=\"point signal\"")).isEqualTo(1);
        // The month without a value breaks the line in two instead of inventing a point.
        assertThat(count(svg, "class=\"value\"")).isEqualTo(2);
        assertThat(count(svg, "class=\"limit upper\"")).isEqualTo(2);
        assertThat(svg).contains(">2025-01<", ">2025-04<").doesNotContain("target");
    }

    @Test
    void theHigherValueIsDrawnHigherAndTheTargetLineSitsAtItsValue() {
        String svg = new TrendChart("rate", Format.PERCENT, List.of(TrendChart.Point.of("2025-01", 0.02),
                TrendChart.Point.of("2025-02", 0.04))).target(0.01).svg();
        List<Double> ys = attributes(svg, "circle", "cy");
        assertThat(ys.get(1)).isLessThan(ys.get(0));
        double targetY = attributes(svg, "line class=\"target\"", "y1").get(0);
        assertThat(targetY).isGreaterThan(ys.get(0));
        assertThat(svg).contains("target 1.00%");
    }

    @Test
    void decadesOfMonthsKeepAtMostThirteenAxisLabels() {
        List<TrendChart.Point> points = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            points.add(TrendChart.Point.of(java.time.YearMonth.of(2000, 1).plusMonths(i).toString(), 0.05 + i * 1e-4));
        }
        String svg = new TrendChart("long", Format.PERCENT, points).svg();
        assertThat(count(svg, "class=\"point\"")).isEqualTo(240);
        assertThat(count(svg, "text-anchor=\"middle\"")).isLessThanOrEqualTo(13);
    }

    @Test
    void paretoBarsAreAsHighAsTheirShareOfTheLargestBar() throws Exception {
        String svg = new ParetoChart("denied", Format.DOLLARS, List.of(new ParetoChart.Bar("missing_documentation", 600, true),
                new ParetoChart.Bar("authorization", 300, true), new ParetoChart.Bar("non_covered", 100, false)), 0.9).svg();
        wellFormed(svg);
        List<Double> heights = attributes(svg, "rect", "height");
        assertThat(heights).hasSize(3);
        assertThat(heights.get(1) / heights.get(0)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(heights.get(2) / heights.get(0)).isCloseTo(1 / 6.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(count(svg, "class=\"bar vital\"")).isEqualTo(2);
        assertThat(count(svg, "class=\"cumulative-point\"")).isEqualTo(3);
        assertThat(svg).contains("vital few: 90.00% of the total");
    }

    @Test
    void aHeatMapColoursEachCellByTheBandsAndShowsItsValue() throws Exception {
        Double[][] values = {{99.5, 96.0}, {90.0, null}};
        String svg = new HeatMap("scorecard", List.of("F1", "F2"), List.of("completeness", "conformance"), values,
                new Target(Better.HIGHER, 98, 95), Format.SCORE).svg();
        wellFormed(svg);
        assertThat(count(svg, "class=\"cell ")).isEqualTo(4);
        assertThat(count(svg, "mark-good")).isEqualTo(1);
        assertThat(count(svg, "mark-watch")).isEqualTo(1);
        assertThat(count(svg, "mark-act")).isEqualTo(1);
        assertThat(count(svg, "mark-none")).isEqualTo(1);
        assertThat(svg).contains(">99.5<", ">n/a<");
    }

    @Test
    void labelsAreEscaped() throws Exception {
        String svg = new ParetoChart("a & b", Format.COUNT, List.of(new ParetoChart.Bar("<coding & billing>", 1, true)), 1).svg();
        wellFormed(svg);
        assertThat(svg).contains("&lt;coding &amp; billing&gt;");
    }

    private static void wellFormed(String svg) throws Exception {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    private static List<Double> attributes(String svg, String element, String attribute) {
        Matcher m = Pattern.compile("<" + Pattern.quote(element) + "[^>]*? " + attribute + "=\"([-0-9.]+)\"").matcher(svg);
        List<Double> values = new ArrayList<>();
        while (m.find()) {
            values.add(Double.parseDouble(m.group(1)));
        }
        return values;
    }
}
