package org.steward.casemix.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What case mix means (DRG families and severity, why CMI moved, control charts, transfer fractions) is
 * plain Java: the core knows no engine, no Spring, no JDBC, and no other package of the job.
 */
class CasemixDomainKnowsNoEngineTest {

    @Test
    void theCaseMixCoreDependsOnNoEngine() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "org.springframework..", "org.duckdb..", "org.apache.parquet..",
                        "java.sql..", "javax.sql..", "org.steward.platform..", "org.steward.casemix.job..",
                        "org.steward.casemix.reference..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.steward.casemix.core"));
    }
}
