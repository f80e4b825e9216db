package org.talentflow.core.zh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void anArticleIsChineseByItsShareOfHanCharacters() {
        assertThat(ChineseText.isChinese("星河科技副总裁张明远已于本月离职，公司方面尚未回应。他此前在云帆智能任职多年。")).isTrue();
        assertThat(ChineseText.isChinese("Zhang Mingyuan (张明远) left Xinghe Technology this month to join a rival lab in "
                + "Hangzhou, the company said on Tuesday, confirming earlier reports.")).isFalse();
    }

    @Test
    void foldingMakesTraditionalSimplifiedAndKeepsTheWayBack() {
        String doc = "前華為高管陳一鳴加入小米";
        ChineseText.Folded f = ChineseText.fold(doc);
        assertThat(f.text()).isEqualTo("前华为高管陈一鸣加入小米");
        int at = f.text().indexOf("陈一鸣");
        assertThat(doc.substring(f.documentOffset(at), f.documentOffset(at + 3))).isEqualTo("陳一鳴");
    }

    @Test
    void pinyinGlossesOfBrokenConvertersAreDroppedAndFullWidthMadeAscii() {
        String doc = "趙長(zhǎng)江於２０２４年離職";
        ChineseText.Folded f = ChineseText.fold(doc);
        assertThat(f.text()).isEqualTo("赵长江于2024年离职");
        int at = f.text().indexOf("离职");
        assertThat(doc.substring(f.documentOffset(at), f.documentOffset(at + 2))).isEqualTo("離職");
    }
}
