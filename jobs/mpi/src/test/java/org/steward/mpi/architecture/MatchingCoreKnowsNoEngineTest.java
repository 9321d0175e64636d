package org.steward.mpi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The matching core stays plain Java: unit-testable in milliseconds, callable from any engine. */
class MatchingCoreKnowsNoEngineTest {

    @Test
    void matchingCoreDependsOnNoEngineOrFramework() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "org.springframework..", "org.duckdb..", "org.apache.parquet..",
                        "org.steward.platform..", "org.steward.mpi.job..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.steward.mpi.core"));
    }
}
