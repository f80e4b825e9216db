package org.talentflow.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.talentflow.core.domain.Move;
import org.talentflow.core.eval.Evaluation;
import org.talentflow.core.eval.Scorer;
import org.talentflow.core.source.ArticleReader;

/**
 * The quality gate: extraction on the shared annotated corpora may not fall below these floors. They only
 * ever go up (raise them when extraction gets better); the shared folder sits beside the checkout.
 */
class CorpusQualityFloorTest {

    @ParameterizedTest(name = "{0}: full F1 >= {1}, who F1 >= {2}")
    @CsvSource({
            "seeds,    0.995, 0.995",
            "dev,      0.975, 0.975",
            "news-mix, 0.995, 0.995",
    })
    void extractionStaysAboveItsFloor(String corpus, double fullFloor, double whoFloor) throws Exception {
        String shared = System.getenv("TALENTFLOW_SHARED");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus", corpus)),
                "the shared corpora are not beside this checkout");
        assertAboveFloor(corpus, Path.of(shared, "corpus", corpus), fullFloor, whoFloor);
    }

    /**
     * The project's own annotated articles (test resources): news-style items the team wrote in its own words
     * (fictional people, real organizations), after the rules, for shapes the shared corpora do not show. The floor
     * follows the set: n01-n06 (0.375 when written, 0.941 after the rules they called for; one
     * miss left, a departure told as "that of X" after another's exit), p01-p06 (0.000 when written, 1.000 after),
     * q01-q06 (traps: no move; none reported when written), r01-r06 (0.667 when written, 1.000 after) and s01-s06
     * (0.571 when written, 1.000 after), u01-u06 (0.667 when written, 1.000 after), v01-v06 (0.400 when written,
     * 1.000 after), w01-w06 (0.500 when written, 1.000 after), x01-x06 (traps for the newest verbs: "fired up
     * production", "landed at Heathrow", "comes from Microsoft"; none reported) and y01-y06 (0.727 when written,
     * 1.000 after): 78 articles.
     */
    @org.junit.jupiter.api.Test
    void ownArticlesStayAboveTheirFloor() throws Exception {
        assertAboveFloor("own", Path.of(getClass().getResource("/corpus/own/gold.jsonl").toURI()).getParent(), 0.975, 0.975);
    }

    private static void assertAboveFloor(String corpus, Path dir, double fullFloor, double whoFloor) throws Exception {
        List<Move> moves = new ArrayList<>();
        new ArticleReader().read(List.of(dir), d -> moves.addAll(SharedExtractor.get().extract(d).moves()),
                f -> { throw new AssertionError("unreadable corpus file " + f); });
        Scorer.Report report = Evaluation.score(dir, moves);
        System.out.println(corpus + "\n" + report.summary());
        report.misses().forEach(System.out::println);
        report.falseAlarms().forEach(System.out::println);
        assertThat(report.full().f1()).as("full F1 on " + corpus).isGreaterThanOrEqualTo(fullFloor);
        assertThat(report.who().f1()).as("who F1 on " + corpus).isGreaterThanOrEqualTo(whoFloor);
    }
}
