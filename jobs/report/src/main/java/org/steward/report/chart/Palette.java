package org.steward.report.chart;

/** The report's few colours, chosen to stay distinguishable printed in grey and for red-green colour blindness. */
final class Palette {

    static final String INK = "#222222";
    static final String GRID = "#dddddd";
    static final String MUTED = "#666666";
    static final String SERIES = "#1f5fa8";
    static final String LIMIT = "#c0392b";
    static final String CENTER = "#7f8c8d";
    static final String TARGET = "#1e8449";
    static final String SIGNAL = "#c0392b";
    static final String BAR = "#5b8fc7";
    static final String BAR_VITAL = "#1f5fa8";
    static final String GOOD = "#cfe8d5";
    static final String WATCH = "#fbe3a6";
    static final String ACT = "#f3b9b2";
    static final String EMPTY = "#f2f2f2";

    private Palette() {
    }
}
