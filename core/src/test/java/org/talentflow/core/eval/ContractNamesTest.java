package org.talentflow.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.resolve.Gazetteer;

class ContractNamesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.parse("""
            Hooli\tcompany\t\t\tPalo Alto\tHooli Inc|互利|互利科技|互利科技集团
            Hooli Labs\tlab\tHooli\t\t\t互利实验室
            Hooli Brain\tlab\tHooli\t\t\t脑研院
            Pied Piper\tcompany\t\t\t\t魔笛手
            """);
    private static final ContractNames NAMES = new ContractNames(GAZETTEER);

    /** A short Chinese article around the given text: long enough to be told Chinese. */
    private static String article(String text) {
        return "科技公司人事变动\n本报讯 近来多家科技公司调整管理团队，行业人士称这一趋势仍将持续。\n" + text;
    }

    private static Move move(OrgRef from, OrgRef to, String sentence) {
        return new Move("张明远", MoveKind.MOVE, from, to, null, null, 0.9, new Evidence("a.txt", sentence, 0, sentence.length()));
    }

    @Test
    void aChineseArticleNamesKnownOrganizationsAsItWritesThem() {
        String sentence = "原互利科技副总裁张明远已加盟魔笛手。";
        Move m = NAMES.asWritten(move(OrgRef.of("Hooli"), OrgRef.of("Pied Piper"), sentence), article(sentence));
        // The longest name the sentence writes: 互利科技, not 互利.
        assertThat(m.from()).isEqualTo(OrgRef.of("互利科技"));
        assertThat(m.to()).isEqualTo(OrgRef.of("魔笛手"));
    }

    @Test
    void aNameFromAnotherSentenceOfTheArticleIsTakenWhenTheMoveSentenceHasNone() {
        String text = article("互利科技近日发生人事变动。\n据悉，张明远已于本月离职。");
        Move m = NAMES.asWritten(move(OrgRef.of("Hooli"), null, "据悉，张明远已于本月离职。"), text);
        assertThat(m.from()).isEqualTo(OrgRef.of("互利科技"));
    }

    @Test
    void aUnitWrittenWithoutItsParentNamesTheMove() {
        String sentence = "张明远离开脑研院，加盟魔笛手。";
        Move m = NAMES.asWritten(move(new OrgRef("Hooli", "Hooli Brain"), OrgRef.of("Pied Piper"), sentence), article(sentence));
        assertThat(m.from()).isEqualTo(OrgRef.of("脑研院"));
        // A unit whose name holds its parent's names both.
        String named = "张明远离开互利实验室，加盟魔笛手。";
        Move both = NAMES.asWritten(move(new OrgRef("Hooli", "Hooli Labs"), OrgRef.of("Pied Piper"), named), article(named));
        assertThat(both.from()).isEqualTo(new OrgRef("互利", "互利实验室"));
    }

    @Test
    void englishArticlesAndUnknownOrganizationsKeepTheirNames() {
        String english = "Zhang Mingyuan left Hooli for Pied Piper.";
        Move m = move(OrgRef.of("Hooli"), OrgRef.of("Pied Piper"), english);
        assertThat(NAMES.asWritten(m, english)).isEqualTo(m);
        String chinese = "张明远离开星河智能，加盟魔笛手。";
        Move unknown = NAMES.asWritten(move(OrgRef.of("星河智能"), OrgRef.of("Pied Piper"), chinese), article(chinese));
        assertThat(unknown.from()).isEqualTo(OrgRef.of("星河智能"));
        assertThat(unknown.to()).isEqualTo(OrgRef.of("魔笛手"));
    }
}
