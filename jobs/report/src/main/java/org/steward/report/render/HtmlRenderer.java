package org.steward.report.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.steward.platform.settings.ConfigException;
import org.steward.report.config.ReportConfig;
import org.steward.report.model.Report;

/**
 * Renders a report with the FreeMarker template in the templates folder ({@code reports/report.ftlh}, HTML
 * auto-escaping on). The output is one self-contained XHTML document: stylesheet inline, charts inline SVG.
 */
public final class HtmlRenderer {

    /** FreeMarker's choice of logging library, read once when its first class loads. */
    private static final String LOGGER_LIBRARY = "org.freemarker.loggerLibrary";

    static {
        // Left to choose, FreeMarker takes Log4j 1's API, which Spark's dependencies bring (as a bridge to Log4j 2):
        // that starts Log4j 2's core, about 500 classes and a search for its configuration, and its lines would not
        // go through Steward's logging. SLF4J is what every other library here logs through.
        if (System.getProperty(LOGGER_LIBRARY) == null) {
            System.setProperty(LOGGER_LIBRARY, "SLF4J");
        }
    }

    private final Configuration freemarker;

    public HtmlRenderer(Path templates) {
        ReportConfig.checkTemplates(templates);
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(templates.toFile());
        } catch (IOException e) {
            throw new ConfigException(templates + ": templates folder cannot be read (" + e.getMessage() + ")");
        }
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    public String render(Report report) {
        try {
            Template template = freemarker.getTemplate(ReportConfig.TEMPLATE);
            StringWriter out = new StringWriter();
            template.process(Map.of("report", report), out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("report template " + ReportConfig.TEMPLATE + ": " + e.getMessage(), e);
        }
    }
}
