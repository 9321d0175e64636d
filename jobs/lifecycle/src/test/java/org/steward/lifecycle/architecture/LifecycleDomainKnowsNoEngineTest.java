package org.steward.lifecycle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What a retention rule and a finding are is plain Java: the core knows no engine, no Spring, no other package of the job. */
class LifecycleDomainKnowsNoEngineTest {

    @Test
    void theLifecycleCoreDependsOnNoEngine() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "org.springframework..", "org.duckdb..", "org.apache.parquet..",
                        "java.sql..", "javax.sql..", "org.steward.platform..", "org.steward.lifecycle.job..",
                        "org.steward.lifecycle.engine..", "org.steward.lifecycle.config..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.steward.lifecycle.core"));
    }
}
