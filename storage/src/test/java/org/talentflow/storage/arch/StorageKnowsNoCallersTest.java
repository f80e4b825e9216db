package org.talentflow.storage.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The store is an adapter of the core: it knows the domain, never the analytics, the app, HTTP or Spark above it. */
class StorageKnowsNoCallersTest {

    private final JavaClasses storage = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.talentflow.storage");

    @Test
    void storageDependsOnNoAnalyticsAppWebOrSpark() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.talentflow.analytics..", "org.talentflow.app..",
                        "org.talentflow.spark..", "io.javalin..", "org.eclipse.jetty..", "org.apache.spark..")
                .check(storage);
    }

    @Test
    void storageRunsNoNaturalLanguageProcessing() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("edu.stanford.nlp..", "org.talentflow.core.extract..",
                        "org.talentflow.core.nlp..")
                .check(storage);
    }
}
