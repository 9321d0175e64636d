package org.steward.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.steward.report.core.Format;

/**
 * A monthly trend line, with the control chart's center line and limits when the data has them (dashed),
 * a target line when the number has one, and the months the control chart flagged drawn in red. A month
 * without a value leaves a gap in the line rather than a made-up point.
 */
public final class TrendChart {

    /** One month: its value and, when known, the control chart's center, limits and signal. */
    public record Point(String period, Double value, Double center, Double lower, Double upper, boolean signal) {

        public static Point of(String period, Double value) {
            return new Point(period, value, null, null, null, false);
        }
    }

    static final double WIDTH = 680;
    static final double HEIGHT = 230;
    static final double LEFT = 64;
    static final double RIGHT = 34;
    static final double TOP = 16;
    static final double BOTTOM = 36;
    private static final int MAX_LABELS = 12;

    private final String title;
    private final Format format;
    private final List<Point> points;
    private Double target;

    public TrendChart(String title, Format format, List<Point> points) {
        this.title = title;
        this.format = format;
        this.points = List.copyOf(points);
    }

    public TrendChart target(Double value) {
        this.target = value;
        return this;
    }

    public boolean isEmpty() {
        return points.stream().noneMatch(p -> p.value() != null);
    }

    public String svg() {
        Svg svg = new Svg(WIDTH, HEIGHT, title);
        double[] range = range();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        int n = points.size();
        java.util.function.DoubleUnaryOperator y = v -> TOP + plotHeight * (1 - (v - range[0]) / (range[1] - range[0]));
        java.util.function.IntToDoubleFunction x = i -> LEFT + (n == 1 ? plotWidth / 2 : plotWidth * i / (n - 1));
        for (int t = 0; t <= 4; t++) {
            double v = range[0] + (range[1] - range[0]) * t / 4;
            svg.line(LEFT, y.applyAsDouble(v), WIDTH - RIGHT, y.applyAsDouble(v), "grid", Palette.GRID, null);
            svg.text(LEFT - 6, y.applyAsDouble(v) + 4, format.text(v), "end", Palette.MUTED, null);
        }
        int step = Math.max(1, (int) Math.ceil(n / (double) MAX_LABELS));
        for (int i = 0; i < n; i++) {
            if (i % step == 0 || i == n - 1) {
                svg.text(x.applyAsDouble(i), HEIGHT - BOTTOM + 16, points.get(i).period(), "middle", Palette.MUTED, null);
            }
        }
        if (target != null) {
            svg.line(LEFT, y.applyAsDouble(target), WIDTH - RIGHT, y.applyAsDouble(target), "target", Palette.TARGET, "6,3");
            svg.text(WIDTH - RIGHT, y.applyAsDouble(target) - 4, "target " + format.text(target), "end", Palette.TARGET, null);
        }
        drawSeries(svg, Point::upper, x, y, "limit upper", Palette.LIMIT, 1, "4,3");
        drawSeries(svg, Point::lower, x, y, "limit lower", Palette.LIMIT, 1, "4,3");
        drawSeries(svg, Point::center, x, y, "center", Palette.CENTER, 1, "2,3");
        drawSeries(svg, Point::value, x, y, "value", Palette.SERIES, 2, null);
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            if (p.value() != null) {
                svg.circle(x.applyAsDouble(i), y.applyAsDouble(p.value()), p.signal() ? 4.5 : 3,
                        p.signal() ? "point signal" : "point", p.signal() ? Palette.SIGNAL : Palette.SERIES,
                        p.period() + ": " + format.text(p.value()) + (p.signal() ? " (control-chart signal)" : ""));
            }
        }
        svg.line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "axis", Palette.INK, null);
        svg.line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "axis", Palette.INK, null);
        return svg.close();
    }

    /** The y range covering values, limits and target, padded so nothing sits on the frame. */
    double[] range() {
        List<Double> all = new ArrayList<>();
        for (Point p : points) {
            Stream.of(p.value(), p.center(), p.lower(), p.upper()).filter(Objects::nonNull)
                    .filter(v -> !v.isNaN() && !v.isInfinite()).forEach(all::add);
        }
        if (target != null) {
            all.add(target);
        }
        double min = all.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = all.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double pad = max == min ? Math.max(Math.abs(max) * 0.1, format == Format.PERCENT ? 0.01 : 1) : (max - min) * 0.1;
        double low = min - pad;
        if (min >= 0 && low < 0) {
            low = 0;
        }
        return new double[] {low, max + pad};
    }

    private void drawSeries(Svg svg, java.util.function.Function<Point, Double> field, java.util.function.IntToDoubleFunction x,
                            java.util.function.DoubleUnaryOperator y, String cssClass, String stroke, double width, String dash) {
        List<double[]> segment = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Double v = field.apply(points.get(i));
            if (v == null || v.isNaN() || v.isInfinite()) {
                svg.polyline(segment, cssClass, stroke, width, dash);
                segment = new ArrayList<>();
                continue;
            }
            segment.add(new double[] {x.applyAsDouble(i), y.applyAsDouble(v)});
        }
        svg.polyline(segment, cssClass, stroke, width, dash);
    }
}
