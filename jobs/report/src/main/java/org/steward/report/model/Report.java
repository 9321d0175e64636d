package org.steward.report.model;

import java.util.List;

/** The whole report of one month, ready for the template. */
public record Report(String period, String generatedAt, String output, List<Section> sections) {

    public Report {
        sections = List.copyOf(sections);
    }
}
