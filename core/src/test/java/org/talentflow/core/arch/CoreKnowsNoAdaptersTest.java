package org.talentflow.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core module holds the domain and the pipeline: no SQL, no HTTP, no Spark, no storage or app code. */
class CoreKnowsNoAdaptersTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.talentflow.core");

    @Test
    void coreDependsOnNoSqlWebOrSparkPackage() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                        "io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..", "org.apache.spark..",
                        "java.net.http..", "org.talentflow.storage..", "org.talentflow.app..", "org.talentflow.analytics..")
                .check(core);
    }

    @Test
    void domainRecordsDependOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.talentflow.core.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.talentflow.core.domain..", "java..")
                .check(core);
    }
}
