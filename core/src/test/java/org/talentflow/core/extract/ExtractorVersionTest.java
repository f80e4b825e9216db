package org.talentflow.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.talentflow.core.domain.Limits;
import org.talentflow.core.resolve.Gazetteer;

class ExtractorVersionTest {

    private static final Gazetteer SHIPPED = Gazetteer.loadDefault();

    @Test
    void theSameKnowledgeIsTheSameVersion() {
        assertThat(ExtractorVersion.of(Gazetteer.loadDefault(), Limits.DEFAULT))
                .isEqualTo(ExtractorVersion.of(SHIPPED, Limits.DEFAULT))
                .startsWith("c" + ExtractorVersion.CODE + "-");
    }

    @Test
    void anOrganizationMoreInTheGazetteerIsAnotherVersion() {
        Gazetteer more = Gazetteer.parse("Hooli\tcompany\t\t\tPalo Alto\tHooli Inc\n");

        assertThat(ExtractorVersion.of(more, Limits.DEFAULT)).isNotEqualTo(ExtractorVersion.of(SHIPPED, Limits.DEFAULT));
    }

    @Test
    void aCapOnSentencesCountsButTheTimePerDocumentDoesNot() {
        String shipped = ExtractorVersion.of(SHIPPED, Limits.DEFAULT);
        Limits tenSentences = new Limits(256, 10, 1_000, 500, 250, 300, Duration.ofSeconds(60));

        assertThat(ExtractorVersion.of(SHIPPED, tenSentences)).isNotEqualTo(shipped);
        assertThat(ExtractorVersion.of(SHIPPED, Limits.DEFAULT.withTimePerDocument(Duration.ofSeconds(5))))
                .isEqualTo(shipped);
    }

    @Test
    void everyLexiconPatternAndModelFileIsHashed() {
        assertThat(ExtractorVersion.knowledgeFiles().keySet())
                .contains("lexicon/en/triggers.tsv", "lexicon/en/hedges.tsv", "patterns/en/hire.semgrex",
                        "model/move-scorer.tsv")
                .allSatisfy(name -> assertThat(name).matches("(lexicon|patterns|model)/.+"));
    }
}
