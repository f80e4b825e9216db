package org.talentflow.core.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.junit.jupiter.api.Test;
import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.parse.Token;
import org.talentflow.core.pipeline.Sentence;

/** A name the tagger read as an organization's in one sentence is an organization's in every sentence. */
class DocumentNamesTest {

    private static final java.util.Set<String> ORG_WORDS = java.util.Set.of("labs", "therapeutics");

    /** A sentence from words tagged "word/NER" or "word/NER/POS" (O when no tag, NNP when no part of speech). */
    private static ParsedSentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String w : tagged.split(" ")) {
            String[] parts = w.split("/");
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(parts[0]);
            String ner = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "O";
            tokens.add(new Token(tokens.size() + 1, parts[0], parts[0], parts.length > 2 ? parts[2] : "NNP", ner, begin,
                    text.length()));
        }
        return new ParsedSentence(new Sentence(text.toString(), 0, text.length(), 0, tokens.size()), tokens,
                new SemanticGraph(), List.of());
    }

    @Test
    void aPersonOrPlaceReadingOfANameReadElsewhereAsAnOrganizationsIsTheOrganization() {
        ParsedSentence first = sentence("Tom/PERSON Brandt/PERSON quit Corvel/ORGANIZATION Dynamo/ORGANIZATION");
        ParsedSentence second = sentence("Ann/PERSON Lutz/PERSON , Corvel/PERSON Dynamo/PERSON 's head , left");
        ParsedSentence third = sentence("Staff/O at Corvel/LOCATION Dynamo/LOCATION and Ann/PERSON Lutz/PERSON");
        var names = DocumentNames.organizations(List.of(first, second, third), ORG_WORDS);
        assertThat(names).containsExactly("Corvel Dynamo");
        assertThat(DocumentNames.relabeled(second, names).tokens().stream().map(Token::ner).toList())
                .containsExactly("PERSON", "PERSON", "O", "ORGANIZATION", "ORGANIZATION", "O", "O", "O", "O");
        assertThat(DocumentNames.relabeled(third, names).token(4).ner()).isEqualTo("ORGANIZATION");
        assertThat(DocumentNames.relabeled(third, names).token(6).ner()).isEqualTo("PERSON");
    }

    @Test
    void aOneWordNameIsLeftToTheTagger() {
        ParsedSentence first = sentence("He joined Hale/ORGANIZATION");
        ParsedSentence second = sentence("Tom/PERSON Hale/PERSON left");
        assertThat(DocumentNames.organizations(List.of(first, second), ORG_WORDS)).isEmpty();
        assertThat(DocumentNames.relabeled(second, DocumentNames.organizations(List.of(first, second), ORG_WORDS))).isSameAs(second);
    }

    @Test
    void aNameEndingInAWordOfOrganizationNamesIsAnOrganizationsAndSoIsItsNameWithoutThatWord() {
        ParsedSentence first = sentence("Quillon/PERSON Labs/PERSON rents the floor");
        ParsedSentence second = sentence("Later Quillon/PERSON hired Mia/PERSON Roth/PERSON");
        ParsedSentence third = sentence("She/O praised Ostrava/ORGANIZATION");
        ParsedSentence fourth = sentence("Ostrava/PERSON said so");
        var names = DocumentNames.organizations(List.of(first, second, third, fourth), ORG_WORDS);
        assertThat(names).containsExactlyInAnyOrder("Quillon Labs", "Quillon");
        assertThat(DocumentNames.relabeled(first, names).token(2).ner()).isEqualTo("ORGANIZATION");
        assertThat(DocumentNames.relabeled(second, names).tokens().stream().map(Token::ner).toList())
                .containsExactly("O", "ORGANIZATION", "O", "PERSON", "PERSON");
        assertThat(DocumentNames.relabeled(fourth, names)).isSameAs(fourth);
    }

    @Test
    void aFullNameIsTheOrganizationsWhateverTheTaggerMadeOfItsParts() {
        ParsedSentence first = sentence("Tom/PERSON Hale/PERSON joined Marrow/ORGANIZATION Ledger/ORGANIZATION");
        ParsedSentence second = sentence("Marrow/LOCATION Ledger/PERSON hired Ann/PERSON Roth/PERSON");
        var names = DocumentNames.organizations(List.of(first, second), ORG_WORDS);
        assertThat(DocumentNames.relabeled(second, names).tokens().stream().map(Token::ner).toList())
                .containsExactly("ORGANIZATION", "ORGANIZATION", "O", "PERSON", "PERSON");
    }

    @Test
    void aTwoWordNameThatEndsAPersonsLongerNameIsThatPersonsSurname() {
        ParsedSentence headline = sentence("Norway/LOCATION 's Lunde/ORGANIZATION Haugen/ORGANIZATION to lead the federation");
        ParsedSentence body = sentence("Secretary Kari/PERSON Lunde/PERSON Haugen/PERSON will leave");
        ParsedSentence again = sentence("Lunde/PERSON Haugen/PERSON , 46 , joined in 2018");
        assertThat(DocumentNames.organizations(List.of(headline, body, again), ORG_WORDS)).isEmpty();
    }

    private static final java.util.Map<String, String> TITLES = java.util.Map.of("partner", "director", "senior", "",
            "managing", "", "chief", "c-level", "lawyer", "staff", "top", "");

    @Test
    void aNameThatOwnsAHeadIsAnOrganizationsNameNotAPersons() {
        ParsedSentence quote = sentence("said Peter/PERSON Moss/PERSON ,/O/, Ashgrove/PERSON Whitley/PERSON 's/O/POS "
                + "senior/O/JJ partner/O/NN");
        ParsedSentence later = sentence("Ashgrove/PERSON Whitley/PERSON hired Ann/PERSON Lee/PERSON");
        var names = DocumentNames.organizations(List.of(quote, later), ORG_WORDS, TITLES);
        assertThat(names).contains("Ashgrove Whitley");
        assertThat(DocumentNames.relabeled(later, names).token(1).ner()).isEqualTo("ORGANIZATION");
        // a person has a partner, or a chief of staff
        ParsedSentence partner = sentence("Ann/PERSON Lee/PERSON 's/O/POS partner/O/NN ,/O/, Tom/PERSON Berg/PERSON");
        ParsedSentence staff = sentence("Ann/PERSON Lee/PERSON 's/O/POS chief/O/NN of/O/IN staff/O/NN");
        assertThat(DocumentNames.organizations(List.of(partner, staff), ORG_WORDS, TITLES)).isEmpty();
    }

    @Test
    void aOneWordNameReadOnceAsAnOrganizationsThatOwnsAPostIsAnOrganizationsName() {
        ParsedSentence owner = sentence("Lind/PERSON had been Soundhaven/PERSON 's/O/POS top/O/JJ lawyer/O/NN");
        ParsedSentence org = sentence("Soundhaven/ORGANIZATION did not comment");
        assertThat(DocumentNames.organizations(List.of(owner, org), ORG_WORDS, TITLES)).contains("Soundhaven");
        // never read as an organization's: left to the tagger
        assertThat(DocumentNames.organizations(List.of(owner), ORG_WORDS, TITLES)).isEmpty();
    }

    @Test
    void aNameWhoTakesUpIsAPersonsWhateverTheTaggerRead() {
        ParsedSentence s = sentence("the/O/DT firm/O/NN said/O/VBD Chiara/ORGANIZATION Valenti/ORGANIZATION ,/O/, who/O/WP "
                + "runs/O/VBZ its/O/PRP$ studio/O/NN");
        ParsedSentence t = sentence("Orsini/ORGANIZATION Labs/ORGANIZATION ,/O/, who/O/WP hired/O/VBD her/O/PRP");
        assertThat(DocumentNames.peopleTakenUpByWho(List.of(s, t), ORG_WORDS)).containsExactly("Chiara Valenti", "Valenti");
    }

    @Test
    void aNameThatOwnsAUnitNoPersonHasIsAFirms() {
        ParsedSentence s = sentence("head/O/NN of/O/IN Calloway/PERSON Grant/PERSON 's/O/POS pensions/O/NNS and/O/CC "
                + "employment/O/NN practice/O/NN");
        ParsedSentence t = sentence("Dr./O Ana/PERSON Ruiz/PERSON 's/O/POS practice/O/NN");
        assertThat(DocumentNames.organizations(List.of(s, t), ORG_WORDS, java.util.Map.of("head", "c-level")))
                .contains("Calloway Grant").doesNotContain("Ana Ruiz");
    }
}
