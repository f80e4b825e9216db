package org.talentflow.core.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTest {

    @Test
    void chineseNamesInEitherOrderAreOnePerson() {
        assertThat(PersonNames.key("Zhou Chang")).isEqualTo(PersonNames.key("Chang Zhou"));
    }

    @Test
    void diacriticsCaseAndHyphensDoNotMatter() {
        assertThat(PersonNames.key("José Núñez")).isEqualTo(PersonNames.key("jose nunez"));
        assertThat(PersonNames.key("Jean-Luc Picard")).isEqualTo(PersonNames.key("Jean Luc Picard"));
    }

    @Test
    void middleInitialsHonorificsAndSuffixesAreDropped() {
        assertThat(PersonNames.key("Dr. John A. Smith Jr.")).isEqualTo(PersonNames.key("John Smith"));
    }

    @Test
    void differentPeopleKeepDifferentKeys() {
        assertThat(PersonNames.key("Wang Jian")).isNotEqualTo(PersonNames.key("Wang Jun"));
    }

    @Test
    void displayCollapsesSpaces() {
        assertThat(PersonNames.display("  Yan   Zhijie ")).isEqualTo("Yan Zhijie");
    }

    @Test
    void anApostropheJoinsItsWordAndAPeriodSeparates() {
        assertThat(PersonNames.key("Conan O’Brien")).isEqualTo(PersonNames.key("conan o'brien"))
                .isEqualTo("conan obrien");
        assertThat(PersonNames.key("J.R. Smith")).isEqualTo("j r smith");
    }

    @Test
    void aSingleInitialStaysWhenOnlyTwoNamesWouldRemain() {
        assertThat(PersonNames.key("John A. Smith")).isEqualTo("john smith");
        assertThat(PersonNames.key("A. Smith")).isEqualTo("a smith");
    }

    @Test
    void aNameThatIsOnlyAnHonorificKeepsItRatherThanTheEmptyKey() {
        assertThat(PersonNames.key("Dr.")).isEqualTo("dr");
        assertThat(PersonNames.key("  ")).isEmpty();
    }

    @Test
    void displayTakesNoBreakAndIdeographicSpacesToo() {
        assertThat(PersonNames.display("Zhou\u00A0Chang")).isEqualTo("Zhou Chang");
        assertThat(PersonNames.display("\u3000Zhou Chang\n")).isEqualTo("Zhou Chang");
    }

    @Test
    void aHanNameAndItsPinyinInEitherOrderAreOnePerson() {
        assertThat(PersonNames.key("张迪")).isEqualTo(PersonNames.key("張迪"))
                .isEqualTo(PersonNames.key("Zhang Di")).isEqualTo(PersonNames.key("Di Zhang"))
                .isEqualTo(PersonNames.key("张 迪"));
    }

    @Test
    void aGivenNameIsOneWordAsEnglishNewsWritesIt() {
        assertThat(PersonNames.pinyin("郄小虎")).containsExactly("Qie Xiaohu", "Xiaohu Qie");
        assertThat(PersonNames.key("郄小虎")).isEqualTo(PersonNames.key("Xiaohu Qie")).isEqualTo("qie xiaohu");
        assertThat(PersonNames.key("郄小虎")).isNotEqualTo(PersonNames.key("Qie Xiao Hu"));
    }

    @Test
    void aCompoundSurnameIsNotSplit() {
        assertThat(PersonNames.pinyin("欧阳明远")).containsExactly("Ouyang Mingyuan", "Mingyuan Ouyang");
        assertThat(PersonNames.pinyin("司马乐")).containsExactly("Sima Le", "Le Sima");
        assertThat(PersonNames.pinyin("諸葛文")).containsExactly("Zhuge Wen", "Wen Zhuge");
        assertThat(PersonNames.key("万俟青")).isEqualTo(PersonNames.key("Moqi Qing"));
        assertThat(PersonNames.key("长孙一鸣")).isEqualTo(PersonNames.key("Zhangsun Yiming"));
    }

    @Test
    void aSurnameTakesItsReadingAsASurname() {
        assertThat(PersonNames.pinyin("曾凡")).first().isEqualTo("Zeng Fan");
        assertThat(PersonNames.pinyin("单明")).first().isEqualTo("Shan Ming");
        assertThat(PersonNames.pinyin("翟小川")).first().isEqualTo("Zhai Xiaochuan");
        assertThat(PersonNames.pinyin("覃立")).first().isEqualTo("Qin Li");
        assertThat(PersonNames.pinyin("区家豪")).first().isEqualTo("Ou Jiahao");
        assertThat(PersonNames.pinyin("乐天宇")).first().isEqualTo("Yue Tianyu");
        assertThat(PersonNames.key("解文")).isEqualTo(PersonNames.key("Xie Wen"));
    }

    @Test
    void aGivenNameReadsItsCharactersAsWrittenNotAsSimplified() {
        // 乾 simplifies to 干 (gan) in most words, but a name's 乾 is Qian
        assertThat(PersonNames.pinyin("張乾")).first().isEqualTo("Zhang Qian");
        assertThat(PersonNames.pinyin("李娜")).first().isEqualTo("Li Na");
    }

    @Test
    void umlautPinyinMeetsTheSpellingWithoutIt() {
        assertThat(PersonNames.pinyin("吕明")).first().isEqualTo("Lü Ming");
        assertThat(PersonNames.key("吕明")).isEqualTo(PersonNames.key("Lu Ming"));
    }

    @Test
    void otherHanTextKeepsItsSimplifiedCharactersAndNeverFails() {
        assertThat(PersonNames.pinyin("张")).isEmpty();
        assertThat(PersonNames.key("張")).isEqualTo("张");
        assertThat(PersonNames.pinyin("埃隆·马斯克")).isEmpty();
        assertThat(PersonNames.key("埃隆·馬斯克")).isEqualTo(PersonNames.key("埃隆·马斯克"));
        assertThat(PersonNames.pinyin("Kevin张")).isEmpty();
        assertThat(PersonNames.key("Kevin 張")).isEqualTo(PersonNames.key("kevin 张"));
        assertThat(PersonNames.pinyin("爱新觉罗启星")).isEmpty();
    }

    @Test
    void latinNamesHaveNoPinyinAndKeepTheirKey() {
        assertThat(PersonNames.pinyin("Zhang Di")).isEmpty();
        assertThat(PersonNames.key("Conan O'Brien")).isEqualTo("conan obrien");
    }
}
