package org.steward.report.job;

import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.StewardSettings;
import org.steward.report.config.ReportConfig;
import org.steward.report.query.ReportQueries;

/** The report's start-up check: config/report.yml, the templates and the report queries must all be there. */
public final class ReportPreflight {

    private ReportPreflight() {
    }

    public static ReportConfig config(StewardSettings settings) {
        ReportConfig config = ReportConfig.load(settings.report().settings(), settings.home(), settings.report().templates());
        if (ReportQueries.files(settings.report().sql()).isEmpty()) {
            throw new ConfigException(settings.report().sql().resolve(ReportQueries.FOLDER) + ": no report queries (*.sql)");
        }
        return config;
    }
}
