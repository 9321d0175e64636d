package org.steward.report.chart;

import java.util.List;
import org.steward.report.core.Format;

/**
 * A Pareto chart: bars in the order given (largest first), the cumulative share as a line on a 0-100% right
 * axis, and a line at the share the "vital few" reach. Bars of the vital few are darker.
 */
public final class ParetoChart {

    /** One bar: its label, its value and whether it is among the vital few. */
    public record Bar(String label, double value, boolean vital) {
    }

    static final double WIDTH = 680;
    static final double HEIGHT = 280;
    static final double LEFT = 100;
    static final double RIGHT = 44;
    static final double TOP = 16;
    static final double BOTTOM = 96;

    private final String title;
    private final Format format;
    private final List<Bar> bars;
    private final double share;

    public ParetoChart(String title, Format format, List<Bar> bars, double share) {
        this.title = title;
        this.format = format;
        this.bars = List.copyOf(bars);
        this.share = share;
    }

    public String svg() {
        Svg svg = new Svg(WIDTH, HEIGHT, title);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double total = bars.stream().mapToDouble(Bar::value).sum();
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        double top = max <= 0 ? 1 : max;
        double slot = plotWidth / Math.max(1, bars.size());
        for (int t = 0; t <= 4; t++) {
            double v = top * t / 4;
            double y = TOP + plotHeight * (1 - v / top);
            svg.line(LEFT, y, WIDTH - RIGHT, y, "grid", Palette.GRID, null);
            svg.text(LEFT - 6, y + 4, format.text(v), "end", Palette.MUTED, null);
            svg.text(WIDTH - RIGHT + 6, y + 4, Format.PERCENT.text(t / 4.0).replace(".00", ""), "start", Palette.MUTED, null);
        }
        double cumulative = 0;
        java.util.List<double[]> line = new java.util.ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double height = plotHeight * Math.max(0, bar.value()) / top;
            double x = LEFT + slot * i + slot * 0.15;
            svg.rect(x, TOP + plotHeight - height, slot * 0.7, height, bar.vital() ? "bar vital" : "bar",
                    bar.vital() ? Palette.BAR_VITAL : Palette.BAR, bar.label() + ": " + format.text(bar.value()));
            double cx = LEFT + slot * i + slot / 2;
            svg.text(cx, HEIGHT - BOTTOM + 12, shortLabel(bar.label()), "end", Palette.INK,
                    "transform=\"rotate(-35 " + Svg.n(cx) + " " + Svg.n(HEIGHT - BOTTOM + 12) + ")\"");
            cumulative += bar.value();
            if (total > 0) {
                line.add(new double[] {cx, TOP + plotHeight * (1 - cumulative / total)});
            }
        }
        svg.polyline(line, "cumulative", Palette.INK, 1.5, null);
        for (double[] p : line) {
            svg.circle(p[0], p[1], 2.5, "cumulative-point", Palette.INK, "cumulative share");
        }
        double shareY = TOP + plotHeight * (1 - share);
        svg.line(LEFT, shareY, WIDTH - RIGHT, shareY, "share", Palette.TARGET, "6,3");
        svg.text(WIDTH - RIGHT - 2, shareY - 4, "vital few: " + Format.PERCENT.text(share) + " of the total",
                "end", Palette.TARGET, null);
        svg.line(LEFT, TOP, LEFT, TOP + plotHeight, "axis", Palette.INK, null);
        svg.line(LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight, "axis", Palette.INK, null);
        return svg.close();
    }

    /** Long root-cause names are cut so the rotated label stays inside the chart; the bar's tooltip has it whole. */
    static String shortLabel(String label) {
        return label.length() <= 22 ? label : label.substring(0, 21) + "…";
    }
}
