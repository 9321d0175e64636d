package org.steward.report.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Marks, targets, number formats and the charts are plain Java: no engine, no Spring, no JDBC, no template
 * engine and no other package of the report, so they are tested in milliseconds and reused anywhere.
 */
class ReportDomainKnowsNoEngineTest {

    @Test
    void theCoreAndTheChartsDependOnNoEngine() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.duckdb..", "java.sql..", "freemarker..",
                        "com.openhtmltopdf..", "org.steward.platform..", "org.steward.report.job..",
                        "org.steward.report.query..", "org.steward.report.section..", "org.steward.report.render..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.steward.report.core", "org.steward.report.chart"));
    }
}
