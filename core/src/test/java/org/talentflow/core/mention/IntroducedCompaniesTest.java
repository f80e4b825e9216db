package org.talentflow.core.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.talentflow.core.lexicon.Lexicon;

/** What an article says of a company, never of a person, makes its name an organization's everywhere. */
class IntroducedCompaniesTest {

    private final IntroducedCompanies companies = new IntroducedCompanies(Lexicon.english());

    @Test
    void whatIsSaidOnlyOfCompaniesIntroducesOne() {
        assertThat(companies.in("Quorvane, which is coming out of stealth today, builds agents.")).containsExactly("Quorvane");
        assertThat(companies.in("Tallis Forge was founded earlier this year by two engineers.")).containsExactly("Tallis Forge");
        assertThat(companies.in("Brightmoor emerged from stealth on Tuesday.")).containsExactly("Brightmoor");
        assertThat(companies.in("Nerin currently has 14 employees in Oslo.")).containsExactly("Nerin");
        assertThat(companies.in("Funds went to the coding startup Ossify last week.")).containsExactly("Ossify");
        assertThat(companies.in("Kestrel Grid, a Denver startup, raised money.")).containsExactly("Kestrel Grid");
        assertThat(companies.in("The startup, which people close to it call Parallax Works, raised money."))
                .containsExactly("Parallax Works");
    }

    @Test
    void peopleAndWordsASentenceBeginsWithAreNone() {
        assertThat(companies.in("Ann Lee, who led sales, left. The startup Ann Lee founded raised money.")).isEmpty();
        assertThat(companies.in("It was founded in 2019. The company's CEO Ken Oda spoke.")).isEmpty();
        assertThat(companies.in("The company named Ann Lee as its chief executive.")).isEmpty();
        assertThat(companies.in("Ardent Robotics, the company Hale has run since 2017, builds robots.")).doesNotContain("Hale");
        assertThat(companies.in("Lattice Forge, Inc., which makes chips, hired him.")).doesNotContain("Inc.");
    }

    @Test
    void aLegalFormAfterANameIntroducesItAndThePressReleasesShortNameButNotItsWordForAnyCompany() {
        assertThat(companies.in("BOSTON--(BUSINESS WIRE)--Corvanta Biosciences, Inc. (\"Corvanta\" or the \"Company\") today "
                + "announced a new chief medical officer.")).containsExactlyInAnyOrder("Corvanta Biosciences", "Corvanta");
        // ("Foods" only says what the company does: its short name is the company too, as "Fennec" of "Fennec Labs")
        assertThat(companies.in("Shares of Brightwell Foods LLC rose.")).containsExactly("Brightwell Foods", "Brightwell");
    }

    @Test
    void aKindWordEndingAnAppositionWithTheIntroducesTheNameButATitleDoesNot() {
        assertThat(companies.in("Harrowgate Asset Management, the $9 billion hedge fund firm, hired two traders."))
                .contains("Harrowgate Asset Management");
        assertThat(companies.in("Ann Lee, the company's chief executive, spoke.")).isEmpty();
    }

    @Test
    void anIntroducedNameIsAlsoKnownWithoutTheWordsThatOnlySayItIsAnOrganization() {
        assertThat(companies.in("Harrowgate Capital Management, the hedge fund firm, hired two traders. Harrowgate "
                + "declined to comment.")).contains("Harrowgate Capital Management", "Harrowgate");
        assertThat(companies.in("Ossify Labs, which builds compilers, hired her.")).contains("Ossify Labs", "Ossify");
        // A founder's surname stays his: "Tom Hale" beside "Hale Ventures".
        assertThat(companies.in("Hale Ventures, which Tom Hale started, raised money.")).containsExactly("Hale Ventures");
    }

    @Test
    void anIntroducedNameWithOrganizationWordsAfterItElsewhereIsTheCompanyToo() {
        assertThat(companies.in("On her first day at Ossify Bio, she put on a lab coat. Ossify, which designs antibodies, "
                + "raised money.")).contains("Ossify", "Ossify Bio");
    }

    @Test
    void anAcronymInParenthesesAfterAnOrganizationsNameIsItsToo() {
        assertThat(companies.in("She will join the European Rowing Federation (ERF) in May. The ERF said so."))
                .contains("European Rowing Federation", "ERF");
        assertThat(companies.in("Models are trained with Reinforcement Learning (RL) at scale.")).isEmpty();
    }

    @Test
    void anAirlineOrACarrierIsACompany() {
        assertThat(companies.in("On June 1 she becomes chief executive of Skyvane, a carrier that needs both skills."))
                .containsExactly("Skyvane");
    }

    @Test
    void aKindWordWithAParticipleAfterItEndsTheApposition() {
        assertThat(companies.in("Helix Autonomy, the San Jose startup developing self-driving trucks, has lost three leaders."))
                .contains("Helix Autonomy");
        assertThat(companies.in("Jane Doe, the startup founder writing a book, spoke.")).isEmpty();
    }

    @Test
    void thePressReleasesBoilerplateNamesItsIssuerAndABiographyNone() {
        String release = "Orchard Metrics Names a Chief Revenue Officer\n\nPaula Renn joins from Snowflake.\n\n"
                + "About Orchard Metrics\nFounded in 2019, Orchard Metrics helps retailers forecast demand.\n";
        assertThat(IntroducedCompanies.issuer(release)).isEqualTo("Orchard Metrics");
        assertThat(companies.in(release)).contains("Orchard Metrics");
        assertThat(IntroducedCompanies.issuer("About Halvorsen Robotics, Inc.\n\nHalvorsen Robotics builds arms.")).isEqualTo("Halvorsen Robotics");
        assertThat(IntroducedCompanies.issuer("About Dr. Osterhout\nDr. Osterhout trained in Boston.")).isNull();
        assertThat(IntroducedCompanies.issuer("About Jane Moss\nJane Moss has led sales teams; she joined in 2020.")).isNull();
        assertThat(IntroducedCompanies.issuer("About Us\nUs and them.")).isNull();
        assertThat(IntroducedCompanies.issuer("About Reuters: Careers\nReuters is a news agency.")).isNull();
    }

    @Test
    void wordsJoinedByAPlusOrAnAmpersandAreACompanyButLettersAreNot() {
        assertThat(companies.in("She spent six years at Kuehne+Nagel in Hamburg.")).containsExactly("Kuehne+Nagel");
        assertThat(companies.in("He ran R&D and then M&A at the group.")).isEmpty();
    }

    @Test
    void aNameEndsWhereItsSentenceEnds() {
        assertThat(companies.in("She ran sales at the payments firm Corvelle. The pair left in May."))
                .contains("Corvelle").noneMatch(n -> n.contains("The"));
    }
}
