package org.talentflow.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentflow.core.extract.SharedExtractor.described;
import static org.talentflow.core.extract.SharedExtractor.movesIn;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.talentflow.core.domain.Move;

/** The sentence shapes of DESIGN.md §2, each in a sentence of our own. */
class ClauseShapesTest {


    @Test
    void leftForIsAMoveFromSubjectEmployerToObject() {
        assertThat(described("Maria Gonzalez left Tencent for ByteDance in March."))
                .containsExactly("Maria Gonzalez: move Tencent -> ByteDance");
    }

    @Test
    void formerTitleOfAnOrganizationGivesTheOriginOfAJoin() {
        assertThat(described("Peter Olsen, the former head of Baidu's search unit, has joined JD.com."))
                .containsExactly("Peter Olsen: move Baidu -> JD.com");
    }

    @Test
    void hiredFromWithAListHiresEveryoneNamed() {
        assertThat(described("Microsoft hired Anna Berg, Tom Field and Lee Wong from Google last week."))
                .containsExactlyInAnyOrder("Anna Berg: move Google -> Microsoft", "Tom Field: move Google -> Microsoft",
                        "Lee Wong: move Google -> Microsoft");
    }

    @Test
    void organizationBeforeTheTitleIsWhereAHirePersonCameFrom() {
        assertThat(described("Nvidia has hired Acme Robotics CEO Dana Whitfield."))
                .containsExactly("Dana Whitfield: move Acme Robotics -> Nvidia");
    }

    @Test
    void lostToIsAMoveFromSubjectToObject() {
        assertThat(described("Baidu lost Chen Yuhang to Alibaba in January."))
                .containsExactly("Chen Yuhang: move Baidu -> Alibaba Group");
    }

    @Test
    void transitionedToIsAJoinWhenNoOriginIsNamed() {
        assertThat(described("Grace Liu transitioned to Tencent's Hunyuan team this spring."))
                .containsExactly("Grace Liu: join - -> Tencent");
    }

    @Test
    void pronounFollowUpBelongsToThePersonBefore() {
        assertThat(described("Omar Haddad is a veteran speech researcher. He left Baidu in February and joined Xiaomi."))
                .containsExactly("Omar Haddad: move Baidu -> Xiaomi");
    }

    @Test
    void surnameFollowUpBelongsToTheFullName() {
        assertThat(described("Analysts were surprised by the news about Linda Park. Park has joined Anthropic from OpenAI."))
                .containsExactly("Linda Park: move OpenAI -> Anthropic");
    }

    @Test
    void leavingToFoundACompanyIsAFoundingFromTheEmployer() {
        assertThat(described("Ravi Menon, an engineer at Alibaba, left in 2019 to found his own startup, Brightwave."))
                .containsExactly("Ravi Menon: found Alibaba Group -> Brightwave");
    }

    @Test
    void workedAtBeforeLeavingIsADeparture() {
        assertThat(described("\"We shipped fast,\" said Hana Sato, who worked at Baidu for five years before leaving in 2022."))
                .containsExactly("Hana Sato: leave Baidu -> -");
    }

    @Test
    void briefStintIsItsOwnMoveAndTheNextOneStartsFromIt() {
        List<String> moves = described("After leaving Baidu in March, Victor Hale briefly joined Tencent, but left "
                + "soon after a reorganization. Hale recently joined Xiaomi.");
        assertThat(moves).contains("Victor Hale: move Baidu -> Tencent", "Victor Hale: move Tencent -> Xiaomi");
    }

    @Test
    void deniedDepartureIsNotAMove() {
        assertThat(described("Baidu denied reports that Sofia Reyes had left the company for Tencent.")).isEmpty();
    }

    @Test
    void talksToJoinIsNotAMove() {
        assertThat(described("Sofia Reyes is in talks to join Tencent, people familiar with the matter said.")).isEmpty();
    }

    @Test
    void boardSeatIsNotAMove() {
        assertThat(described("Former diplomat Karen Holt has joined the board of directors of Xiaomi.")).isEmpty();
    }

    @Test
    void acquisitionOfACompanyIsNotAMove() {
        assertThat(described("Alibaba agreed to acquire Brightwave, a start-up founded in 2019, for $200 million.")).isEmpty();
    }

    @Test
    void someoneQuotedWithATitleIsNotAMove() {
        assertThat(described("\"Demand is strong,\" said Tencent president Martin Lau on Thursday.")).isEmpty();
    }

    @Test
    void evidenceOffsetsPointAtTheSentence() {
        String text = "Markets fell. Maria Gonzalez left Tencent for ByteDance in March.";
        Move move = movesIn(text).get(0);
        assertThat(text.substring(move.evidence().start(), move.evidence().end())).isEqualTo(move.evidence().sentence());
        assertThat(move.evidence().sentence()).startsWith("Maria Gonzalez left");
    }

    @Test
    void dateIsNormalizedAgainstThePublicationDate() {
        assertThat(movesIn("Maria Gonzalez left Tencent for ByteDance in March.").get(0).date()).isEqualTo("2025-03");
        assertThat(movesIn("Maria Gonzalez left Tencent for ByteDance last year.").get(0).date()).isEqualTo("2024");
    }

    @Test
    void anUnknownCompanyInTheObjectOfLeftForIsStillTheOrigin() {
        assertThat(described("Baidu confirmed on Monday that Carla Mendes left Quillfeather Systems for Baidu."))
                .containsExactly("Carla Mendes: move Quillfeather Systems -> Baidu");
    }

    @Test
    void theDateOfALaterDepartureSentenceDatesTheMove() {
        List<Move> moves = movesIn("Ines Alvarez, head of Xiaomi's camera lab, has joined Tencent. She left Xiaomi in March.");
        assertThat(moves).extracting(SharedExtractor::describe).containsExactly("Ines Alvarez: move Xiaomi -> Tencent");
        assertThat(moves.get(0).date()).isEqualTo("2025-03");
    }

    @Test
    void aSpeakerAfterAHiringPlanIsNotHired() {
        assertThat(described("Anthropic will spend the money on chips and hiring, Ortega said.")).isEmpty();
    }
}
