package org.talentflow.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScorerTest {

    private static Path tiny() throws URISyntaxException {
        return Path.of(ScorerTest.class.getResource("/eval/tiny/gold.jsonl").toURI()).getParent();
    }

    private static Scorer.Prediction p(String doc, String person, String from, String to) {
        return new Scorer.Prediction(doc, person, from, to, 0.9);
    }

    @Test
    void parentNameMatchesAnAliasAndReversedNameMatchesThePerson() throws Exception {
        Scorer.Report r = Scorer.score(tiny(), List.of(p("a.txt", "Gonzalez Maria", "Tencent Holdings Ltd", "ByteDance")));
        assertThat(r.found()).isEqualTo(1);
        assertThat(r.correct()).isEqualTo(1);
        assertThat(r.misses()).containsExactly("MISS  a.txt: Peter Olsen ['Baidu'] -> []");
    }

    @Test
    void optionalGoldNeitherRewardsNorPunishes() throws Exception {
        Scorer.Report r = Scorer.score(tiny(), List.of(p("b.txt", "Linda Park", null, "Anthropic")));
        assertThat(r.counted()).isZero();
        assertThat(r.gold()).isEqualTo(2);
    }

    @Test
    void wrongDestinationIsAFalseAlarmButTheRightPerson() throws Exception {
        Scorer.Report r = Scorer.score(tiny(), List.of(p("a.txt", "Maria Gonzalez", "Tencent", "Alibaba")));
        assertThat(r.full().precision()).isZero();
        assertThat(r.whoFound()).isEqualTo(1);
        assertThat(r.falseAlarms()).hasSize(1);
    }

    @Test
    void documentsOutsideDocsListAreIgnoredAndDuplicatesCountOnce() throws Exception {
        Scorer.Report r = Scorer.score(tiny(), List.of(p("zzz.txt", "Nobody Here", "A", "B"),
                p("a.txt", "Peter Olsen", "Baidu", null), p("a.txt", "Peter Olsen", "Baidu Inc", null)));
        assertThat(r.predictions()).isEqualTo(1);
        assertThat(r.full().precision()).isEqualTo(1.0);
    }

    /** The same figures as ../shared/eval/score.py, when Python and the shared folder are at hand. */
    @Test
    void summaryEqualsThePythonScorer() throws Exception {
        String shared = System.getenv("TALENTFLOW_SHARED");
        Path script = shared == null ? null : Path.of(shared, "eval", "score.py");
        org.junit.jupiter.api.Assumptions.assumeTrue(script != null && Files.isRegularFile(script), "no shared scorer");
        Path preds = Files.createTempFile("preds", ".jsonl");
        Files.writeString(preds, String.join("\n",
                "{\"doc\":\"a.txt\",\"person\":\"Gonzalez Maria\",\"from\":\"Tencent\",\"to\":\"ByteDance Seed\"}",
                "{\"doc\":\"a.txt\",\"person\":\"Peter Olsen\",\"from\":null,\"to\":\"Baidu\"}",
                "{\"doc\":\"b.txt\",\"person\":\"Linda Park\",\"from\":null,\"to\":\"Anthropic\"}",
                "{\"doc\":\"c.txt\",\"person\":\"Jo Yu\",\"from\":\"Meta\",\"to\":null}"));
        Process python;
        try {
            python = new ProcessBuilder("python3", script.toString(), tiny().toString(), preds.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException noPython) {
            org.junit.jupiter.api.Assumptions.abort("python3 not installed");
            return;
        }
        String expected = new String(python.getInputStream().readAllBytes()).strip();
        assertThat(python.waitFor()).isZero();
        assertThat(Scorer.score(tiny(), Scorer.readPredictions(preds)).summary()).isEqualTo(expected);
    }
}
