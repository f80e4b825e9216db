package org.talentflow.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.pipeline.SentenceSelector;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.english();
    private final SentenceSelector selector = new SentenceSelector(lexicon);

    @Test
    void everyTriggerInEveryFormPassesTheSentenceFilter() {
        List<String> refused = new ArrayList<>();
        for (Trigger t : lexicon.triggers()) {
            for (String form : t.forms()) {
                String sentence = "Ann Lee " + form + (t.particles().isEmpty() ? "" : " " + String.join(" ", t.particles()))
                        + (t.needs().isEmpty() ? "" : " " + need(t)) + " Acme Robotics.";
                if (!selector.mayMentionMove(sentence)) {
                    refused.add(t.phrase() + ": " + sentence);
                }
            }
        }
        assertThat(refused).isEmpty();
        assertThat(lexicon.triggers()).hasSizeGreaterThan(80);
    }

    /** A needed word for the test sentence; NAME stands for any capitalized word. */
    private static String need(Trigger t) {
        String w = t.needs().stream().sorted().findFirst().orElse("");
        return w.equals("name") ? "Tom Berg" : w;
    }

    @Test
    void phrasalVerbsPassWithTheirObjectBetweenVerbAndParticle() {
        assertThat(selector.mayMentionMove("Globex brought Dana Cole on as chief of staff.")).isTrue();
        assertThat(selector.mayMentionMove("Initech snapped Dana Cole up last week.")).isTrue();
    }

    @Test
    void aWordThatNeedsAPrepositionDoesNotPassWithoutIt() {
        assertThat(selector.mayMentionMove("Ann Lee moved fast on the Acme deal.")).isFalse();
        assertThat(selector.mayMentionMove("Ann Lee moved to Acme Robotics.")).isTrue();
        assertThat(selector.mayMentionMove("Ann Lee launched a new phone at Acme.")).isFalse();
        assertThat(selector.mayMentionMove("Ann Lee launched her own startup.")).isTrue();
    }

    @Test
    void sentencesWithoutAMoveWordDoNotPass() {
        assertThat(selector.mayMentionMove("Ann Lee ate lunch with the Acme team in Boston.")).isFalse();
        assertThat(selector.mayReportMoves("Shares of Acme rose 4% on Tuesday after strong results.")).isFalse();
    }

    @Test
    void verbsTheOldFilterMissedReachThePatterns() {
        for (String s : List.of("Meta wooed Ann Lee with a large package.", "Ann Lee jumped to Acme.",
                "Acme rehired Ann Lee.", "Ann Lee headed to Acme in May.")) {
            assertThat(selector.mayMentionMove(s)).as(s).isTrue();
        }
    }

    @Test
    void theQuickLookAnswersAsThePatternOverTheWholeText() {
        // the filter looks words up before it runs its pattern; hyphens, capitals and line ends must not change the answer
        for (String s : List.of("She co-founded Initech in 2019.", "The ex-Globex engineer Rejoined Initech.",
                "Ann Lee LEFT Globex", "Ann Lee moved\nto Acme.", "A well-known leave-taking", "Acme lost ground to Globex.",
                "Initech lost-and-found", "Globex lost Ann Lee to Acme.", "co-", "-joined", "")) {
            assertThat(lexicon.hasMoveWord(s)).as(s).isEqualTo(lexicon.moveWords().matcher(s).find());
        }
    }

    @Test
    void inflectionsAreRegularUnlessListed() {
        Trigger leave = lexicon.triggersOf("leave").get(0);
        assertThat(leave.forms()).contains("leave", "leaves", "leaving", "left");
        Trigger hire = lexicon.triggersOf("hire").get(0);
        assertThat(hire.forms()).contains("hire", "hires", "hired", "hiring");
        Trigger copy = lexicon.triggersOf("rehire").get(0);
        assertThat(copy.frame()).isEqualTo(Frame.HIRE);
    }

    @Test
    void theOtherWordListsAreRead() {
        assertThat(lexicon.hedge("rumored")).contains(Hedge.DENIAL);
        assertThat(lexicon.hedge("might")).contains(Hedge.MODAL);
        assertThat(lexicon.isTitleWord("cto")).isTrue();
        assertThat(lexicon.seniority("cto")).isEqualTo("c-level");
        assertThat(lexicon.isOrgNoun("carmaker")).isTrue();
        assertThat(lexicon.markerTime("former")).isEqualTo("past");
        assertThat(lexicon.postVerbTime("spend")).isEqualTo("past");
    }

    @Test
    void everyMacroCompilesIntoASemgrexNodePattern() {
        for (String line : lexicon.semgrexMacros().split("\n")) {
            String body = line.substring(line.indexOf('=') + 1).strip();
            SemgrexPattern.compile("{" + body + "}");
        }
    }

    @Test
    void aDescriptionStandsOnlyForTheKindsOfOrganizationItsNounFits() {
        assertThat(lexicon.fits("lab", OrgKind.COMPANY)).isFalse();
        assertThat(lexicon.fits("lab", OrgKind.LAB)).isTrue();
        assertThat(lexicon.fits("startup", OrgKind.STARTUP)).isTrue();
        // "the company" is no university ("spun out of a Harvard laboratory ... joined the company")
        assertThat(lexicon.fits("company", OrgKind.UNIVERSITY)).isFalse();
        assertThat(lexicon.fits("university", OrgKind.UNIVERSITY)).isTrue();
        assertThat(lexicon.fits("company", OrgKind.LAB)).isTrue();
        assertThat(lexicon.fits("lab", null)).isTrue();
        // An organization only the entity tagger found is of unknown kind: "the startup" may be it.
        assertThat(lexicon.fits("startup", OrgKind.OTHER)).isTrue();
        assertThat(lexicon.fits("team", OrgKind.OTHER)).isFalse();
    }

    @Test
    void aWordForAnOrganizationsPeopleNamesItAndMaySayTheTieIsOver() {
        assertThat(lexicon.demonymOrganization("Googler")).isEqualTo("Google");
        assertThat(lexicon.demonymOrganization("ex-Facebookers")).isEqualTo("Facebook");
        assertThat(lexicon.demonymOrganization("Google")).isNull();
        assertThat(lexicon.demonymSaysPast("Googler")).isFalse();
        assertThat(lexicon.demonymSaysPast("Ex-Googler")).isTrue();
        assertThat(lexicon.demonymSaysPast("Xoogler")).isTrue();
    }

    @Test
    void verbsOfSayingAreDataWithTheirUses() {
        assertThat(lexicon.sayingVerbs("quote")).contains("say", "tweet").doesNotContain("argue");
        assertThat(lexicon.sayingVerbs("source")).contains("say", "argue").doesNotContain("tweet");
        assertThat(lexicon.wordKinds("staying-verbs.tsv")).containsKeys("remain", "transition");
    }

    @Test
    void aListedPlaceWithACompassWordIsAPlace() {
        assertThat(lexicon.isPlace("North Africa")).isTrue();
        assertThat(lexicon.isPlace("Western Europe")).isTrue();
        assertThat(lexicon.isPlace("Western Digital")).isFalse();
        assertThat(lexicon.isPlace("North Coast")).isFalse();
    }

    @Test
    void wordsThatOpenNamesAreReadAsWritten() {
        assertThat(lexicon.isOrgNamePrefix("CD")).isTrue();
        assertThat(lexicon.isOrgNamePrefix("Banque")).isTrue();
        assertThat(lexicon.isOrgNamePrefix("As")).isFalse();
        assertThat(lexicon.isOrgNameWord("fc")).isTrue();
        assertThat(lexicon.isOrgNameWord("cd")).isFalse();
        assertThat(lexicon.isSchoolWord("Faculty")).isTrue();
        assertThat(lexicon.isOrgNameWord("faculty")).isFalse();
    }
}
