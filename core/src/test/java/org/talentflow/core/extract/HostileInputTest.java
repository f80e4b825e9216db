package org.talentflow.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.domain.Limits;

/**
 * Texts no newsroom writes, each of a shape that once made a stage super-linear: every one finishes, reads at most
 * what {@link Limits#DEFAULT} allows (counted with the extractor's own statistics) and says in its notes what it cut.
 * The timeouts only catch a hang: the machines are too noisy for anything finer.
 */
class HostileInputTest {

    private static final Limits LIMITS = Limits.DEFAULT;

    private record Run(DocumentMoves found, MoveExtractor.Stats stats) {
    }

    private static Run extract(String text) {
        MoveExtractor.Stats[] stats = new MoveExtractor.Stats[1];
        DocumentMoves found = SharedExtractor.get().extract(
                new Document("hostile.txt", null, null, LocalDate.of(2025, 7, 1), text), stats);
        return new Run(found, stats[0]);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void oneSentenceRepeatedTenThousandTimesIsReadUpToTheCapsAndGivesOneMove() {
        String text = "Mara Quill left Tindle Labs to join Orbwell Systems as chief technology officer. ".repeat(10_000);

        Run run = extract(text);

        assertThat(run.stats().sentences()).isEqualTo(LIMITS.sentences());
        assertThat(run.stats().parsed()).isEqualTo(LIMITS.parsedSentences());
        assertThat(run.found().moves()).hasSize(1);
        assertThat(run.found().notes()).anySatisfy(n -> assertThat(n).startsWith("cut to 5,000 sentences: the text "
                + "after character 404,999 of 810,000 was not read"));
        assertThat(run.found().notes()).anySatisfy(n -> assertThat(n)
                .isEqualTo("tagged the first 500 sentences with a move word, the limit; 4,500 more not read"));
        assertThat(run.found().notes()).anySatisfy(n -> assertThat(n).startsWith("parsed 250 sentences, the limit; "));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRoundupOfFiveThousandDistinctNamesFollowsAtMostTheCapOfPeople() {
        String[] given = {"Alder", "Bryn", "Corin", "Dagny", "Edda", "Fenna", "Galen", "Hedda", "Idris", "Jorun", "Kasimir",
            "Linnea", "Marit", "Nils", "Odile", "Piet", "Ragna", "Sigrid", "Torben", "Ulla", "Viggo", "Wenke", "Yrsa",
            "Zoran", "Anselm", "Britta", "Cosmo", "Dorte", "Eskil", "Frode", "Greta", "Halvard", "Ingrid", "Jesper",
            "Kjell", "Liv", "Magnus", "Nora", "Oda", "Per", "Runa", "Solveig", "Tove", "Ulf", "Vibeke", "Wilma", "Yngve",
            "Aksel", "Birgit", "Casper"};
        String[] stem = {"Ash", "Birch", "Clay", "Dun", "Elm", "Fair", "Gold", "Hart", "Iron", "King"};
        String[] end = {"ford", "wood", "ley", "ton", "well", "by", "more", "field", "wick", "hurst"};
        StringBuilder text = new StringBuilder();
        int named = 0;
        for (String g : given) {
            for (String s : stem) {
                for (String e : end) {
                    text.append(named % 10 == 0 ? "" : named % 10 == 9 ? " and " : ", ").append(g).append(' ').append(s).append(e);
                    if (++named % 10 == 0) {
                        text.append(" joined Orbwell Systems from Tindle Labs this spring.\n\n");
                    }
                }
            }
        }
        assertThat(named).isEqualTo(5_000);

        Run run = extract(text.toString());

        assertThat(run.stats().parsed()).isEqualTo(LIMITS.parsedSentences());
        assertThat(run.found().notes()).anySatisfy(n -> assertThat(n).startsWith("parsed 250 sentences, the limit; "));
        assertThat(run.found().notes()).anySatisfy(n -> assertThat(n).startsWith("followed the first 300 people, the limit; "));
        assertThat(run.found().moves()).hasSizeLessThanOrEqualTo(LIMITS.people());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aTwentyMegabyteSingleLineIsSplitOnlyUpToTheSentenceCap() {
        StringBuilder text = new StringBuilder(20 << 20);
        for (int i = 0; text.length() < 20 << 20; i++) {
            text.append("The council met on day ").append(i).append(" and Mara Quill said she would join the harbour board. ");
        }

        Run run = extract(text.toString());

        assertThat(run.stats().sentences()).isEqualTo(LIMITS.sentences());
        assertThat(run.stats().parsed()).isLessThanOrEqualTo(LIMITS.parsedSentences());
        assertThat(run.found().notes()).anySatisfy(n -> assertThat(n).startsWith("cut to 5,000 sentences: the text after character ")
                .endsWith(" of " + Limits.count(text.length()) + " was not read"));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSentenceOfAHundredThousandTokensIsNeitherTaggedNorParsed() {
        StringBuilder text = new StringBuilder("Mara Quill joined Orbwell Systems from Tindle Labs");
        for (int i = 0; i < 100_000; i++) {
            text.append(i % 40 == 0 ? " Mara Quill joined Orbwell" : " harbour");
        }
        text.append(".");

        Run run = extract(text.toString());

        assertThat(run.stats().parsed()).isZero();
        assertThat(run.found().moves()).isEmpty();
        assertThat(run.found().notes()).anySatisfy(n -> assertThat(n).contains(" of more than 1,000 tokens not tagged or parsed"));
    }

    @Test
    void aSentenceTooLongToParseIsReadFromItsWordOrder() {
        // Over the parser's 100 tokens, under the tagging cap: tagged and named but not parsed. Its graph has no root,
        // on which the frame patterns once threw and failed the whole document.
        StringBuilder text = new StringBuilder("Mara Quill left Tindle Labs to join Orbwell Systems");
        for (int i = 0; i < 60; i++) {
            text.append(", harbour ").append(i);
        }
        text.append(". She starts in May.");

        Run run = extract(text.toString());

        assertThat(run.found().moves()).extracting(m -> m.person() + ": " + m.from().organization() + " -> "
                + m.to().organization()).containsExactly("Mara Quill: Tindle Labs -> Orbwell Systems");
    }

    @Test
    void aRealSizedArticleHasNoNotes() {
        Run run = extract("Mara Quill has left Tindle Labs to join Orbwell Systems as chief technology officer. "
                + "She spent nine years at Tindle, where she led its robotics group.");

        assertThat(run.found().notes()).isEmpty();
        assertThat(run.found().moves()).hasSize(1);
    }
}
