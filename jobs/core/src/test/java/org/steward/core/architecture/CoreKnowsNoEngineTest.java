package org.steward.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Domain logic stays plain Java so it is unit-testable in milliseconds and reusable by any engine. */
class CoreKnowsNoEngineTest {

    @Test
    void coreDependsOnNoEngineOrFramework() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.steward.core");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "org.springframework..", "org.duckdb..", "org.apache.parquet..")
                .check(core);
    }
}
