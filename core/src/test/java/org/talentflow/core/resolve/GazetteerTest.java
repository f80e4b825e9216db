package org.talentflow.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.talentflow.core.domain.Organization;

/** Names are found in English at word boundaries and in Chinese anywhere; spellings of one name meet. */
class GazetteerTest {

    private static final Gazetteer SHIPPED = Gazetteer.loadDefault();

    @Test
    void aChineseNameIsFoundInsideRunningChineseText() {
        assertThat(names("她去年加入腾讯后负责混元的训练。")).containsExactly("Tencent", "Hunyuan");
        assertThat(names("他离开字节跳动，转投阿里云。")).containsExactly("ByteDance", "Alibaba Cloud");
    }

    @Test
    void aLatinNameNextToChineseCharactersIsFound() {
        assertThat(names("他从Google跳槽到DeepSeek。")).containsExactly("Google", "DeepSeek");
    }

    @Test
    void englishNamesStillNeedWordBoundaries() {
        assertThat(names("The Googleplex cafeteria served Applesauce.")).isEmpty();
        assertThat(names("She left Google for Apple.")).containsExactly("Google", "Apple");
    }

    @Test
    void theLongerChineseNameWinsWhereTwoStartTogether() {
        assertThat(names("他曾在京东方工作，后来去了腾讯云。")).containsExactly("BOE Technology Group", "Tencent Cloud");
    }

    @Test
    void traditionalCharactersAndCompanyFormsResolveToTheSameOrganization() {
        assertThat(SHIPPED.findAll("他加入騰訊。")).extracting(h -> h.organization().name()).containsExactly("Tencent");
        assertThat(SHIPPED.lookup("騰訊控股有限公司")).map(Organization::name).hasValue("Tencent");
        assertThat(SHIPPED.lookup("阿里巴巴集团控股有限公司")).map(Organization::name).hasValue("Alibaba Group");
        assertThat(SHIPPED.refOf(SHIPPED.lookup("通义实验室").orElseThrow())).isEqualTo(new org.talentflow.core.domain.OrgRef("Alibaba Group", "Tongyi Lab"));
    }

    @Test
    void noTwoOrganizationsShareAName() {
        Map<String, String> owner = new HashMap<>();
        for (Organization org : SHIPPED.organizations()) {
            for (String name : names(org)) {
                String previous = owner.putIfAbsent(Gazetteer.fold(name), org.name());
                assertThat(previous == null || previous.equals(org.name()))
                        .as("%s is a name of both %s and %s", name, previous, org.name()).isTrue();
            }
        }
    }

    private static List<String> names(Organization org) {
        List<String> names = new java.util.ArrayList<>(org.aliases());
        names.add(org.name());
        return names;
    }

    private static List<String> names(String text) {
        return SHIPPED.findAll(text).stream().map(h -> h.organization().name()).toList();
    }
}
