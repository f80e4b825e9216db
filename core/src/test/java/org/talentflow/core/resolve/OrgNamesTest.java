package org.talentflow.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.story.Story;

/** Two spellings of one organization meet under one key; a short form in the same story is the same organization. */
class OrgNamesTest {

    @Test
    void aPossessiveInsideANameIsOneSpellingOfIt() {
        assertThat(OrgNames.foldKey("St. Mary’s Children’s Hospital"))
                .isEqualTo(OrgNames.foldKey("St. Mary Children's Hospital"))
                .isEqualTo(OrgNames.foldKey("St Mary's Childrens Hospital".replace("Childrens", "Children's")));
        assertThat(OrgNames.foldKey("Macy’s")).isEqualTo(OrgNames.foldKey("Macy's"));
        assertThat(OrgNames.foldKey("Sports Direct")).isNotEqualTo(OrgNames.foldKey("Sport Direct"));
    }

    @Test
    void chineseCompanyFormsAreDroppedAsInAndGroupAre() {
        assertThat(OrgNames.foldKey("阿里巴巴集团控股有限公司")).isEqualTo(OrgNames.foldKey("阿里巴巴集团"))
                .isEqualTo(OrgNames.foldKey("阿里巴巴")).isEqualTo("阿里巴巴");
        assertThat(OrgNames.foldKey("星河科技股份有限公司")).isEqualTo("星河科技");
        assertThat(OrgNames.foldKey("集团")).isEqualTo("集团");
    }

    @Test
    void traditionalAndSimplifiedSpellingsOfANameMeet() {
        assertThat(OrgNames.foldKey("騰訊集團")).isEqualTo(OrgNames.foldKey("腾讯"));
    }

    @Test
    void aOneWordNameThatEndsALongerOneIsItsShortForm() {
        assertThat(Story.sameOrganization(ref("Leeds Rovers"), ref("Rovers"))).isTrue();
        assertThat(Story.sameOrganization(ref("Rovers"), ref("Leeds Rovers"))).isTrue();
        assertThat(Story.sameOrganization(ref("Leeds Rovers"), ref("Leeds United"))).isFalse();
        assertThat(Story.sameOrganization(ref("Bristol Rovers"), ref("Leeds Rovers"))).isFalse();
    }

    private static OrgRef ref(String name) {
        return new OrgRef(name, null);
    }
}
