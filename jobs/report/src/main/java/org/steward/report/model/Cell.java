package org.steward.report.model;

/** A table cell: its text and a style (num for numbers, mark-good / mark-watch / mark-act for marks). */
public record Cell(String text, String style) {

    public static Cell plain(String text) {
        return new Cell(text == null ? "" : text, "");
    }

    public static Cell numeric(String text) {
        return new Cell(text, "num");
    }
}
