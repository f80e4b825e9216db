package org.talentflow.analytics.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Analytics are SQL read models over the store: no HTTP, no app, no Spark, and no extraction. */
class AnalyticsAreReadModelsTest {

    private final JavaClasses analytics = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.talentflow.analytics");

    @Test
    void analyticsDependOnNoAppWebSparkOrExtraction() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.talentflow.app..", "org.talentflow.spark..",
                        "io.javalin..", "org.eclipse.jetty..", "org.apache.spark..", "edu.stanford.nlp..",
                        "org.talentflow.core.extract..", "org.talentflow.core.nlp..")
                .check(analytics);
    }
}
