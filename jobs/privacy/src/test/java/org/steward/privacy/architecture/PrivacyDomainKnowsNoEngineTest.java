package org.steward.privacy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What the audits decide in Java (family keys, the volume statistic, turnaround percentiles, the finding codes) is
 * plain Java: the core knows no engine, no Spring, no JDBC, and neither the SQL nor the job packages.
 */
class PrivacyDomainKnowsNoEngineTest {

    @Test
    void thePrivacyCoreDependsOnNoEngine() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "org.springframework..", "org.duckdb..", "org.apache.parquet..",
                        "java.sql..", "javax.sql..", "org.steward.platform..", "org.steward.privacy.job..",
                        "org.steward.privacy.roi..", "org.steward.privacy.access..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.steward.privacy.core"));
    }
}
