package org.steward.quality.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What a check means (the rule model, identifier rules, verdicts, scores, regressions) is plain Java;
 * only the engine package knows Spark, and only the job package knows Spring Batch.
 */
class QualityDomainKnowsNoEngineTest {

    @Test
    void rulesIdentifiersAndJudgementDependOnNoEngine() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "org.springframework..", "org.duckdb..", "org.apache.parquet..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.steward.quality.rules", "org.steward.quality.identifiers",
                                "org.steward.quality.judge", "org.steward.quality.checks"));
    }
}
