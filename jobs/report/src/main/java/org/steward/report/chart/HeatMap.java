package org.steward.report.chart;

import java.util.List;
import org.steward.report.core.Format;
import org.steward.report.core.Mark;
import org.steward.report.core.Target;

/**
 * A scorecard heat map: one row per facility, one column per dimension, each cell coloured by the same
 * good/watch/act bands as the headline and showing its value, so the colour never hides the number. An
 * empty cell (nothing to score) is grey and says so.
 */
public final class HeatMap {

    static final double CELL_WIDTH = 96;
    static final double CELL_HEIGHT = 26;
    static final double LEFT = 110;
    static final double TOP = 34;

    private final String title;
    private final List<String> rows;
    private final List<String> columns;
    private final Double[][] values;
    private final Target bands;
    private final Format format;

    public HeatMap(String title, List<String> rows, List<String> columns, Double[][] values, Target bands, Format format) {
        this.title = title;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.values = values;
        this.bands = bands;
        this.format = format;
    }

    public String svg() {
        double width = LEFT + CELL_WIDTH * columns.size() + 8;
        double height = TOP + CELL_HEIGHT * rows.size() + 8;
        Svg svg = new Svg(width, height, title);
        for (int c = 0; c < columns.size(); c++) {
            svg.text(LEFT + CELL_WIDTH * c + CELL_WIDTH / 2, TOP - 10, columns.get(c), "middle", Palette.INK, null);
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = TOP + CELL_HEIGHT * r;
            svg.text(LEFT - 8, y + CELL_HEIGHT / 2 + 4, rows.get(r), "end", Palette.INK, null);
            for (int c = 0; c < columns.size(); c++) {
                Double value = values[r][c];
                Mark mark = bands.mark(value);
                svg.rect(LEFT + CELL_WIDTH * c + 1, y + 1, CELL_WIDTH - 2, CELL_HEIGHT - 2, "cell " + mark.css(),
                        fill(mark), rows.get(r) + ", " + columns.get(c) + ": "
                                + (value == null ? "nothing to score" : format.text(value) + " (" + mark.label() + ")"));
                svg.text(LEFT + CELL_WIDTH * c + CELL_WIDTH / 2, y + CELL_HEIGHT / 2 + 4,
                        value == null ? "n/a" : format.text(value), "middle", value == null ? Palette.MUTED : Palette.INK, null);
            }
        }
        return svg.close();
    }

    static String fill(Mark mark) {
        return switch (mark) {
            case GOOD -> Palette.GOOD;
            case WATCH -> Palette.WATCH;
            case ACT -> Palette.ACT;
            case NONE -> Palette.EMPTY;
        };
    }
}
