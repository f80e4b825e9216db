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
