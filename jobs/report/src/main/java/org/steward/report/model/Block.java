package org.steward.report.model;

import java.util.List;

/**
 * One piece of a report section. Every block that shows numbers names the query file in sql/report that
 * produced them ({@code source}), which the report prints beside it so any number can be traced.
 */
public sealed interface Block {

    /** What the template draws: headlines, chart, table or note. */
    String kind();

    /** The headline numbers with target, mark and change from last month. */
    record Headlines(List<HeadlineRow> rows) implements Block {
        public Headlines {
            rows = List.copyOf(rows);
        }

        @Override
        public String kind() {
            return "headlines";
        }
    }

    /** An inline SVG chart. */
    record Chart(String title, String svg, String caption, String source) implements Block {
        @Override
        public String kind() {
            return "chart";
        }
    }

    /** A table of already formatted cells. */
    record Table(String title, List<String> columns, List<List<Cell>> rows, String source, String empty) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public String kind() {
            return "table";
        }
    }

    /** A sentence or two of plain text: what a figure means, or why there is none. */
    record Note(String text, String source) implements Block {
        @Override
        public String kind() {
            return "note";
        }
    }
}
