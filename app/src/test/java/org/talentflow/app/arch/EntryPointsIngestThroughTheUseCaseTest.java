package org.talentflow.app.arch;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.talentflow.core.ingest.ArticleStore;

/**
 * The CLI (ingest, watch, demo) and the HTTP API store articles through core's ingest use case alone: none of them
 * writes a document into the store, or asks it about one, on its own.
 */
class EntryPointsIngestThroughTheUseCaseTest {

    private final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.talentflow.app");

    @Test
    void noEntryPointCallsTheStorePortItself() {
        noClasses().should().callMethodWhere(target(nameMatching("save|hasDocument"))
                        .and(target(owner(assignableTo(ArticleStore.class)))))
                .because("articles are ingested through org.talentflow.core.ingest.IngestArticle")
                .check(app);
    }
}
