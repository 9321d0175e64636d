package org.steward.denials.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What a denial is (the mapping, categories, the mix-shift test) is
 * plain Java: the core knows no engine, no Spring, no JDBC, and no other package of the job.
 */
class DenialsDomainKnowsNoEngineTest {

    @Test
    void theDenialsCoreDependsOnNoEngine() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "org.springframework..", "org.duckdb..", "org.apache.parquet..",
                        "java.sql..", "javax.sql..", "org.steward.platform..", "org.steward.denials.job..",
                        "org.steward.denials.reference..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.steward.denials.core"));
    }
}
