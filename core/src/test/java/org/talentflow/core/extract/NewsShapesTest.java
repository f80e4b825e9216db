package org.talentflow.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentflow.core.extract.SharedExtractor.described;
import static org.talentflow.core.extract.SharedExtractor.movesIn;
import static org.talentflow.core.extract.SharedExtractor.topReadings;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;

/** The harder shapes news uses for moves, and the ones that look like moves but are not; sentences of our own. */
class NewsShapesTest {


    @Test
    void appositiveTitleNamesTheOriginOfAJoin() {
        assertThat(described("Laura Chen, head of Baidu's speech lab, has joined Xiaomi."))
                .containsExactly("Laura Chen: move Baidu -> Xiaomi");
    }

    @Test
    void anUnknownFieldInATitleIsNotTheOrganizationOfThePost() {
        assertThat(described("Mei Lin, vice president of Autonomous Driving at Huawei, has joined Xiaomi."))
                .containsExactly("Mei Lin: move Huawei -> Xiaomi");
        assertThat(described("Mei Lin, the vice president of Intelligent Cockpit at Huawei, will leave and join Xiaomi."))
                .containsExactly("Mei Lin: move Huawei -> Xiaomi");
    }

    @Test
    void takingAJobOrAPositionIsTakingAPost() {
        assertThat(described("Rita Ocampo, a longtime Adobe engineer, took a job in April as senior vice president at Spotify."))
                .containsExactly("Rita Ocampo: move Adobe -> Spotify");
        assertThat(described("Sam Ferris, who spent a decade at Adobe, has accepted a position with Spotify as its head of sales."))
                .containsExactly("Sam Ferris: move Adobe -> Spotify");
    }

    @Test
    void aPostTakenOnLeavingIsNotAtTheOrganizationLeft() {
        assertThat(described("AstraZeneca keeps adding academics to its cancer research. Lena Ruiz will leave Stanford "
                + "University to become head of oncology research."))
                .containsExactly("Lena Ruiz: move Stanford University -> AstraZeneca");
    }

    @Test
    void aPronounGoesOnWithTheSubjectBeforeNotWithANameThatWasOnlyAnObject() {
        assertThat(described("Spotify will open a lab in Oslo, to be led by Tomas Berg. His profile says he runs the voice "
                + "team for Alexa (Amazon’s assistant). Before joining Amazon in 2019, he worked at Adobe as a designer."))
                .containsExactly("Tomas Berg: move Adobe -> Amazon");
    }

    @Test
    void aPlatformSomeoneWritesOnIsNoEmployer() {
        assertThat(SharedExtractor.topReadings("Samsung is opening a lab in Austin. Meanwhile in a LinkedIn post, Mina "
                + "Cho, previously head of the memory division and now head of the Samsung Advanced Institute of "
                + "Technology, wrote the company is setting up a research lab.")).noneMatch(move -> move.contains("Microsoft"));
    }

    @Test
    void yearsSpentAtAnOrganizationBeforeJoiningAreWhereTheJoinCameFrom() {
        assertThat(described("Spotify keeps hiring designers. Ivo Brandt joined Spotify in March 2021 after spending over "
                + "three years at Adobe."))
                .containsExactly("Ivo Brandt: move Adobe -> Spotify");
    }

    @Test
    void aJoinDatedDecadesAgoCameFromNoOrganizationOfTodaysStory() {
        assertThat(SharedExtractor.topReadings("Spotify has denied that it will hire Ana Ruiz. Ana Ruiz joined Adobe in "
                + "1998 and has run its design studio since."))
                .containsExactly("Ana Ruiz: join - -> Adobe");
    }

    @Test
    void possessiveUnitIsKeptAsTheUnit() {
        List<Move> moves = movesIn("Omar Haddad left Alibaba to join JD.com's Explore Academy.");
        assertThat(moves).extracting(SharedExtractor::describe).containsExactly("Omar Haddad: move Alibaba Group -> JD.com");
        assertThat(moves.get(0).to().unit()).isEqualTo("JD Explore Academy");
    }

    @Test
    void departureNounFromIsALeave() {
        assertThat(described("Tencent confirmed Grace Liu's departure from the company last week. Grace Liu's departure from Tencent surprised analysts."))
                .contains("Grace Liu: leave Tencent -> -");
    }

    @Test
    void poachedFromIsAMoveToThePoacher() {
        assertThat(described("Meta poached Daniel Ortiz from OpenAI in June."))
                .containsExactly("Daniel Ortiz: move OpenAI -> Meta");
    }

    @Test
    void defectedToIsAMove() {
        assertThat(described("Kenji Sato defected from Google to Anthropic this spring."))
                .containsExactly("Kenji Sato: move Google -> Anthropic");
    }

    @Test
    void steppedDownIsALeave() {
        assertThat(described("Nadia Petrova stepped down as chief technology officer of Baidu on Friday."))
                .containsExactly("Nadia Petrova: leave Baidu -> -");
    }

    @Test
    void returnedToIsAJoin() {
        assertThat(described("After two years away, Tom Becker returned to Microsoft in May."))
                .containsExactly("Tom Becker: join - -> Microsoft");
    }

    @Test
    void previouslyAtGivesTheOriginOfAnArrival() {
        assertThat(described("Xiaomi has hired Elena Rossi, who previously worked at Huawei."))
                .containsExactly("Elena Rossi: move Huawei -> Xiaomi");
    }

    @Test
    void moveReportedInsideAQuoteCounts() {
        assertThat(described("\"I left Baidu for Tencent because of the models,\" said Wei Zhang, who made the switch in March."))
                .contains("Wei Zhang: move Baidu -> Tencent");
    }

    @Test
    void isConsideringAnOfferIsNotAMove() {
        assertThat(described("Sam Porter is said to be considering an offer from Microsoft.")).isEmpty();
    }

    @Test
    void rumouredDepartureIsNotAMove() {
        assertThat(described("Julia Novak is rumoured to be leaving Apple for Meta.")).isEmpty();
    }

    @Test
    void hypotheticalIsNotAMove() {
        assertThat(described("If Marco Silva left Tesla, the company would lose its best engineer.")).isEmpty();
    }

    @Test
    void investmentIsNotAMove() {
        assertThat(described("Alibaba invested in Moonshot AI alongside Tencent, said Joe Tsai.")).isEmpty();
    }

    @Test
    void joiningABoardIsNotAMove() {
        assertThat(described("Ruth Ellis has joined the board of directors of Nvidia.")).isEmpty();
    }

    @Test
    void aMoveToldAsBackgroundHasLowerConfidenceThanNews() {
        double news = SharedExtractor.topReadingsIn("Carla Mendes joined Baidu in May.").get("Carla Mendes").probability();
        double background = SharedExtractor.topReadingsIn("Carla Mendes said that before joining Baidu, she studied law.")
                .get("Carla Mendes").probability();
        assertThat(background).isLessThan(news).isLessThanOrEqualTo(0.5);
    }

    @Test
    void anOrganizationAppointingSomeoneIsAJoin() {
        assertThat(SharedExtractor.topReadings("Baidu appointed Laura Chen as its chief technology officer."))
                .containsExactly("Laura Chen: join - -> Baidu");
    }

    @Test
    void appointedTitleOfAnOrganizationIsAJoin() {
        assertThat(SharedExtractor.topReadings("Laura Chen was appointed chief executive of Xiaomi in June."))
                .containsExactly("Laura Chen: join - -> Xiaomi");
    }

    @Test
    void anAppointmentInsideTheCompanyIsNotAMove() {
        assertThat(described("Wen Li has been appointed head of the Strategy Office, reporting to the chief executive."))
                .isEmpty();
    }

    @Test
    void takingTheHelmIsAJoin() {
        assertThat(SharedExtractor.topReadings("Tom Becker took the helm at Anthropic's research team last month."))
                .containsExactly("Tom Becker: join - -> Anthropic");
        assertThat(SharedExtractor.topReadings("Nadia Petrova took over as chief executive of Meituan in April."))
                .containsExactly("Nadia Petrova: join - -> Meituan");
    }

    @Test
    void hiredAwayFromIsAMove() {
        assertThat(described("Xiaomi hired away Omar Haddad from Huawei.")).containsExactly("Omar Haddad: move Huawei -> Xiaomi");
    }

    @Test
    void aPastPostInTheNextSentenceGivesTheOrigin() {
        assertThat(described("Nadia Costa has joined Globex as head of research. Costa previously worked at Initech for a decade."))
                .containsExactly("Nadia Costa: move Initech -> Globex");
        assertThat(described("Nadia Costa has joined Globex. She spent nine years at Initech."))
                .containsExactly("Nadia Costa: move Initech -> Globex");
    }

    @Test
    void titleWordsWithOtherNounsBeforeTheNameStillNameTheEmployer() {
        assertThat(described("Former Baidu speech director Ken Ito moved to Xiaomi in May."))
                .containsExactly("Ken Ito: move Baidu -> Xiaomi");
        assertThat(described("Tencent's former vision chief Mia Lund founded Lumo Robotics."))
                .containsExactly("Mia Lund: found Tencent -> Lumo Robotics");
    }

    @Test
    void itsInAnAppositionPointsBackToTheOrganizationOfTheClause() {
        assertThat(described("Xiaomi confirmed that Dan Wu, its former head of cameras, had moved to Huawei."))
                .containsExactly("Dan Wu: move Xiaomi -> Huawei");
    }

    @Test
    void namingSomeoneToAPostIsHiringThem() {
        assertThat(described("Baidu has named former Alibaba executive Lea Park as its new head of cloud."))
                .containsExactly("Lea Park: move Alibaba Group -> Baidu");
    }

    @Test
    void startingAVentureAfterYearsSomewhereIsAFoundingFromThere() {
        assertThat(described("After six years at Meituan, engineer Bo Chen left the company in May to start his own venture, Kite Labs."))
                .containsExactly("Bo Chen: found Meituan -> Kite Labs");
    }

    @Test
    void aGroupHiredFromAnOrganizationIncludingNamesComesFromIt() {
        assertThat(described("Anthropic hired four engineers from Google, including Ana Ruiz and Tom Berg."))
                .containsExactly("Ana Ruiz: move Google -> Anthropic", "Tom Berg: move Google -> Anthropic");
    }

    @Test
    void foundersHiredWithTheirStartupComeFromIt() {
        assertThat(described("Nvidia acquired the chip startup Lumora and hired its founders Ivo Petrov and Sara Lind."))
                .containsExactly("Ivo Petrov: move Lumora -> Nvidia", "Sara Lind: move Lumora -> Nvidia");
    }

    @Test
    void anUnknownEmployerAfterATitleIsAnOrganization() {
        assertThat(described("Ines Vidal, previously finance director at Stripe, takes over as chief executive of Brightloom."))
                .containsExactly("Ines Vidal: move Stripe -> Brightloom");
    }

    @Test
    void aDepartureNounWithBothEndsIsAMove() {
        assertThat(described("The departure of Peter Vance from Baidu to Xiaomi was confirmed on Monday."))
                .containsExactly("Peter Vance: move Baidu -> Xiaomi");
    }

    @Test
    void aRelativeClauseOfAPastPostGivesTheOriginOfAnAppointment() {
        assertThat(described("Omar Said, who led Huawei's chip design group for years, has been appointed chief technology officer at Xiaomi."))
                .containsExactly("Omar Said: move Huawei -> Xiaomi");
    }

    @Test
    void aDepartureToldAfterTheArrivalStillGivesTheOrigin() {
        assertThat(described("\"I am thrilled to join Mistral AI,\" said Eva Noor, who left Meta earlier this year."))
                .containsExactly("Eva Noor: move Meta -> Mistral AI");
    }

    @Test
    void aLoneWordTheTaggerTakesForAPersonAfterJoinedIsTheEmployer() {
        assertThat(described("Rosa Diaz, formerly finance director at Initech, has joined Brightloom as chief financial officer, "
                + "Brightloom said on Friday.")).containsExactly("Rosa Diaz: move Initech -> Brightloom");
    }

    @Test
    void anAppositiveTitleKeepsTheWordsThatSayWhatKind() {
        assertThat(movesIn("Rosa Diaz, formerly finance director at Initech, has joined Globex."))
                .singleElement().satisfies(m -> assertThat(m.role()).startsWith("finance director"));
    }

    @Test
    void joinedFromNamesTheOriginAndTheCompanyOfTheSentenceIsTheDestination() {
        assertThat(described("Xiaomi's camera chief will retire, and Hana Ito, who joined from Sony, takes over his team."))
                .contains("Hana Ito: move Sony -> Xiaomi");
    }

    @Test
    void theResignationOfItsTitledPersonIsALeaveOfTheCompany() {
        assertThat(described("Tencent confirmed the resignation of its chief economist Paul Grant on Tuesday."))
                .containsExactly("Paul Grant: leave Tencent -> -");
    }

    @Test
    void retiringFromABoardIsNoMove() {
        assertThat(described("Ann Kirby, who joined in 2012, will retire from Baidu's board this year.")).isEmpty();
    }

    @Test
    void anAgeBetweenNameAndPastPostStillGivesTheOrigin() {
        assertThat(described("ByteDance poached the researcher Lena Wu. Wu, 29, had spent three years at Tencent before the move."))
                .containsExactly("Lena Wu: move Tencent -> ByteDance");
    }

    @Test
    void theQwenTeamIsAlibabas() {
        assertThat(described("ByteDance poached Qwen researcher Lena Wu."))
                .containsExactly("Lena Wu: move Alibaba Group -> ByteDance");
    }

    @Test
    void aTimeAfterTheVerbIsNoObject() {
        assertThat(described("Moonshot AI inference engineer Tang Bo resigned this month."))
                .containsExactly("Tang Bo: leave Moonshot AI -> -");
    }

    @Test
    void aPronounAfterAVerbOfSayingIsTheSpeaker() {
        assertThat(described("Igor Petrov, one of the co-founders of Elon Musk's xAI, said on Tuesday he was leaving the company."))
                .containsExactly("Igor Petrov: leave xAI -> -");
    }

    @Test
    void aNegatedDepartureInsideAQuoteIsNoMove() {
        assertThat(described("\"I will never leave Xiaomi,\" Ken Ito told staff at a meeting.")).isEmpty();
    }

    @Test
    void travelToAPlaceOrAVisitIsNoMove() {
        assertThat(described("Ken Ito met officials in Beijing. He left for Shenzhen the next day to attend a trade fair.")).isEmpty();
        assertThat(described("Xiaomi founder Ken Ito returned to Zhejiang University to give a talk on robotics.")).isEmpty();
    }

    @Test
    void appointingOutsideDirectorsToABoardIsNoMove() {
        assertThat(described("Huawei appointed two outside directors to its board, including former banker Ana Reyes.")).isEmpty();
    }

    @Test
    void aPluralNounBeforeAnInfinitiveIsItsSubjectNotAnEarlierName() {
        assertThat(described("Ken Ito, who built Baidu's speech team, is one of many engineers to leave Chinese giants for robotics firms."))
                .isEmpty();
    }

    @Test
    void aWhoClauseInsideAnAppositionDoesNotHideTheSubject() {
        assertThat(described("Nora Lind, a former Baidu researcher who worked on speech models, has joined Xiaomi."))
                .containsExactly("Nora Lind: move Baidu -> Xiaomi");
    }

    @Test
    void aCountOfPeopleNamedAfterIncludingLeaves() {
        assertThat(described("Three engineers have quit Meituan this year, including Li Hua, Zhao Min and Chen Bo."))
                .containsExactly("Li Hua: leave Meituan -> -", "Zhao Min: leave Meituan -> -", "Chen Bo: leave Meituan -> -");
    }

    @Test
    void anOrganizationAfterFromIsTheOriginEvenWithWordsBetween() {
        assertThat(described("Xiaomi said Hana Ito, who joined the company in 2021 from Sony, will lead its camera team."))
                .contains("Hana Ito: move Sony -> Xiaomi");
    }

    @Test
    void aStartupCalledSomethingIsTheFoundedCompany() {
        assertThat(SharedExtractor.topReadings("Ravi Menon is setting up a robotics startup called Copperleaf Labs in Hangzhou."))
                .containsExactly("Ravi Menon: found - -> Copperleaf Labs");
    }

    @Test
    void aTitleSetOffByCommasBeforeTheNameNamesTheEmployer() {
        assertThat(described("Xiaomi's head of cameras, Dan Wu, has stepped down to start his own company."))
                .containsExactly("Dan Wu: leave Xiaomi -> -");
    }

    @Test
    void aBackgroundJoinOfTheCompanyLaterLeftAddsNoMove() {
        assertThat(described("Ravi Menon left Baidu in 2019 to found his own venture, Copperleaf Labs. "
                + "He said that before joining Baidu, he had wanted to be a teacher."))
                .containsExactly("Ravi Menon: found Baidu -> Copperleaf Labs");
    }

    @Test
    void aFoundingToldInPassingInAWhoClauseIsBackground() {
        // Reported at most with low confidence: the founding is who someone is, not the news.
        assertThat(movesIn("Microsoft hired Nadia Costa, co-founder of Inflection AI. Costa, who earlier co-founded Lumo Labs, "
                + "will report to the chief executive.")).filteredOn(m -> m.kind() == MoveKind.FOUND)
                .allSatisfy(m -> assertThat(m.confidence()).isLessThan(0.5));
    }

    @Test
    void anOldFoundingToldInPassingIsWhoSomeoneIsNotAMove() {
        assertThat(described("Ken Ito, who co-founded Lumo Labs in 2009, said demand remained strong.")).isEmpty();
    }

    @Test
    void anHonorificBetweenTitleAndNameDoesNotHideTheEmployer() {
        assertThat(described("The head of speech research at Huawei's Noah's Ark Lab, Dr. Lu Wen, has resigned and will join iFlytek next month."))
                .containsExactly("Lu Wen: move Huawei -> iFlytek");
    }

    @Test
    void theCompanyThatSpeaksIsNotTheOneFounded() {
        assertThat(described("SenseTime co-founder Ken Ito stepped down as chief executive and will start a robotics company, SenseTime said."))
                .containsExactly("Ken Ito: leave SenseTime -> -");
    }

    @Test
    void beingNamedToAPostOfAnUnknownCompanyIsAnArrival() {
        assertThat(described("Ravi Menon has been named chief executive of Brightloom, the startup said. He previously ran product at Stripe."))
                .containsExactly("Ravi Menon: move Stripe -> Brightloom");
    }

    @Test
    void tappedToLeadItsUnitJoinsTheCompanyTheSentenceIsAbout() {
        assertThat(described("Baidu said Li Hua had been tapped to lead its driving unit after eight years at Huawei."))
                .containsExactly("Li Hua: move Huawei -> Baidu");
    }

    @Test
    void aPostHeldNowIsAnArrival() {
        assertThat(described("Kevin Hart, Instagram's former head of product, is now chief product officer at OpenAI."))
                .containsExactly("Kevin Hart: move Meta -> OpenAI");
        assertThat(described("Ana Ruiz, who left Uber in 2023, now works at Lyft as head of maps."))
                .containsExactly("Ana Ruiz: move Uber -> Lyft");
        assertThat(described("Zhou Min, the former chief technology officer of NetEase, has become chief scientist at Kuaishou."))
                .containsExactly("Zhou Min: move NetEase -> Kuaishou");
    }

    @Test
    void aCompanyNowValuedHigherIsNoMove() {
        assertThat(described("Globex is now valued at $4 billion, chief executive Ravi Menon said.")).isEmpty();
    }

    @Test
    void headingAnotherCompanysUnitNowIsAnArrival() {
        assertThat(described("Sara Lind, who ran Spotify's podcast unit until March, is now heading Netflix's games studio."))
                .containsExactly("Sara Lind: move Spotify -> Netflix");
    }

    @Test
    void hadBeenWithSinceIsAPastPostNotAnArrival() {
        assertThat(described("Sara Lind left Spotify's podcast unit in March. Lind had been with Spotify since 2016."))
                .containsExactly("Sara Lind: leave Spotify -> -");
    }

    @Test
    void whoLedATeamAtNamesTheOriginOfAHire() {
        assertThat(described("Microsoft has poached Ivan Petrov, who led a compiler research group at Google, the company confirmed."))
                .containsExactly("Ivan Petrov: move Google -> Microsoft");
    }

    @Test
    void namedToRunItsGroupWithAPreviousPostIsAMove() {
        assertThat(described("Oracle has named Tom Ruiz, previously a director at IBM's research division, to run its cloud AI group."))
                .containsExactly("Tom Ruiz: move IBM -> Oracle");
    }

    @Test
    void aPlaceOrATitleAfterAPersonStaysWhatItIs() {
        assertThat(described("Chief Executive Tom Berg and Ann Lee left Initech, the company said in New York and London."))
                .contains("Tom Berg: leave Initech -> -").noneMatch(m -> m.startsWith("Chief") || m.startsWith("New York"));
    }

    @Test
    void aNameInAListIsAPersonEvenWhenItsFirstWordIsAPlace() {
        assertThat(described("Two former Intel designers, Paulo Costa and Florence Adeyemi, have launched Quanta Logic, a chip startup."))
                .containsExactlyInAnyOrder("Paulo Costa: found Intel -> Quanta Logic", "Florence Adeyemi: found Intel -> Quanta Logic");
    }

    @Test
    void aNameTakenForAnOrganizationIsAPersonWhenTheStoryCallsThemByTheirSurname() {
        assertThat(described("Two former Nvidia engineers, Dev Rao and Georgia Banks, have launched Corvid Systems, a robotics startup. "
                + "Banks, who also worked at Intel, is its chief executive."))
                .containsExactlyInAnyOrder("Dev Rao: found Nvidia -> Corvid Systems", "Georgia Banks: found Nvidia -> Corvid Systems");
    }

    @Test
    void aKnownCompanyAfterSomeonesPossessiveIsTheCompany() {
        assertThat(described("Mark Zuckerberg's Meta has hired Ola Berg from Snap."))
                .containsExactly("Ola Berg: move Snap -> Meta");
    }

    @Test
    void willBecomeItsChiefJoinsTheCompanyThatSaysSo() {
        assertThat(SharedExtractor.topReadings("Snowflake said on Monday that Ruth Alder will become its chief product officer."))
                .containsExactly("Ruth Alder: join - -> Snowflake");
    }

    @Test
    void aRetirementTheCompanyAnnouncesLeavesThatCompany() {
        assertThat(described("Adobe said that Nina Vogel will succeed Carl Brandt, who is retiring."))
                .containsExactly("Carl Brandt: leave Adobe -> -");
    }

    @Test
    void lostToARivalIsAMove() {
        assertThat(described("Uber has lost its pricing chief Dana Cole to rival Lyft."))
                .containsExactly("Dana Cole: move Uber -> Lyft");
    }

    @Test
    void aBriefStayBetweenLeavingAndJoiningIsAMoveOnEachSide() {
        assertThat(described("Omar Fell left Meta in 2023 and briefly worked at Cohere before joining Mistral AI."))
                .contains("Omar Fell: move Meta -> Cohere", "Omar Fell: move Cohere -> Mistral AI");
    }

    @Test
    void foundersIntroducedAsHavingLeftACompanyComeFromIt() {
        assertThat(described("Three engineers who left Airbnb last year, Jon Pike, Ed Lum and Kai Roth, have co-founded "
                + "Hearthly, a travel startup."))
                .containsExactlyInAnyOrder("Jon Pike: found Airbnb -> Hearthly", "Ed Lum: found Airbnb -> Hearthly",
                        "Kai Roth: found Airbnb -> Hearthly");
    }

    @Test
    void anUntypedNameIsAPersonWhenTheStoryLaterUsesTheSurnameAlone() {
        assertThat(described("Snowflake said that Grace Hill will become its chief financial officer. "
                + "Hill was most recently chief financial officer of Okta."))
                .containsExactly("Grace Hill: move Okta -> Snowflake");
    }

    @Test
    void aPlaceNamedLikeAPersonStaysAPlace() {
        assertThat(described("Nadia Costa left Globex to join Initech in Palo Alto. The team in Alto will grow."))
                .containsExactly("Nadia Costa: move Globex -> Initech");
    }

    @Test
    void haveBothJoinedIsAJoinWhateverTheTaggerCallsTheParticiple() {
        assertThat(described("Ivo Lenz and Mara Holm, who worked on Baidu's Ernie models, have both joined Zhipu AI."))
                .containsExactlyInAnyOrder("Ivo Lenz: move Baidu -> Zhipu AI", "Mara Holm: move Baidu -> Zhipu AI");
    }

    @Test
    void aNameAnAppositiveCallsAStartupIsTheHirer() {
        assertThat(described("Quillary, a legal software startup, has appointed Ben Adler as its chief executive. "
                + "Adler left Microsoft in May."))
                .containsExactly("Ben Adler: move Microsoft -> Quillary");
    }

    @Test
    void aTitleSetOffAfterTheHiredPersonNamesTheOrigin() {
        assertThat(described("Lucid Motors has tapped Dina Kraus, a longtime Ford powertrain engineer, as its head of motors."))
                .containsExactly("Dina Kraus: move Ford -> Lucid Motors");
    }

    @Test
    void yearsAtAnotherCompanyAfterTheDestinationNameTheOrigin() {
        assertThat(described("Pia Stern joins Canva after nine years at Atlassian."))
                .containsExactly("Pia Stern: move Atlassian -> Canva");
    }

    @Test
    void aCompanysNewHiresIncludeEachFromTheirOwnOrigin() {
        assertThat(described("Figma's latest hires include Rui Alves from Dropbox and Ana Berg from Pinterest, the company said."))
                .containsExactlyInAnyOrder("Rui Alves: move Dropbox -> Figma", "Ana Berg: move Pinterest -> Figma");
    }

    @Test
    void joinedFromAnOriginWentToTheCompanyTheStoryHasThemLeave() {
        assertThat(described("Replit's head of design, Ines Duarte, has exited the company. Duarte joined in 2022 from Dropbox."))
                .containsExactlyInAnyOrder("Ines Duarte: leave Replit -> -", "Ines Duarte: move Dropbox -> Replit");
    }

    @Test
    void startingOrLandingAtACompanyIsAnArrival() {
        assertThat(described("Mei Lin, formerly of Intel's foundry unit, will start at Qualcomm in March."))
                .containsExactly("Mei Lin: move Intel -> Qualcomm");
        assertThat(described("An Uber alum, Theo Grant, has landed at Lyft as head of pricing."))
                .containsExactly("Theo Grant: move Uber -> Lyft");
    }

    @Test
    void eachHireOfAListKeepsTheOriginToldBesideThem() {
        assertThat(described("Mistral AI has hired two researchers: Eva Roth, who spent five years at Google, and Paul Klein from Meta."))
                .containsExactlyInAnyOrder("Eva Roth: move Google -> Mistral AI", "Paul Klein: move Meta -> Mistral AI");
    }

    @Test
    void afterYearsAsATitleOfAnotherCompanyNamesTheOrigin() {
        assertThat(described("Omar Kaye, who rejoined Microsoft this month after three years as chief technology officer of Replit, said little."))
                .containsExactly("Omar Kaye: move Replit -> Microsoft");
    }

    @Test
    void aCompanyThatFiresSomeoneIsWhereTheyLeft() {
        assertThat(described("Stripe has fired engineer Tom Wade over an expenses dispute."))
                .containsExactly("Tom Wade: leave Stripe -> -");
        assertThat(described("The fire at the plant was put out, Tom Wade of Stripe said.")).isEmpty();
    }

    @Test
    void anExPrefixedCompanyIsAFormerEmployerAndPutInChargeIsAnArrival() {
        assertThat(described("Ex-Google researcher Ida Moreau has been put in charge of Mistral AI's audio team."))
                .containsExactly("Ida Moreau: move Google -> Mistral AI");
    }

    @Test
    void steppingDownFromBoardsIsNoDeparture() {
        assertThat(described("Rita Gomez, the former president of Oracle, said she would step down from the boards of two startups."))
                .isEmpty();
    }

    @Test
    void comesFromASmallCompanyNamesTheOrigin() {
        assertThat(described("Spotify has hired Lea Brandt to run its podcast studio. Brandt comes from Wondery, where she was an editor."))
                .containsExactly("Lea Brandt: move Wondery -> Spotify");
    }

    @Test
    void aProductAfterItsCompanyIsNoEmployerAndAFirmFoundedBySomeoneElseIsNoFounding() {
        assertThat(described("Nils Berg, who worked on the Google Pixel, has left to join Humane, the startup founded by former Apple staff."))
                .containsExactly("Nils Berg: move Google -> Humane");
    }

    @Test
    void surfacingAtACompanyIsAnArrival() {
        assertThat(described("Wen Bo, Baidu's former head of search, has surfaced at Meituan."))
                .containsExactly("Wen Bo: move Baidu -> Meituan");
    }

    @Test
    void aNameRunOnIntoACommonNounIsNoPerson() {
        assertThat(described("Tencent has lost the head of its Hunyuan assistant, Mo Lan, to ByteDance."))
                .containsExactly("Mo Lan: move Tencent -> ByteDance");
    }

    @Test
    void aCountThatLeftNamesItsMembersInTheNextSentence() {
        assertThat(described("Four researchers have left Cohere for Google in recent weeks. Among them is Maria Lund, who led its search work."))
                .containsExactly("Maria Lund: move Cohere -> Google");
        assertThat(described("Four researchers have left Cohere for Google in recent weeks, a spokesperson said.")).isEmpty();
    }

    @Test
    void whoStandsForThePersonNotTheNearestNoun() {
        assertThat(described("That follows the departure of Maya Cohen, former director of Globex's research office, "
                + "who moved over to Zentrix Pharmaceuticals in May.")).containsExactly("Maya Cohen: move Globex -> Zentrix Pharmaceuticals");
        assertThat(described("Those who have left Initech include Ravi Menon, a scientist who led its work on robotics, "
                + "who departed in May.")).containsExactly("Ravi Menon: leave Initech -> -");
    }

    @Test
    void aDateInAClauseAboutTheCompanyIsNotTheMovesDate() {
        assertThat(movesIn("Kurt Bauer has left Globex to become chief executive of Qubitron, a startup founded in 2019."))
                .singleElement().satisfies(m -> assertThat(m.date()).isNull());
        assertThat(movesIn("Kurt Bauer left Globex in March to become chief executive of Qubitron, a startup founded in 2019."))
                .singleElement().satisfies(m -> assertThat(m.date()).isEqualTo("2025-03"));
    }

    @Test
    void aLastConjunctThatTheParserLeftLooseIsStillHired() {
        assertThat(described("Netflix poached Ivan Petrov, the former head of Spotify's personalization group, as well as "
                + "Stripe engineer Lena Vogt, to build the new studio."))
                .contains("Ivan Petrov: move Spotify -> Netflix", "Lena Vogt: move Stripe -> Netflix");
    }

    @Test
    void aNameCommaTitleSubjectMovesAndAPostHeldBeforeIsTheOrigin() {
        assertThat(described("Rivian's head of batteries, Omar Farouk joined in March 2021 after working with Panasonic, while "
                + "Dana Kim, the charging division head moved from Tesla, where she ran the supercharger group."))
                .containsExactlyInAnyOrder("Omar Farouk: move Panasonic -> Rivian", "Dana Kim: move Tesla -> Rivian");
    }

    @Test
    void aDepartureFromSomeUnnamedCompanyIsNotFromTheLastOneNamed() {
        assertThat(described("HSBC reported strong results on Monday. Her exit follows another departure from a major bank: "
                + "Tom Reyes, chief executive of Helix Pay, stepped down last week."))
                .containsExactly("Tom Reyes: leave Helix Pay -> -");
    }

    @Test
    void aNameThatOwnsTheThingIsNotTheOneWhoMoves() {
        assertThat(described("Anna Berg's startup, Quiver Labs, is losing two people to Google. A former Google engineer who "
                + "joined Anna Berg's startup is also moving back to the search company.")).noneMatch(d -> d.startsWith("Anna Berg"));
    }

    @Test
    void aPronounAndANameJoinedByAndBothMove() {
        assertThat(described("Acme fired its CEO Sam Park on Monday. He and Tom Lee will join Globex."))
                .contains("Sam Park: move Acme -> Globex");
    }

    @Test
    void aNameWrittenInCamelCaseIsAName() {
        assertThat(described("Dana Okafor has left Intel to become chief executive of VoltriQ, a chip startup in Austin."))
                .containsExactly("Dana Okafor: move Intel -> VoltriQ");
    }

    @Test
    void aNotOverTheClauseThatFeelsAboutAMoveDoesNotDenyIt() {
        assertThat(described("My parents were not happy that I left Oracle, said Arjun Mehta, who joined the Indian startup, "
                + "Lumenai Labs, last year.")).anyMatch(d -> d.startsWith("Arjun Mehta: ") && d.contains("Oracle"));
    }

    @Test
    void aNameRightAfterAnOrganizationNounIsNoPerson() {
        assertThat(topReadings("Days after its founder Li Wei stepped down, the Chinese robotics startup Zhiyuan joins Huawei as a partner."))
                .noneMatch(d -> d.startsWith("Zhiyuan"));
    }

    @Test
    void aBackgroundDepartureIsThatOfTheMoveNotALeaveOfTheNewPost() {
        assertThat(described("Waymo hires Dana Cruz, who was director of hardware at Tesla. Cruz, 41, spent seven years at Tesla "
                + "before leaving earlier this year. She will lead Waymo's hardware team.")).containsExactly("Dana Cruz: move Tesla -> Waymo");
    }

    @Test
    void aDepartureToldLaterIsNotWhereABackgroundArrivalCameFrom() {
        assertThat(described("Recent departures include Mei Lin and Zhou Bo, two senior figures at the lab. Lin, who joined Baidu "
                + "in 2016, later led its speech lab.\nShe left Baidu in March and recently joined JD.com, local media reported.\n"
                + "Following her departure from Baidu, Lin briefly joined Tencent, but left soon after a restructuring."))
                // (The join of 2016 is background the annotation leaves optional; the scorer may show it or not.)
                .contains("Mei Lin: move Baidu -> Tencent", "Mei Lin: move Tencent -> JD.com")
                .doesNotContain("Mei Lin: move Tencent -> Baidu");
    }

    @Test
    void aHyphenatedGivenNameStaysWhole() {
        assertThat(topReadings("Beleaguered chipmaker Globex has appointed former director Jae-Won Park as its new CEO."))
                .anyMatch(d -> d.startsWith("Jae-Won Park: "))
                .noneMatch(d -> d.startsWith("Won Park: "));
    }

    @Test
    void anAcronymBeforeAnOrganizationNounIsAKindNotAName() {
        assertThat(topReadings("Tomas Berg, the chief scientist of Spotify, quits and starts a new VC firm."))
                .containsExactly("Tomas Berg: leave Spotify -> -");
    }

    @Test
    void aFunctionAfterATitleIsADepartmentNotTheOrganizationLeft() {
        assertThat(described("Globex said Maria Ruiz, senior vice president of Cloud Engineering, will step down in June."))
                .containsExactly("Maria Ruiz: leave Globex -> -");
    }

    @Test
    void aFoundingToldOfTheNewCompanyInPassingEndsTheFoundersDeparture() {
        assertThat(described("Orrin Vale left Initech in May after eight years there. Quiver Labs, a robotics startup founded by "
                + "Orrin Vale and Mina Soto, showed its first arm on Tuesday."))
                .contains("Orrin Vale: found Initech -> Quiver Labs");
    }

    @Test
    void aPostHeldNowAfterADepartureIsWhereThePersonWent() {
        // "He's" is "he is": no possessive; "AI start-up" is the kind of the company named after it
        assertThat(described("Last spring Tariq Osei left his engineering role at Globex after six years with the company. "
                + "He's now chief architect at the start-up Quiver Labs."))
                .containsExactly("Tariq Osei: move Globex -> Quiver Labs");
    }

    @Test
    void aTitleAfterANameAndACommaDescribesThatPersonNotTheNounTheNameHangsOn() {
        assertThat(described("The report follows the departure of Ravi Menon, former director of Initech's Office of Product Safety, "
                + "who moved over to Hooli in May."))
                .containsExactly("Ravi Menon: move Initech -> Hooli");
    }

    @Test
    void peopleNamedAfterIncludeBesideWhereTheyWereAndAreNowEachMoved() {
        // each name carries its own title, so the parser hangs the later names on the first as appositions
        assertThat(described("Quiver Labs poached two more engineers this week. Other former Initech managers now at Quiver Labs "
                + "include Rosa Diaz, head of battery testing, Omar Haddad, head of design and tooling, and Lena Vogt, "
                + "quality director."))
                .containsExactlyInAnyOrder("Rosa Diaz: move Initech -> Quiver Labs", "Omar Haddad: move Initech -> Quiver Labs",
                        "Lena Vogt: move Initech -> Quiver Labs");
    }

    @Test
    void whichStandsForTheThingBeforeItNotForTheNamesTheListHangsOn() {
        assertThat(topReadings("Kai Moreno left Initech last month. His new fund joins start-ups like Pleiad, co-founded by Ann Lee "
                + "and Tom Berg and Harbor Capital, which was set up by two former traders at Initech."))
                .noneMatch(d -> d.endsWith("-> Ann Lee") || d.endsWith("-> Tom Berg"));
    }

    @Test
    void aNewsOutletIsAnEmployerWhenTheClauseMakesItOneNotWhenItIsTheSource() {
        assertThat(described("On Monday, Dana Reyes, an executive at CBS News, was named as the next president of NBC News."))
                .containsExactly("Dana Reyes: move CBS News -> NBC News");
        assertThat(topReadings("Tom Park told Reuters on Friday that he will join Globex as its finance chief."))
                .containsExactly("Tom Park: join - -> Globex");
    }

    @Test
    void aMoveIsFromThePostHeldNowNotFromOneHeldBeforeIt() {
        assertThat(described("Globex has named former Initech executive Mara Lind as its new chief executive. Lind, 49, became "
                + "a non-executive director of Globex in May last year and is currently chief executive of Hooli Systems."))
                .contains("Mara Lind: move Hooli Systems -> Globex")
                .doesNotContain("Mara Lind: move Initech -> Globex");
    }

    @Test
    void aFunctionBetweenAnOrganizationAndATitleIsNotTheOrganization() {
        assertThat(described("Globex hardware chief resigns, former Initech R&D director Lena Vogt takes over the team."))
                .containsExactly("Lena Vogt: move Initech -> Globex");
    }

    @Test
    void aNameCompoundedWithATitleOwnsTheTitleAndDoesNotMove() {
        assertThat(described("Lucas\u2019 former chief executive, Omar Haddad, left Hooli in late February 2021 to lead the "
                + "then-unnamed Globex fintech."))
                .noneMatch(d -> d.startsWith("Lucas"))
                .anyMatch(d -> d.startsWith("Omar Haddad: "));
    }

    @Test
    void peopleNamedAfterIncludeBesideWhereTheyCameFromMovedToTheirGroupsEmployer() {
        assertThat(described("The fellow Globex managers who've come from Initech lately include head of chip testing, Rosa Diaz "
                + "who joined in March."))
                .containsExactly("Rosa Diaz: move Initech -> Globex");
    }

    @Test
    void aWordForAnOrganizationsPeopleIsATieToItNotPartOfTheName() {
        assertThat(described("Ex-Googler Dana Cruz has joined Acme as chief scientist.")).containsExactly("Dana Cruz: move Google -> Acme");
        assertThat(described("Acme hired former Facebooker Omar Haddad to run its ads team."))
                .containsExactly("Omar Haddad: move Meta -> Acme");
    }

    @Test
    void anAbsoluteClauseKeepsItsOwnSubjectAfterAHiringVerb() {
        assertThat(described("Rivals are adding staff as well, with Mei Lin quitting Baidu for Tencent last month."))
                .containsExactly("Mei Lin: move Baidu -> Tencent");
    }

    @Test
    void inTheProcessOfFoundingIsSaidOfTheSubject() {
        assertThat(described("Andrew Moss, who spent a decade at Google, is in the process of founding a robotics startup "
                + "called Pellmark."))
                .containsExactly("Andrew Moss: found Google -> Pellmark");
    }

    @Test
    void oneWhoJoinsAPersonGoesWhereThatPersonWent() {
        assertThat(described("Andrew Moss left Google in May to found Pellmark, a robotics startup. Joining Moss is Dana "
                + "Whitfield, a Microsoft researcher who left the company in June."))
                .containsExactly("Andrew Moss: found Google -> Pellmark", "Dana Whitfield: move Microsoft -> Pellmark");
    }

    @Test
    void theCompanyInARelativeClauseIsThatOfTheNounItTellsOf() {
        assertThat(described("Xiaomi is building a robotics team. Its first hire is Omar Haddad, a former Huawei engineer "
                + "who left the company in January."))
                .contains("Omar Haddad: move Huawei -> Xiaomi")
                .noneMatch(d -> d.startsWith("Omar Haddad: leave Xiaomi"));
    }

    @Test
    void aVerbAfterANamedObjectIsAVerbNotANoun() {
        assertThat(described("The carmaker also saw its head of European sales, Troy Jones, exit the company after 15 years "
                + "at Tesla."))
                .containsExactly("Troy Jones: leave Tesla -> -");
    }

    @Test
    void leavingARoleAsATitleLeavesTheTitlesOrganization() {
        assertThat(described("Dominic Brandt is set to leave his role as Vodafone chairman at the end of the month."))
                .containsExactly("Dominic Brandt: leave Vodafone -> -");
    }

    @Test
    void aNameAfterATimePhraseIsTheSubjectNotAnAppositionOfTheTime() {
        assertThat(described("In March, Microsoft hired Apple's Maria Santos as a partner; in the same month, David Chen "
                + "from Google joined as head of strategy at Amazon."))
                .containsExactlyInAnyOrder("Maria Santos: move Apple -> Microsoft", "David Chen: move Google -> Amazon");
    }

    @Test
    void theForAfterTheOrganizationLeftIsWhereTheLeaverGoes() {
        assertThat(described("It was a busy month for fund managers, with Nadia Brook quitting Goldman Sachs for boutique "
                + "manager Harwell Partners."))
                .containsExactly("Nadia Brook: move Goldman Sachs -> Harwell Partners");
    }

    @Test
    void anAmpersandJoinsNamesIntoOneCompany() {
        assertThat(described("Omar Price moved from Barclays to Stone & Field in May."))
                .containsExactly("Omar Price: move Barclays -> Stone & Field");
    }

    @Test
    void aMoveDateLongAfterTheArticleIsDroppedNotKept() {
        // the test articles are published on 2025-07-01
        List<Move> moves = movesIn("Priya Shah joined Anthropic from Google in March 2029.");
        assertThat(moves).extracting(SharedExtractor::describe).containsExactly("Priya Shah: move Google -> Anthropic");
        assertThat(moves.get(0).date()).isNull();
        assertThat(movesIn("Priya Shah joined Anthropic from Google in March 2025.").get(0).date()).isEqualTo("2025-03");
    }

    @Test
    void theNamesOfTheNextSentenceThatTakesTheGroupUpMoveWithIt() {
        assertThat(described("Xiaomi has recruited three researchers from Baidu for its new robotics lab. The group includes "
                + "Ana Ruiz, who led speech work; Ken Sato, a vision specialist; and Lea Moss. All three have started."))
                .contains("Ana Ruiz: move Baidu -> Xiaomi", "Ken Sato: move Baidu -> Xiaomi", "Lea Moss: move Baidu -> Xiaomi");
    }

    @Test
    void aNicknameInQuotesIsNoPartOfTheName() {
        assertThat(described("Ayodele \"Ayo\" Bankole, a researcher at Baidu, has joined Xiaomi."))
                .containsExactly("Ayodele Bankole: move Baidu -> Xiaomi");
        // A nickname the tagger reads as a common noun ("Kit") is one all the same.
        assertThat(described("Xiaomi has hired Christopher \"Kit\" Vandermeer, who ran research at Baidu."))
                .containsExactly("Christopher Vandermeer: move Baidu -> Xiaomi");
    }

    @Test
    void aWordInsideATitleIsNoOrganizationAndALegalFormAloneIsNone() {
        assertThat(described("Quillon Systems, Inc., a developer of compilers, today announced the appointment of Dr. Ken Oda "
                + "as Chief Technology Officer. Dr. Oda joins from Nvidia."))
                .contains("Ken Oda: move Nvidia -> Quillon Systems").noneMatch(m -> m.contains("Technology") || m.contains("-> Inc."));
    }

    @Test
    void aCompanyTheArticleIntroducesIsOneEverywhereAndItsFoundersCameFromTheirOwnPosts() {
        assertThat(described("Quorvane, which is coming out of stealth today, builds agents for accountants. Quorvane was "
                + "founded in March by Priya Natarajan, a former Stripe engineer, and Min-seo \"MS\" Kang, who spent four "
                + "years at Anthropic."))
                .contains("Priya Natarajan: found Stripe -> Quorvane", "Min-seo Kang: found Anthropic -> Quorvane")
                .noneMatch(m -> m.contains("MS"));
    }

    @Test
    void aPostTakenAtTheCompanyOneIsAlreadyWithIsNoMoveToAnother() {
        assertThat(described("Omar Reyes left Baidu in 2021 to found Corvid. Lin Wu, CTO of Corvid and former chief scientist "
                + "of Baidu's driving unit, took over as CEO of the startup."))
                .noneMatch(m -> m.startsWith("Lin Wu: move Corvid"));
    }

    @Test
    void theMakerOfAProductIsTheCompanyNamedBeforeAndAnAgeStandsForThePerson() {
        assertThat(described("Tomas Varga, a vice president of research at OpenAI, has left the ChatGPT maker, two people said. "
                + "The 41-year-old is set to join Meta Platforms, where he will lead a reasoning group."))
                .contains("Tomas Varga: move OpenAI -> Meta").noneMatch(m -> m.contains("ChatGPT"));
    }

    @Test
    void itIsTheCompanyTheArticleIntroducedEvenWhereNoMoveWordMadeItsSentenceRead() {
        assertThat(described("Quorvane, which is coming out of stealth today, builds agents. Its founders came from Anthropic. "
                + "Quorvane currently has 14 employees. It has also recruited Lena Hoff, who previously ran product at "
                + "Hugging Face, as its head of product."))
                .contains("Lena Hoff: move Hugging Face -> Quorvane").noneMatch(m -> m.startsWith("Lena Hoff: move Hugging Face -> Anthropic"));
    }

    @Test
    void aPressReleasesNewcomerJoinsTheCompanyItIsAboutNotTheLastNameSaidInPassing() {
        assertThat(described("BOSTON--(BUSINESS WIRE)--Corvanta Biosciences, Inc. (\"Corvanta\" or the \"Company\"), a "
                + "biotechnology company, today announced the appointment of Elena Marquez as Chief Medical Officer. "
                + "\"Elena is the leader Corvanta needs,\" said Hal Ortega, Chief Executive Officer of Corvanta. "
                + "Corvanta is based in Boston. Dr. Marquez received her M.D. from Stanford University. "
                + "Dr. Marquez joins from Sanofi, where she led trials for several of the company's programs. "
                + "The Company also announced that Tobias Lindgren, Chief Business Officer, has left Corvanta."))
                .anyMatch(m -> m.startsWith("Elena Marquez: move Sanofi -> Corvanta"))
                .anyMatch(m -> m.startsWith("Tobias Lindgren: leave Corvanta"))
                .noneMatch(m -> m.contains("Stanford") || m.startsWith("Business Officer"));
    }

    @Test
    void aCompanyNamedSomeoneWhoseAppositionStandsBeforeTheNewPostTookThemOn() {
        assertThat(topReadings("SEATTLE--(BUSINESS WIRE)--Halvard Outdoor, Inc. today announced changes to its leadership. "
                + "The company named Rosa Lindqvist, most recently Senior Vice President of Apparel at Target Corporation, as Chief "
                + "Merchandising Officer; and promoted Dana Whit to President."))
                .anyMatch(m -> m.startsWith("Rosa Lindqvist:") && m.endsWith("-> Halvard Outdoor"));
    }

    @Test
    void aGivenNameBeforeANicknameBelongsToTheName() {
        assertThat(described("Oluwatobi \"Tobi\" Adeyinka, a portfolio manager at Citadel, is leaving the firm to join "
                + "Millennium Management."))
                .contains("Oluwatobi Adeyinka: move Citadel -> Millennium Management");
    }

    @Test
    void aProductStandsForItsMakerAndAMoveIsNotAlsoToldBackwardsFromItsOwnSentence() {
        assertThat(described("SEATTLE, Feb 26 (Reuters) - Earlier this year, Microsoft hired Oren Lask, who ran Gemini inference "
                + "at Google DeepMind, to lead the team that serves its in-house models."))
                .contains("Oren Lask: move Google -> Microsoft")
                .noneMatch(m -> m.startsWith("Oren Lask: move Microsoft") || m.contains("Gemini"));
    }

    @Test
    void theGroupAPressReleaseDefinesIsItsCompanyAndAnHonorificWithoutAFullStopIsNoPartOfAName() {
        assertThat(described("LONDON - Halvard Bank PLC (the \"Group\") today announced the appointment of Adanna Ike-Bello as "
                + "Group Chief Financial Officer. Ms Ike-Bello joins from Barclays, where she has served as deputy finance "
                + "director since 2022. Before joining Barclays in 2011, she spent nine years at KPMG. She succeeds Martin "
                + "Ashby who will step down as Group Chief Financial Officer and leave the Group on 28 February."))
                .anyMatch(m -> m.startsWith("Adanna Ike-Bello: move Barclays -> Halvard Bank"))
                .anyMatch(m -> m.startsWith("Martin Ashby: leave Halvard Bank"))
                .noneMatch(m -> m.endsWith("-> Group") || m.startsWith("Martin Ashby: leave KPMG") || m.startsWith("Ms"));
    }

    @Test
    void aGroupHiredOnlyLaterInPassingIsNotWhereSomeoneWhoLeftWent() {
        assertThat(described("Marcus Lindell, the Apple vice president who oversaw the design of iOS, is leaving the company, "
                + "according to a report from Bloomberg. Lindell is the second senior Apple designer to leave this year. In "
                + "May, Jo Tan, who led interface design for the Vision Pro, departed for OpenAI. OpenAI has been building "
                + "out a hardware team and has hired a number of former Apple engineers and designers."))
                .contains("Jo Tan: move Apple -> OpenAI")
                .noneMatch(m -> m.startsWith("Marcus Lindell: move Apple -> OpenAI"));
    }

    @Test
    void anAsideThatSaysWhereSomeoneComesFromIsTheirOrigin() {
        assertThat(topReadings("Halvard Capital today announced three senior additions to its infrastructure team: Ana Souza "
                + "(from Carlyle), Wei Zhang (from Macquarie Asset Management) and Tariq Amin (from the Abu Dhabi "
                + "Investment Authority). Ms. Souza joins Halvard Capital as a partner. Mr. Zhang joins Halvard Capital as "
                + "a managing director."))
                .anyMatch(m -> m.startsWith("Wei Zhang:") && m.contains("Macquarie Asset Management ->"));
    }

    @Test
    void aDatelineInCapitalsRunIntoADashIsNoPerson() {
        assertThat(described("ANN ARBOR\u2014Chinedu Okoro, professor and chair of electrical engineering at the Georgia "
                + "Institute of Technology, has been appointed dean of engineering at the University of Michigan."))
                .anyMatch(m -> m.startsWith("Chinedu Okoro:"))
                .noneMatch(m -> m.startsWith("ANN ARBOR"));
    }

    @Test
    void aNationalityAfterTheStandsForThePersonAndIsNoName() {
        assertThat(described("Feyenoord have appointed Marek Hollan as head coach. The 47-year-old Czech joins from Sparta "
                + "Prague, whom he led to two titles. Sparta, who top the Czech First League, will look for a successor."))
                .contains("Marek Hollan: move Sparta Prague -> Feyenoord")
                .noneMatch(m -> m.startsWith("Czech"));
    }

    @Test
    void thePairFoundsWithThePeopleNamedBeforeIt() {
        assertThat(described("In March, Rosa Delgado left Stripe after six years. Around the same time, Omar Haddad, "
                + "an engineer who had worked on payments at Shopify, left the Ottawa company. The pair, who met at a "
                + "conference in 2019, incorporated Quillfield in May."))
                // The first of the pair is scored lower (her clause is further back); the one nearest is shown.
                .contains("Omar Haddad: found Shopify -> Quillfield")
                .anyMatch(line -> line.startsWith("Rosa Delgado:") && line.contains("Stripe"));
    }

    @Test
    void allThreeLeaveWithThePeopleNamedBeforeThem() {
        assertThat(described("Larkspur Labs, a new Oslo company, was started by three former Spotify engineers. The "
                + "founders are Ada Berg, who led search ranking; Tor Lien, who built the data platform; and Kari Moe, a "
                + "research scientist. All three left Spotify in March to start the company."))
                .anyMatch(line -> line.startsWith("Ada Berg:") && line.contains("Spotify ->"))
                .anyMatch(line -> line.startsWith("Tor Lien:") && line.contains("Spotify ->"))
                .anyMatch(line -> line.startsWith("Kari Moe:") && line.contains("Spotify ->"));
    }

    @Test
    void anArrivalToldAgainWithItsOriginTakesThatOriginNotAnotherHiresOne() {
        assertThat(described("SAN JOSE, Calif., May 28, 2026 -- Corvel Systems Corp. today announced that Tom Harker has "
                + "joined the company as Chief Executive Officer. Mr. Harker joins Corvel from Advanced Micro Devices, Inc. "
                + "(AMD), where he led the server business.\n\nThe Company also announced that Dana Quist has joined Corvel "
                + "as Head of AI Software. Ms. Quist joins from NVIDIA Corporation, where she led a team developing "
                + "compilers."))
                .anyMatch(line -> line.startsWith("Dana Quist:") && line.contains("Nvidia -> Corvel"))
                .noneMatch(line -> line.startsWith("Dana Quist:") && line.contains("AMD"));
    }

    @Test
    void whoRightAfterALaterNameInAListStandsForThatName() {
        assertThat(described("Globex also hired Mara Olsen, an Initech data engineer, and Teo Brandt, who spent four years "
                + "on Hooli's search team before joining Globex this month."))
                .contains("Mara Olsen: move Initech -> Globex")
                .noneMatch(line -> line.startsWith("Mara Olsen:") && line.contains("Hooli"));
    }

    @Test
    void anArrivalToldAsBackgroundIsWhereALaterHireCameFrom() {
        assertThat(described("Globex has hired two researchers, according to a memo. The hires include Ines Vidal, who "
                + "led post-training for Initech's reasoning models. Vidal, who joined Initech in 2019, was one of the "
                + "authors of its best-known paper."))
                .contains("Ines Vidal: move Initech -> Globex");
    }

    @Test
    void aModifierOfManyHyphenatedPartsIsOneWordForTheParse() {
        assertThat(described("Ada Holm, a director of credit policy at Klarna, has left the Swedish buy-now-pay-later "
                + "company to join rival Affirm as head of credit risk, according to her profile."))
                .contains("Ada Holm: move Klarna -> Affirm");
    }

    @Test
    void followingSomeoneToAFirmIsArrivingThere() {
        assertThat(described("Globex has hired Ann Lee, Initech's head of rates trading, to run a new desk at Globex. Her "
                + "deputy, Tom Berg, will follow her to the firm in June, people familiar with the matter said."))
                .contains("Ann Lee: move Initech -> Globex")
                .anyMatch(line -> line.startsWith("Tom Berg:") && line.contains("-> Globex"));
    }

    @Test
    void theResearchersAreNamesTheMembersOfTheGroupHiredBefore() {
        assertThat(described("Globex has hired four researchers from Initech, according to people familiar with the "
                + "matter. The researchers are Ana Ruiz, who led the speech team; Bo Lind, a former member of its vision "
                + "group; Cal Ortega, who built the training cluster; and Dee Moss, who wrote its evaluation suite."))
                .anyMatch(line -> line.startsWith("Cal Ortega:") && line.contains("Initech -> Globex"))
                .anyMatch(line -> line.startsWith("Dee Moss:") && line.contains("Initech -> Globex"));
    }

    @Test
    void steppingDownFromABoardIsNoMove() {
        assertThat(described("Ravi Sethi, a former director of Corvel Systems, will run the chipmaker. He stepped down "
                + "from the board in May 2024 after clashing with the chief executive."))
                .noneMatch(line -> line.contains("leave"));
    }

    @Test
    void aTeaserForAnotherStoryIsNotWhatThisOneIsAbout() {
        assertThat(described("Quillfield, a Toronto startup, raised $5 million this week.\n\nRELATED: Stripe alumni are "
                + "building a wave of payments startups\n\nIts first hire, Nina Park, left Plaid in January to join as "
                + "founding engineer."))
                .noneMatch(line -> line.contains("-> Stripe"));
    }

    @Test
    void itsTeamIsAPartOfTheOrganizationItsStandsFor() {
        assertThat(described("- Priya Nair left the Gemini team at Google for OpenAI.\n\n"
                + "- Nora Lindqvist, formerly head of data operations at Scale AI, has decamped to xAI to run "
                + "its human-data team."))
                .contains("Nora Lindqvist: move Scale AI -> xAI")
                .noneMatch(line -> line.startsWith("Nora Lindqvist") && line.contains("Google"));
    }

    @Test
    void aCarModelIsAPartOfItsMakerNotAnEmployerOfItsOwn() {
        assertThat(described("Rivian has hired Ada Obi, one of Tesla's battery leaders, as its vice president of battery "
                + "systems. Obi joined Rivian this month. She had spent eight years at Tesla, most recently leading pack "
                + "integration for the Model Y."))
                .contains("Ada Obi: move Tesla -> Rivian")
                .noneMatch(line -> line.contains("Model"));
    }

    @Test
    void theCompanyFoundedByAListIsTheOneNamedBeforeEachFounderWithTheirOwnOrigin() {
        assertThat(described("Harbor Labs, a Boston startup coming out of stealth today, makes sodium batteries for "
                + "delivery vans.\n\nThe company was co-founded by Ann Lee and Tom Berg, who until this spring were "
                + "engineers at Initech, and Joe Park, a former Globex chemist who ran its cell lab. Lee and Berg quit "
                + "Initech in April to start the company."))
                .anyMatch(line -> line.startsWith("Ann Lee: found Initech -> Harbor Labs"))
                .anyMatch(line -> line.startsWith("Tom Berg: found Initech -> Harbor Labs"))
                .anyMatch(line -> line.startsWith("Joe Park: found Globex -> Harbor Labs"))
                .noneMatch(line -> line.contains("-> Initech"));
    }

    @Test
    void formerlyOfANameIsWhereTheHireCameFrom() {
        assertThat(described("Quillfield, a Toronto payments startup, raised $5 million this week. Quillfield recently "
                + "hired Dana Cruz, formerly of Initech, as head of sales, and plans to double its staff."))
                .contains("Dana Cruz: move Initech -> Quillfield");
    }

    @Test
    void aProfileToldWithPronounsKeepsItsPersonAndItsSteps() {
        assertThat(described("Mira Okafor is drawing on a whiteboard when we meet.\n\nOkafor, 41, took the job at "
                + "Zentro, a Lagos AI startup, in January. She had spent three years at Paystack before that.\n\n"
                + "Her path was not straight. After a doctorate at Oxford, she spent six years at Initech in London, "
                + "working on speech models. It was, she says, where she learned to care about cost. \"Phones teach you "
                + "humility.\"\n\nIn 2019 she left Initech for Globex in Zurich, joining a group working on sparse "
                + "models. Later that year she returned to Lagos to take the Paystack role.\n\nAsked what comes "
                + "next, Okafor returns to the whiteboard."))
                .contains("Mira Okafor: move Initech -> Globex")
                .noneMatch(line -> line.contains("-> Lagos"))
                .noneMatch(line -> line.contains("-> Initech"));
    }

    @Test
    void theSecondVerbOfARelativeClauseHasItsNounsSubject() {
        assertThat(described("Zentro has been hiring. One of its first hires was Ola Berg, a former colleague from "
                + "California, who left Initech in January and followed her to Zentro to lead its evaluation team."))
                .contains("Ola Berg: move Initech -> Zentro");
    }

    @Test
    void aRoundupOfMovesInOneSentenceIsReadClauseByClause() {
        assertThat(described("Ann Lee, a professor of physics at Initech University known for her work on "
                + "superconducting qubits and cryogenic control systems, is joining Globex Institute of Technology in "
                + "July, where she will hold a chair in its quantum engineering laboratory (QEL); Tom Berg, an associate "
                + "professor of statistics at the University of Leeds, has accepted a full professorship at Lund "
                + "University; and Joe Park, a professor of robotics at Kestrel University, has joined Vantiq as chief "
                + "scientist, taking an extended leave from the university."))
                .anyMatch(line -> line.startsWith("Tom Berg: move University of Leeds -> Lund University"))
                .anyMatch(line -> line.startsWith("Joe Park: move Kestrel University -> Vantiq"));
    }

    @Test
    void aDatelineIsNoSubjectOfTheFirstSentence() {
        assertThat(described("OSLO: The Ministry of Trade on Monday appointed Kari Dahl, a senior economist at the "
                + "World Bank, as its chief economist for three years."))
                .anyMatch(line -> line.startsWith("Kari Dahl: move World Bank -> Ministry of Trade"))
                .noneMatch(line -> line.contains("OSLO"));
    }

    @Test
    void aClubsShortNameIsTheClubNotAPerson() {
        assertThat(described("Harbour City have appointed Rui Matos as head coach. Matos, 44, leaves Vitoria Seixal, "
                + "where he finished fourth last season. Matos previously managed Uniao Leiria for two seasons before "
                + "moving to Seixal in the summer of 2021."))
                .anyMatch(line -> line.startsWith("Rui Matos: move Uniao Leiria -> Seixal"))
                .noneMatch(line -> line.contains("Seixal:"));
    }

    @Test
    void whoeverJoinsSomeoneGoesWhereThatPersonGoes() {
        assertThat(described("Globex has named Ann Lee, the head of rates at Initech, as its treasurer. Lee will be "
                + "joined at Globex by Tom Berg, her deputy, who also leaves Initech."))
                .contains("Ann Lee: move Initech -> Globex")
                .contains("Tom Berg: move Initech -> Globex");
    }

    @Test
    void aMemberOfAGroupHiredInTheSameSentenceArrivesWhereTheGroupDoes() {
        assertThat(described("Globex has also hired two other Initech veterans from its Ohio plant: Ann Lee, who ran "
                + "quality there, will become Globex's head of manufacturing, and Tom Berg, a senior manager, joins as "
                + "director of process development."))
                .anyMatch(line -> line.startsWith("Tom Berg: move") && line.endsWith("-> Globex"));
    }

    @Test
    void whoeverSpeaksOfAGroupIsNotOneOfIt() {
        assertThat(described("If Ann Lee were to leave, it would mark one of the most senior design departures from "
                + "Initech in years, said Tom Berg, an analyst at Globex Securities."))
                .noneMatch(line -> line.startsWith("Tom Berg"));
    }

    @Test
    void thePairStartingANamedCompanyAreTheTwoPeopleToldOfBefore() {
        assertThat(described("When Ann Lee left Initech last April, she had a plan for cheaper invoices. So she called Tom "
                + "Berg, a friend who was then an engineer at Globex. Berg left Globex in June, and the pair started "
                + "Quillfield, which emerged from stealth on Wednesday."))
                .anyMatch(line -> line.startsWith("Ann Lee: found Initech -> Quillfield"))
                .anyMatch(line -> line.startsWith("Tom Berg: found Globex -> Quillfield"));
    }

    @Test
    void theCompanyTwoPeopleJoinIsNotTheOneTheyBothWorkedAt() {
        assertThat(described("DENVER - Halvard Biologics, a gene therapy developer spun out of a Yale laboratory, has "
                + "hired two scientists from Roche. Ann Lee and Tom Berg, both of whom worked in Roche's vaccine group "
                + "in Basel, joined the company this month."))
                .contains("Ann Lee: move Roche -> Halvard Biologics")
                .contains("Tom Berg: move Roche -> Halvard Biologics");
    }

    @Test
    void aPredecessorLeavesWhereTheSuccessorArrivesNotWhereTheHiresCameFrom() {
        assertThat(described("DENVER - Halvard Biologics has hired two scientists from Roche and named a former Bayer "
                + "executive as its finance chief. Tom Berg, formerly head of treasury for Bayer's crop unit, has been "
                + "named chief financial officer. He replaces Ann Lee, who stepped down in June."))
                .contains("Tom Berg: move Bayer -> Halvard Biologics")
                .contains("Ann Lee: leave Halvard Biologics -> -");
    }

    @Test
    void aNameEndingInLabsIsACompanyEvenWhereTheTaggerReadAPerson() {
        assertThat(described("Quorra Labs rents two floors in Oakland. Last week Quorra hired Ann Lee, who led a team "
                + "building speech models at Amazon, as its research chief. It also brought in two engineers from "
                + "Netflix, Tom Berg and Rui Matos."))
                .contains("Ann Lee: move Amazon -> Quorra")
                .anyMatch(line -> line.startsWith("Tom Berg: move Netflix -> Quorra"))
                .noneMatch(line -> line.startsWith("Quorra"));
    }

    @Test
    void whoeverJoinsThemGoesWhereThePeopleJustToldWent() {
        assertThat(described("Tillcast, which sells cash software to small banks, raised $9 million. The company was "
                + "started last spring by Ann Lee and Tom Berg, who left Square within days of each other to build it. "
                + "The third co-founder, Rui Matos, joined them from Wise, where he ran bank integrations."))
                .anyMatch(line -> line.startsWith("Ann Lee: found Square -> Tillcast"))
                .anyMatch(line -> line.startsWith("Tom Berg: found Square -> Tillcast"))
                .anyMatch(line -> line.startsWith("Rui Matos: move Wise -> Tillcast"));
    }

    @Test
    void aListAfterASentenceThatCountsAGroupNamesItsMembersEachWithTheirOwnOrigin() {
        assertThat(described("Globex has added three engineers to its robotics unit this summer.\n\nAll three have started "
                + "at Globex in the past month. They are:\n\n- Ann Lee, who ran battery testing at Tesla;\n- Tom Berg, "
                + "until recently a senior engineer in Rivian's drivetrain group in Irvine;\n- Rui Matos, a Ford "
                + "designer who worked on its trucks.\n\nA Globex spokesperson declined to comment."))
                .anyMatch(line -> line.startsWith("Ann Lee: move Tesla -> Globex"))
                .anyMatch(line -> line.startsWith("Tom Berg: move Rivian -> Globex"))
                .anyMatch(line -> line.startsWith("Rui Matos: move Ford -> Globex"));
    }

    @Test
    void peopleThenBothThenTheirVerb() {
        assertThat(described("Ann Lee and Tom Berg both left Initech in the last week of May, one of the people said."))
                .contains("Ann Lee: leave Initech -> -", "Tom Berg: leave Initech -> -");
    }

    @Test
    void aPressReleasesCompanyIsTheIssuerItDefinesAfterItsTicker() {
        // (the scorer ranks this reading low, a tie held now and a description; what is tested is what "the Company" is)
        assertThat(topReadings("DAYTON, Ohio -- Hollow Bancorp, Inc. (NASDAQ: HLLW) (\"Hollow\" or the \"Company\") today "
                + "announced that Chief Financial Officer Tom Berg will retire in March after 20 years with the Company. "
                + "Ann Lee currently serves as treasurer at Fenwick Financial Corporation. She holds an MBA from Ohio "
                + "State University. Ms. Lee will join the Company on May 1 as its chief financial officer."))
                .contains("Ann Lee: move Fenwick Financial Corporation -> Hollow Bancorp")
                .noneMatch(line -> line.contains("Financial ->") || line.contains("University"));
    }

    @Test
    void aFirmNamedForItsFoundersIsWhereSomeoneGoes() {
        assertThat(described("Tom Berg will run the bank's Asia business. He succeeds Ann Lee, who left Citigroup in March "
                + "to join Morrow Keating as head of Asia."))
                .contains("Ann Lee: move Citigroup -> Morrow Keating");
    }

    @Test
    void aPredecessorWhoStaysOnDoesNotLeave() {
        assertThat(described("Hollow Bio has hired Ann Lee from Amgen as its chief scientific officer. Dr. Lee "
                + "succeeds co-founder Tom Berg, who will transition to the role of scientific adviser."))
                .contains("Ann Lee: move Amgen -> Hollow Bio")
                .noneMatch(line -> line.startsWith("Tom Berg: leave"));
    }

    @Test
    void theCompanyNamedMoreOftenThanAKnownOneIsWhatTheStoryIsAbout() {
        // Corvel is known to no gazetteer and named mostly in sentences without a move word; Pfizer is known
        String story = "Corvel Therapeutics CEO Ann Lee to retire; Pfizer vaccines chief tapped as successor\n\n"
                + "Corvel Therapeutics chief executive Ann Lee will retire in June and will be succeeded by Tom Berg, who "
                + "runs the vaccines unit at Pfizer. Berg spent 12 years at Pfizer. \"Corvel is ready for its next "
                + "stage,\" the chair said. Corvel shares rose 3%. Lee joined Corvel in 2015. The company also named "
                + "Dr. Rui Matos chief medical officer. Matos replaces Dr. Eva Stone, who left Corvel in May to become "
                + "chief executive of the gene-therapy startup Lumen Bio.";
        assertThat(described(story)).contains("Eva Stone: move Corvel -> Lumen Bio")
                .noneMatch(line -> line.startsWith("Ann Lee: move Pfizer"));
        // (what "the company" stands for is tested on the best reading, whatever the scorer makes of its origin)
        assertThat(topReadings(story)).anyMatch(line -> line.startsWith("Rui Matos: ") && line.endsWith(" -> Corvel"));
    }

    @Test
    void anAcronymGivenInParenthesesIsTheOrganizationWhereverItStands() {
        assertThat(described("Ann Lee will become director of competitions at the European Rowing Federation (ERF). Her "
                + "arrival coincides with the departure of the ERF's long-serving director, Tom Berg, who is stepping "
                + "down to take up a role as sporting director at Danube Rowing Club."))
                .anyMatch(line -> line.startsWith("Tom Berg: ") && line.contains(" European Rowing Federation -> "));
    }

    @Test
    void whoeverJoinsAGroupThatMovedGoesWhereTheGroupWent() {
        assertThat(described("Parallax has hired two engineers from Stripe to build its payments team. They will be joined "
                + "by Ann Lee, who spent six years at Adyen."))
                .anyMatch(line -> line.startsWith("Ann Lee: move ") && line.endsWith(" -> Parallax"));
    }

    @Test
    void theCompanyIsWhatTheSentenceBeforeOpenedOnNotTheInvestorNamedAtItsEnd() {
        assertThat(described("Tillway, a startup building payroll tools, came out of stealth on Monday with $9 million in "
                + "funding led by Accel Partners. The company was founded last year by Ann Lee, who spent five years at "
                + "Stripe."))
                .anyMatch(line -> line.startsWith("Ann Lee: found ") && line.endsWith(" -> Tillway"));
    }

    @Test
    void aListOpenedByTheArrivalsAtAnOrganizationNamesWhoArrivedAndFromWhere() {
        assertThat(described("Parallax keeps hiring for its robotics group. The latest arrivals at Parallax, as the "
                + "startup's staff call it, are:\n"
                + "- Ann Lee, who ran perception research at Boston Dynamics;\n"
                + "- Tom Berg, an engineer who had been at Tesla since 2019;\n"
                + "- Ida Moss, until March a manager at Nvidia.\n"))
                .contains("Ann Lee: move Boston Dynamics -> Parallax", "Tom Berg: move Tesla -> Parallax",
                        "Ida Moss: move Nvidia -> Parallax");
    }

    @Test
    void aLawFirmNamedForPeopleWithItsLegalFormIsAFirmWhereverItIsWritten() {
        List<String> moves = described("Marsh Kellan LLP has picked up a four-lawyer tax team from Dorsey Pruitt LLP, "
                + "the firm said on Monday. Ann Lee, who led Dorsey Pruitt's tax practice, joins Marsh Kellan as a partner "
                + "along with Tom Berg and Ida Moss.");
        assertThat(moves).contains("Ann Lee: move Dorsey Pruitt -> Marsh Kellan")
                .anyMatch(line -> line.startsWith("Tom Berg: move Dorsey Pruitt") && line.endsWith("-> Marsh Kellan"))
                .noneMatch(line -> line.startsWith("Marsh Kellan:") || line.startsWith("Dorsey Pruitt:"));
    }

    @Test
    void theFirstPersonOfAnInterviewsAnswersIsTheOneInterviewed() {
        String interview = "Ann Lee on leaving Adobe and building Quillmark\n\nInterview by Tom Berg\n\n"
                + "Ann Lee is the founder of Quillmark, a maker of note-taking software. We talked in her office.\n\n"
                + "How did you start?\n\nI studied design and spent a decade at Adobe.\n\n"
                + "Why did you leave?\n\nIn 2021 I left Adobe for Figma, where I led the plugin team.\n\n"
                + "And then?\n\nThe team was great, but I wanted my own company.\n\n"
                + "What is next?\n\nWe are hiring.\n";
        assertThat(described(interview)).contains("Ann Lee: move Adobe -> Figma")
                .noneMatch(line -> line.startsWith("Tom Berg:"));
        // the same answers with no questions around them speak for no one the article names
        assertThat(described(interview.replace("?", "."))).noneMatch(line -> line.startsWith("Ann Lee: move Adobe -> Figma"));
    }

    @Test
    void comingToDoSomethingIsNoArrivalAndDeniesNone() {
        assertThat(described("The Boston Globe named Ann Lee its editor on Monday. Lee, 51, is deputy editor of the "
                + "Chicago Tribune. Reached by phone, Lee said she was not coming to \"cut costs.\""))
                .anyMatch(line -> line.startsWith("Ann Lee: move Chicago Tribune -> "));
    }

    @Test
    void wouldInAClauseAStatementReportsIsTheFutureNotAGuess() {
        assertThat(described("Hollow Bio named Ann Lee its chief executive on Monday. Hollow Bio also confirmed that its "
                + "finance chief, Tom Berg, who ran the Boston office, would leave at the end of the year."))
                .anyMatch(line -> line.startsWith("Tom Berg: leave "));
    }

    @Test
    void theOneTakenOverFromLeavesUnlessTheSuccessionIsBackground() {
        assertThat(described("Vantage Robotics named Ann Lee its chief executive on Monday. She takes over from Tom Berg, "
                + "who is retiring after twelve years at the company."))
                .anyMatch(line -> line.startsWith("Tom Berg: leave Vantage Robotics"));
        assertThat(described("Ann Lee will step down as chief executive of Hollow Bio in May. Lee said the timing was "
                + "right, as it was when she took over from Tom Berg in 2014."))
                .noneMatch(line -> line.startsWith("Tom Berg:"));
    }

    @Test
    void takingUpAProfessorshipIsTakingAPost() {
        assertThat(described("Last month Ann Lee quit her job leading a robotics group at Google DeepMind and took up a "
                + "professorship at Stanford University."))
                .contains("Ann Lee: move Google -> Stanford University");
    }

    @Test
    void anObjectPronounIsNeverTheSubjectOfItsOwnVerb() {
        assertThat(described("Tom Berg, who ran rates trading at Barclays, has left for Citadel. Ann Lee, who ran credit "
                + "trading, has been promoted to replace him."))
                .contains("Tom Berg: move Barclays -> Citadel")
                .noneMatch(line -> line.startsWith("Ann Lee: leave") || line.startsWith("Ann Lee: move"));
    }

    @Test
    void aPronounAfterASentenceWithoutANamedSubjectIsThePersonItNamesWholeNotAnOwner() {
        assertThat(described("Kroger said on Monday that Tom Berg will retire. To fill Berg's role, Kroger has hired Ann "
                + "Lee as chief operating officer. Previously, she was senior vice president of stores at Target."))
                .contains("Ann Lee: move Target -> Kroger");
    }

    @Test
    void aFirmNamedLikeAPersonThatHasAManagingPartnerIsTheFirmTheGroupJoins() {
        assertThat(described("Ravenscroft Hale has hired a four-partner tax team from Clifford Chance, doubling the "
                + "mid-sized firm's tax practice. The group is led by Imogen Treloar, who spent eleven years at the magic "
                + "circle firm. She is joined by fellow partners Owen Kaye, Ruth Adler and Sami Qureshi. All four partners "
                + "resigned from Clifford Chance in November and will join Ravenscroft Hale in March. \"This is a big "
                + "moment for us,\" said Peter Moss, Ravenscroft Hale's managing partner."))
                .contains("Imogen Treloar: move Clifford Chance -> Ravenscroft Hale",
                        "Ruth Adler: move Clifford Chance -> Ravenscroft Hale")
                .noneMatch(line -> line.startsWith("Ravenscroft Hale:"));
    }

    @Test
    void aPronounFarFromTheOnlyPersonTheArticleNamedIsThatPerson() {
        assertThat(described("The Quiet Departure of Dana Whitlock\n\nThe desk in Dana Whitlock's new office is still "
                + "bare. Marlow Bio, the gene-editing company where she has been chief scientist since May, rents a floor "
                + "above a bakery. Nobody has hung anything on the walls. The coffee machine is the only thing that works. "
                + "Five years earlier the picture was very different. In January 2024 she quit Google to join Anthropic, "
                + "lured by the chance to run a team of her own."))
                .contains("Dana Whitlock: move Google -> Anthropic");
    }

    @Test
    void aFoundingWithoutANamedCompanyTakesTheNameTheNextSentenceGivesTheNewVenture() {
        assertThat(described("Rafael Ortiz, a portfolio manager at Pinewood Capital, has left the firm to co-found a "
                + "private-credit fund with two former colleagues. The new outfit, Larchmont Credit, expects to begin "
                + "investing in the autumn."))
                .containsExactly("Rafael Ortiz: found Pinewood Capital -> Larchmont Credit");
        // (starting a fund is founding one)
        assertThat(described("Ana Ortiz, a portfolio manager at Pinewood Capital, has left the firm to start a credit "
                + "fund with two former colleagues. The new outfit, Larchmont Credit, expects to begin investing in the "
                + "autumn."))
                .containsExactly("Ana Ortiz: found Pinewood Capital -> Larchmont Credit");
    }

    @Test
    void aDepartureForANamedEmployerIsWhereALaterHireCameFrom() {
        assertThat(described("Auralis named Rhea Lindgren as general counsel in January. Lindgren had been Soundhaven's "
                + "top lawyer until she left in the spring of 2025 for Netflix, where she worked on licensing for less "
                + "than a year."))
                .contains("Rhea Lindgren: move Netflix -> Auralis");
    }

    @Test
    void aFilingsResignationOfAPostOfTheDefinedCompanyLeavesThatCompany() {
        assertThat(described("On March 3, 2026, Tom Reyes notified Harwick Bancorp, Inc. (the \"Company\") of his "
                + "decision to resign as Executive Vice President and Chief Risk Officer of the Company, effective "
                + "March 31, 2026."))
                .containsExactly("Tom Reyes: leave Harwick Bancorp -> -");
        assertThat(described("On March 4, 2026, the Board of Directors of Harwick Bancorp appointed Dana R. Okoye as "
                + "Chief Risk Officer of Harwick Bancorp, effective April 1, 2026."))
                .noneMatch(line -> line.contains("Board"));
    }

    @Test
    void anAcronymTheArticleDefinesStandsForTheNameItWasGivenFor() {
        assertThat(described("The Northern Regional Water Authority (NRWA) said its chief engineer, Lena Fox, will step "
                + "down in June. Fox has run engineering at the NRWA since 2019 and will join Thames Water as a director."))
                .containsExactly("Lena Fox: move Northern Regional Water Authority -> Thames Water");
    }

    @Test
    void aCapitalizedNameEndingInAnOrganizationWordIsNamedInSentencesNotRead() {
        assertThat(described("The bridge carries the Riverside Regional Transit Authority's Blue Line over the river. Ana "
                + "Mwangi, who has overseen the bridge since its design phase, will leave the transit authority at the "
                + "end of the month to join the engineering consultancy Arup as a director."))
                .containsExactly("Ana Mwangi: move Riverside Regional Transit Authority -> Arup");
    }

    @Test
    void aNounTheParserHangsOnAnAppointmentIsNoVisitNorThePost() {
        assertThat(described("Gloria Pike, who has managed a branch of the Ashby County Public Library for six years, has "
                + "been named director of the Millbrook Public Library, the library's board of trustees announced Tuesday."))
                .containsExactly("Gloria Pike: move Ashby County Public Library -> Millbrook Public Library");
    }

    @Test
    void aSecondWhoAfterAndIsThePersonOfTheFirst() {
        assertThat(described("Vale Health named Fiona Achterberg its chief executive. She replaces Martin Cole, who has "
                + "led Vale Health since 2019 and who has been appointed regional director for the north at NHS England."))
                .contains("Martin Cole: move Vale Health -> NHS England");
    }

    @Test
    void notLeavingAloneIsLeaving() {
        assertThat(described("Helix Quantum said on Thursday that it had hired Oskar Lind as its chief technology officer. "
                + "For seven years Lind has run the hardware lab at IBM Research. He is not leaving alone: his "
                + "collaborator, Anjali Rao, who led the lab's cryogenics team, will follow him there as vice president "
                + "of engineering."))
                .contains("Oskar Lind: move IBM -> Helix Quantum");
    }

    @Test
    void weInAnInterviewIsTheCompanyTheOneInterviewedWentToLast() {
        assertThat(described("Q&A: Ana Ruiz on leaving Stripe to build Tallyworks\n\nAna Ruiz left Stripe in 2023 to "
                + "co-found Tallyworks, a billing startup in Dublin.\n\nHow big is the team now?\n\nEleven people. This "
                + "spring we brought in our first head of sales, Greta Moss, who came over from Datadog. Before Greta, I "
                + "was the sales team."))
                .contains("Greta Moss: move Datadog -> Tallyworks");
    }

    @Test
    void aClosingAttributionDoesNotTakeThePostAsItsSubject() {
        assertThat(described("Tobias Wren, who has run the Kelby Museum of Making since 2017, is to step down next spring "
                + "and will become director of the National Museum of Design in Glasgow, both institutions announced on "
                + "Tuesday."))
                .contains("Tobias Wren: move Kelby Museum of Making -> National Museum of Design");
    }

    @Test
    void aTrackerListGivesEachItemsPersonTheGroupsDepartureAndTheItemsOwnNextPost() {
        assertThat(described("Corvane Robotics, the Austin startup building warehouse arms, has lost several senior "
                + "leaders this year. The company raised $90 million in 2024.\n\nHere is who has left so far, based on "
                + "filings and interviews:\n\n- Nadia Ferro, head of sales (left in January). Joined Brightline Systems "
                + "as a vice president.\n\n- Owen Lacey, chief technology officer (departed in March). Now at Google as "
                + "a research director.\n\n- Tess Moran, controller (left in April). No new role announced."))
                .contains("Nadia Ferro: move Corvane Robotics -> Brightline Systems",
                        "Owen Lacey: move Corvane Robotics -> Google", "Tess Moran: leave Corvane Robotics -> -");
    }

    @Test
    void theClubOneStartsAtIsTheOneThatJustAppointedNotTheOneNamedLast() {
        assertThat(described("Castlebury Rovers have appointed Ned Harlow as their new director of football, luring him "
                + "away from rivals Dunmore Athletic. Harlow starts at the club on Monday and will oversee recruitment."))
                .containsExactly("Ned Harlow: move Dunmore Athletic -> Castlebury Rovers");
    }

    @Test
    void aSeatOnABoardIsNoJob() {
        assertThat(described("Tarn Energy also welcomed Hana Osei, founder and chief executive of Osei Advisory, to its "
                + "Board of Directors. Ferncliff Partners has named Amos Whitaker, the former mayor of Dunmore, to its "
                + "advisory board.")).isEmpty();
    }

    @Test
    void heIsNoOneTheArticleCallsADaughter() {
        assertThat(described("Reginald Ashworth, a banker who led Calloway Trust for two decades, died on Sunday. His "
                + "death was confirmed by his daughter, Eleanor Ashworth-Grant. After two years in the Army, he joined "
                + "Chase Manhattan Bank in 1958 as a credit trainee."))
                .noneMatch(line -> line.startsWith("Eleanor"));
    }

    @Test
    void aCompanysShortNameIsTheCompanyItsPronounAndTheCompanyStandFor() {
        assertThat(described("Perimeter Therapeutics will become a unit of Quillon Bio. Separately, Quillon said that its "
                + "chief scientific officer, Dr. Omar Haddad, would leave the company at the end of the year to join "
                + "Emory University as a professor."))
                .containsExactly("Omar Haddad: move Quillon -> Emory University");
    }

    @Test
    void aDepartureToldAgainLeavesWhereItWasToldToLeave() {
        assertThat(described("In August, chief technology officer Ivan Sorel left Brantwood Systems to join Qualcomm. Chief "
                + "executive Mia Torres said on the call that Sorel's departure had been a loss."))
                .containsExactly("Ivan Sorel: move Brantwood Systems -> Qualcomm");
    }

    @Test
    void anArrivalThatOpensTheSentenceBringsThePeopleNamedAfterIt() {
        assertThat(described("Quillfeather Analytics has hired three senior people this month. Also joining Quillfeather: "
                + "Mei Tanaka (from Snowflake), as vice president of data; and Carl Osgood (from Databricks), as head "
                + "of sales."))
                .contains("Mei Tanaka: move Snowflake -> Quillfeather", "Carl Osgood: move Databricks -> Quillfeather");
    }

    @Test
    void aDescriptionStandsForTheLastNameThatSaysWhatItIs() {
        assertThat(described("Hollin University has hired Mara Quist, a senior scientist at Google, to lead its new Centre "
                + "for Ocean Robotics. Quist spent eight years at Google DeepMind. The centre has also hired Dev Anand, a "
                + "lecturer at Durham University."))
                .anyMatch(line -> line.startsWith("Dev Anand: move Durham University -> ") && !line.endsWith("Google"));
        assertThat(described("Kessler Dairy named Ruth Ivo as its chief executive. The chair of the Food Standards Authority, "
                + "Tom Beck, praised her, as did the campaign group Fair Food. Ivo's predecessor, Alan Marsh, left the authority "
                + "in 2021 to join Unilever."))
                .contains("Alan Marsh: move Food Standards Authority -> Unilever");
    }

    @Test
    void aKnownCompanysNameOpeningThatOfAPublicBodyIsNotTheCompany() {
        assertThat(described("Prudential Markets Authority chair Lena Holt will leave the watchdog to join Barclays."))
                .containsExactly("Lena Holt: move Prudential Markets Authority -> Barclays");
    }

    @Test
    void aCompanysFirstWordAloneIsTheCompanyItsPossessiveStandsFor() {
        assertThat(described("Harlan Freight said on Monday it had hired Ada Voss as finance chief. The hire ends a quiet "
                + "spell at Harlan's top table. Its previous finance chief, Ben Oduya, quit in May to become CFO of "
                + "Tollbridge Foods."))
                .anyMatch(line -> line.startsWith("Ben Oduya: move Harlan") && line.endsWith("-> Tollbridge Foods"));
    }

    @Test
    void anItemOfARoundUpTakesNoOrganizationFromTheItemBefore() {
        assertThat(described("Our weekly round-up of appointments.\n\n\u2022 Sam Reyes has been appointed a non-executive "
                + "director of Pellow Systems.\n\n\u2022 Data start-up Quarry Analytics has hired Ina Berg as chief "
                + "technology officer."))
                .noneMatch(line -> line.startsWith("Ina Berg") && line.contains("Pellow"));
        // (whatever the threshold: the item's best reading is a join of its own, not one from the item before)
        assertThat(SharedExtractor.topReadings("Our weekly round-up of appointments.\n\n\u2022 Sam Reyes has been "
                + "appointed a non-executive director of Pellow Systems.\n\n\u2022 Data start-up Quarry Analytics has "
                + "hired Ina Berg as chief technology officer."))
                .contains("Ina Berg: join - -> Quarry Analytics");
    }

    @Test
    void aBulletIsNoWordOfTheItemsSentence() {
        assertThat(described("Weekly moves.\n\n\u2022 Kofi Mensah, formerly of Nestle, joins perfume group Ambrell & "
                + "Stone as chief marketing officer."))
                .contains("Kofi Mensah: move Nestl\u00e9 -> Ambrell & Stone");
    }

    @Test
    void replacingSomeoneWithAPersonBringsThatPersonIn() {
        assertThat(described("Dunmore Rovers have sacked manager Owen Pike and replaced him with Carl Brandt, who left "
                + "Ashby Town in the summer."))
                .contains("Carl Brandt: move Ashby Town -> Dunmore Rovers");
    }

    @Test
    void aPassiveTheParserReadAsActiveStillHasItsAgentSucceed() {
        assertThat(described("Ruth Maple, chief executive of Dovecote Building Society, is to retire this summer. She will "
                + "be succeeded by Ian Forde, currently director of lending at Nationwide Building Society."))
                .anyMatch(line -> line.startsWith("Ian Forde: move Nationwide") && line.contains("-> Dovecote"));
    }

    @Test
    void aRelativeClauseOfTwoNamesSaysNothingOfTheNameAfterIt() {
        assertThat(described("Harbor Rail, based in Leeds and Boston, was founded this spring by Priya Nair and Jonas Weber, "
                + "who both left Stripe in March, and Carla Reis, who previously led Adyen's payments team."))
                .contains("Priya Nair: found Stripe -> Harbor Rail", "Jonas Weber: found Stripe -> Harbor Rail")
                .noneMatch(line -> line.startsWith("Carla Reis") && line.contains("Stripe"));
    }

    @Test
    void itsInTheSubjectGoesOnWithWhatTheSentenceBeforeWasAbout() {
        assertThat(described("Eva Lund, head of deals at Marten Bank, is in talks to join Orwell & Co, in what would be "
                + "another loss for the lender. Marten Bank and Orwell & Co declined to comment. The bank did confirm "
                + "another change on Monday. David Moss, its global head of equities, will leave to join UBS in January."))
                .contains("David Moss: move Marten Bank -> UBS");
        assertThat(described("Oakfield Hospital Trust named Ana Cole, a director at NHS England, as chief executive on Monday. "
                + "The trust also confirmed "
                + "that its medical director, Dr Ben Shore, will step down to join the charity Oxfam as an adviser."))
                .contains("Ben Shore: move Oakfield Hospital Trust -> Oxfam");
    }

    @Test
    void aVentureNamedInApposition() {
        assertThat(described("The post has been vacant since March, when Jon Okoro left Pixelwise to start a venture studio, "
                + "Okoro Labs, which backs design tools."))
                .contains("Jon Okoro: found Pixelwise -> Okoro Labs");
    }

    @Test
    void aCapitalizedPluralInsideASentenceIsAName() {
        assertThat(described("Harrow Partners has hired a three-partner tax team from Dentons in London. Claire Ash, Ravi "
                + "Iyer and Max Gerber join as partners in the firm's tax practice."))
                .contains("Ravi Iyer: move Dentons -> Harrow Partners");
    }

    @Test
    void aPronounAfterAShortOpenerLeansOnTheSentenceBefore() {
        assertThat(described("Nora Kask spent twelve years building warehouse robots at Amazon. In March she left to "
                + "become chief executive of Grasp Dynamics, a Pittsburgh start-up."))
                .contains("Nora Kask: move Amazon -> Grasp Dynamics");
    }

    @Test
    void weInALetterIsTheOrganizationItsTitleSaysWroteIt() {
        assertThat(described("Ashgrove Capital Partners: 2025 letter to investors", "Dear fellow investors,\n\nA few "
                + "words on people. We were delighted to welcome Celia Fontaine, who joined us in June as head of credit "
                + "from BlackRock."))
                .contains("Celia Fontaine: move BlackRock -> Ashgrove Capital Partners");
    }

    @Test
    void aPressReleaseIsAboutTheIssuerItsBoilerplateNames() {
        assertThat(described("Orchard Metrics names two senior leaders", "Orchard Metrics Names Two Senior Leaders\n\n"
                + "Executives from Snowflake and Datadog join as the company expands in Europe\n\n"
                + "BOSTON, May 10, 2025 -- Orchard Metrics, the analytics platform used by 900 retailers, today announced "
                + "two additions to its leadership team.\n\nPaula Renn joins as Chief Revenue Officer. She joins from "
                + "Snowflake, where she ran enterprise sales.\n\nAbout Orchard Metrics\nFounded in 2019 and based in "
                + "Boston, Orchard Metrics helps retailers forecast demand."))
                .containsExactly("Paula Renn: move Snowflake -> Orchard Metrics");
    }

    @Test
    void wordsJoinedByAPlusAreACompanysName() {
        assertThat(described("Haulmark Freight has hired Bea Lund as head of sales. Lund spent the previous six years at "
                + "Kuehne+Nagel in Hamburg."))
                .containsExactly("Bea Lund: move Kuehne+Nagel -> Haulmark Freight");
    }

    @Test
    void aNameSetOffForTheNounOfTheSubjectIsThePersonNotTheTeamBeforeIt() {
        assertThat(described("Quarry Labs has 11 employees. Its first senior hire from outside the founding team, Ina Vogt, "
                + "joined in March as head of sales after eight years at Salesforce. Its newest recruit, Tom Berg, joined "
                + "in May after six years at Oracle."))
                .containsExactly("Ina Vogt: move Salesforce -> Quarry Labs", "Tom Berg: move Oracle -> Quarry Labs");
    }

    @Test
    void aCompanionAfterARelativeClauseOfTwoNamesIsAFounderToo() {
        assertThat(described("Tallow, a New York start-up that matches payments to invoices, came out of stealth on "
                + "Tuesday. The company was founded in October by Mia Stone and Leo Park, who both left Stripe last "
                + "summer, together with Ada Moreno, previously a product manager at Plaid."))
                .contains("Mia Stone: found Stripe -> Tallow", "Ada Moreno: found Plaid -> Tallow");
    }

    @Test
    void aVenueOrAPlaceIsWhereNotForWhom() {
        assertThat(described("Thornfield Rovers have appointed former Leeds United coach Sam Idris as their manager. Idris "
                + "will be joined at the Elm Park Stadium by his assistant Ken Obi, who left Leeds United with him."))
                .contains("Ken Obi: move Leeds United -> Thornfield Rovers");
        assertThat(described("Martin Shaw will retire as president of Harlow University this summer after ten years. He "
                + "has said he will leave Harlow University altogether and move to Vermont, where he plans to write."))
                .containsExactly("Martin Shaw: leave Harlow University -> -");
    }

    @Test
    void aFunctionWordAfterANameIsPartOfTheName() {
        assertThat(described("Separately, the Pensions Regulator said Ruth Ames, its director of policy, would leave the "
                + "regulator in July to become chief executive of UK Finance, the banking lobby group."))
                .containsExactly("Ruth Ames: move Pensions Regulator -> UK Finance");
    }

    @Test
    void anAppointingVerbReadAsACompanysNameIsAClause() {
        assertThat(described("The news comes a month after Harlow University named Omar Reyes, a law professor at the "
                + "University of Toronto, as the next dean of its law school. Reyes will arrive in August."))
                .containsExactly("Omar Reyes: move University of Toronto -> Harlow University");
    }

    @Test
    void itsPostBesideTheNameIsInternal() {
        assertThat(described("Kestrel Bank has hired Lena Moss from Klarna as chief risk officer. Kestrel Bank also named "
                + "Omar Haddad, its head of engineering, as chief technology officer."))
                .containsExactly("Lena Moss: move Klarna -> Kestrel Bank");
    }

    @Test
    void aFirmNamedAfterPeopleLosesAPartner() {
        assertThat(described("Last year Paul Hastings lost finance partner Dana Reyes to Kirkland & Ellis, where she now "
                + "leads a credit team."))
                .containsExactly("Dana Reyes: move Paul Hastings -> Kirkland & Ellis");
    }

    @Test
    void aSentenceCutAtBrosGoesOn() {
        assertThat(described("Netflix has named a successor. Dev Patel-Ross, who joins from Warner Bros. Discovery, where "
                + "he led strategy, will take over next month."))
                .containsExactly("Dev Patel-Ross: move Warner Bros. Discovery -> Netflix");
    }

    @Test
    void comingBackIsToWhereOneWorkedBefore() {
        assertThat(described("Spotify has rehired another former executive. Jon Halle, a former Spotify music executive, "
                + "came back in February from TikTok to become head of music partnerships."))
                .containsExactly("Jon Halle: move ByteDance -> Spotify");
    }

    @Test
    void aMoverToldByPronounsIsNamedFurtherBack() {
        assertThat(described("Ravi Menon keeps a bent fan blade on his desk. It is, he says, his most expensive mistake. "
                + "He joined Boeing in 2004 as an engineer. In 2009 he quit Boeing and moved to Tesla."))
                .contains("Ravi Menon: move Boeing -> Tesla");
    }

    @Test
    void aFamilysSurnameIsThePersonTheStoryNamedFirst() {
        assertThat(described("Helen Carr, who founded Carr Composites after leaving British Aerospace, died on Friday at "
                + "her home. She was 84.\n\nHer death was confirmed by her son, Owen Carr, who said the cause was heart "
                + "failure.\n\nCarr joined Rolls-Royce in 1964 as a graduate engineer. In 1981 she left Rolls-Royce for "
                + "British Aerospace, where she ran the materials laboratory."))
                .contains("Helen Carr: move Rolls-Royce -> British Aerospace")
                .noneMatch(line -> line.startsWith("Owen Carr"));
    }

    @Test
    void aNegatedMannerIsNoDenialAndStartingWithUsIsAnArrival() {
        assertThat(described("Did you bring anyone with you?\n\nOne person so far. Ken Adler, who ran medicine in my group "
                + "at Pfizer, starts with us next month as head of translational science at Helixa. I didn't recruit him "
                + "aggressively, he came to me."))
                .containsExactly("Ken Adler: move Pfizer -> Helixa");
    }

    @Test
    void aNameWithoutTheWordsThatSayWhatItIsIsTheSameOrganization() {
        assertThat(described("Lakeside Mercy Medical Center has named Dr. Ana Greer-Oyelowo its next chief executive. "
                + "Greer-Oyelowo, currently a regional medical officer for Kaiser Permanente in California, will start on "
                + "May 4. Her predecessor, Paul Brandt, left Lakeside Mercy in October to become chief operating officer "
                + "of Sutter Health."))
                .contains("Paul Brandt: move Lakeside Mercy -> Sutter Health");
    }

    @Test
    void aPlacesFirstWordIsNoCompanyAndTheTeamAtANamedLabIsThatLabs() {
        assertThat(described("Seattle start-up Quillon Robotics has hired three engineers from rival labs. The hires "
                + "include Maya Forde, who ran the perception team at Brightfield Labs, and Ivo Stanek, who spent five "
                + "years at Amazon."))
                .contains("Maya Forde: move Brightfield Labs -> Quillon Robotics", "Ivo Stanek: move Amazon -> Quillon Robotics")
                .noneMatch(line -> line.contains("Seattle"));
    }

    @Test
    void aTeamOneJoinsIsOfTheOrganizationTheStoryIsAbout() {
        assertThat(described("Quillon Robotics has hired two engineers from Brightfield Labs, Quillon said on Monday. "
                + "The hires include Maya Forde and Ivo Stanek, both from Brightfield. Quillon plans more hiring. Forde "
                + "and Stanek join the perception team."))
                .anyMatch(line -> line.startsWith("Maya Forde: move Brightfield") && line.endsWith("-> Quillon Robotics"))
                .noneMatch(line -> line.endsWith("-> Brightfield Labs") || line.endsWith("-> Brightfield"));
    }

    @Test
    void oneWhoStaysWhereAGroupLeftIsNoMemberOfIt() {
        assertThat(described("The exits are a blow to Halvard, which has lost at least six engineers this year. Halvard's "
                + "chief architect, Tove Lind, was also approached by Quillon, but she turned the offer down and remains "
                + "at Halvard."))
                .noneMatch(line -> line.startsWith("Tove Lind"));
    }

    @Test
    void theNounAStoryIntroducedACompanyWithStandsForIt() {
        assertThat(described("Orvella, a Dublin start-up that builds payroll tools, has raised $4 million. Existing "
                + "backers, including the angel investor Cormac Hale, also put in money. The start-up has also hired Rita "
                + "Dunne, who joins from the lender Kestrel Bank, as head of risk."))
                .containsExactly("Rita Dunne: move Kestrel Bank -> Orvella");
    }

    @Test
    void aClubNamedForItsTownIsNoPlace() {
        assertThat(described("Wexford Rovers have appointed Dan Kerr as first-team coach after he left his job as youth "
                + "coach at Ashby Town."))
                .containsExactly("Dan Kerr: move Ashby Town -> Wexford Rovers");
    }

    @Test
    void aNewspapersNameIsAnEmployer() {
        assertThat(described("The Fenland Gazette has named Clare Moody, deputy editor of The Harbour Herald, as its new "
                + "editor."))
                .containsExactly("Clare Moody: move Harbour Herald -> Fenland Gazette");
    }

    @Test
    void weInAnInterviewIsTheCompanyOfTheOneTheTitleNames() {
        assertThat(described("Q&A: Rosa Vidal on leaving Oracle for a drone start-up",
                "Rosa Vidal spent ten years at Oracle. In May she left to become chief executive of Skylark Drones. We "
                + "asked her about the switch.\n\nWho have you hired?\n\nWe hired Omar Saleh from Boeing to run "
                + "manufacturing."))
                .contains("Omar Saleh: move Boeing -> Skylark Drones");
    }

    @Test
    void anArrivalYearsBeforeIsNotTheOneToldNow() {
        assertThat(described("Greta Moen will become chief executive of Fjordkraft Energi in March. She joins from Norsk "
                + "Batteri, where she has been chief operating officer since 2021. After university, she joined Equinor "
                + "in 1998 as an engineer."))
                .noneMatch(line -> line.equals("Greta Moen: move Norsk Batteri -> Equinor"));
    }

    @Test
    void aSurnameTheTaggerTookForACompanyIsThePersons() {
        assertThat(described("Tamworth Industrial said its finance chief Laura Pennock would leave at the end of the year. "
                + "Pennock joined Tamworth from rival Orlan Machinery in 2021."))
                .contains("Laura Pennock: move Orlan Machinery -> Tamworth");
    }

    @Test
    void continuingToRunWhatOneFoundedIsNoNewPost() {
        assertThat(described("Brennick Industrial has bought Voss Hydraulics. Erik Voss, who founded the German company "
                + "in 1988, will continue to run it as a division of Brennick."))
                .noneMatch(line -> line.startsWith("Erik Voss: move"));
    }

    @Test
    void aPredecessorWhoBecomesChairmanStays() {
        assertThat(described("Hollis Robotics has named Ada Brandt chief executive. She succeeds co-founder Rafa Soto, who "
                + "has run Hollis since 2017 and will become executive chairman."))
                .noneMatch(line -> line.startsWith("Rafa Soto"));
    }

    @Test
    void takingOverAGroupOfTheStorysOwnComesFromNoOtherOrganization() {
        assertThat(described("Halden Bank has hired Rita Moss from Barclays to run its technology banking team. Juno "
                + "Marr, a longtime banker, will take over the tech deals group."))
                .contains("Rita Moss: move Barclays -> Halden Bank")
                .noneMatch(line -> line.startsWith("Juno Marr: move"));
    }

    @Test
    void theSecondOfTwoAppointmentsInOneNounGetsItsOwnOrigin() {
        assertThat(described("Brightmoor Analytics today announced the appointment of Dana Holt as chief technology "
                + "officer and Victor Amsel as chief financial officer. Amsel, formerly of Zendesk, spent a decade in "
                + "finance roles at software companies."))
                .contains("Victor Amsel: move Zendesk -> Brightmoor Analytics");
    }

    @Test
    void landingSomeoneIsHiringThem() {
        assertThat(described("Snap has also landed Mira Solberg, a senior research scientist at Google DeepMind."))
                .contains("Mira Solberg: move Google -> Snap");
    }

    @Test
    void aClaimThatTheMoverDeniesIsNoMove() {
        assertThat(described("Posts on Friday claimed that Omar Reyes had signed with Meta. Reyes denied it."))
                .noneMatch(line -> line.startsWith("Omar Reyes"));
    }

    @Test
    void aCoFoundersOwnDepartureInTheSentenceIsTheOriginNotTheGroups() {
        assertThat(described("Three payments veterans, two of them longtime Stripe engineers, have launched Tallyline, a "
                + "startup building reconciliation software. Tallyline was co-founded by Aaron Webb, who spent seven years "
                + "at Stripe, and Mei Zhou, a former Stripe engineer. The third co-founder, Jonas Weir, left Plaid in April "
                + "after four years running its data group to start the company with them."))
                .contains("Jonas Weir: move Plaid -> Tallyline");
    }

    @Test
    void theMoveToldInsideAPostsClauseComesFromThatPost() {
        assertThat(described("Orvale University has named Dana Ruiz athletic director. A former rower at Yale, Ruiz began "
                + "her career at the University of Utah, where she rose to deputy director before moving to Rutgers in 2016."))
                .contains("Dana Ruiz: move University of Utah -> Rutgers")
                .noneMatch(line -> line.startsWith("Dana Ruiz: move Yale"));
    }

    @Test
    void aFirstJobLeftForAnotherIsNotTheOriginOfTheLatestMove() {
        assertThat(described("Fenwick Rovers have appointed Paul Grange as director of football, luring him from rivals "
                + "Ashby Town. He began his career as an analyst at Brentwood before joining Ashby Town in 2018."))
                .noneMatch(line -> line.equals("Paul Grange: move Brentwood -> Fenwick Rovers"));
    }

    @Test
    void aBareClauseAfterAFrontedNounTakesTheSubjectBeforeIt() {
        assertThat(described("A surgeon by training, he spent nine years at Mercy General Hospital, the last three as "
                + "chief of staff, before joining Cleveland Clinic. Tom Ashe is now moving to Kaiser Permanente."))
                .noneMatch(line -> line.contains("null"));
        assertThat(described("Tom Ashe has been named chief medical officer of Kaiser Permanente. A surgeon by training, "
                + "Ashe spent nine years at Mercy General Hospital, the last three as chief of staff, before joining "
                + "Cleveland Clinic."))
                .contains("Tom Ashe: move Mercy General Hospital -> Cleveland Clinic");
    }

    @Test
    void aBoardThatNamesSomeoneActsForItsOrganization() {
        assertThat(described("Marlow College's board of trustees on Monday named Ruth Okafor, provost and vice president "
                + "at Tufts University, as the college's next president."))
                .contains("Ruth Okafor: move Tufts University -> Marlow College");
        assertThat(described("Corvane Mobility said its Board of Directors has appointed Ann Petrov as chief executive. "
                + "Petrov was previously an executive at Ford."))
                .noneMatch(line -> line.contains("Directors"));
    }

    @Test
    void aPresidentWhoReturnsToTeachingStays() {
        assertThat(described("Marlow College has named Ruth Okafor president. She succeeds Martin Gale, who announced "
                + "last fall that he would step down after a decade as president and return to teaching in the history "
                + "department."))
                .noneMatch(line -> line.startsWith("Martin Gale"));
        assertThat(described("Marlow College named Tom Ibe dean of engineering. He replaces interim dean Sara Vu, who "
                + "will return to the faculty."))
                .noneMatch(line -> line.startsWith("Sara Vu"));
    }

    @Test
    void anExpectedMoveThatALaterClauseUnsettlesIsOnlyInTalks() {
        assertThat(described("Julia Hart, a Goldman Sachs partner, is leaving for rival Morgan Stanley. Her longtime "
                + "deputy, Owen Price, is also expected to follow her to Morgan Stanley, two people "
                + "said, though they cautioned that no final decision has been made and that Goldman is trying to "
                + "persuade him to stay."))
                .noneMatch(line -> line.startsWith("Owen Price"));
    }

    @Test
    void aMoveOnAConditionIsNoMove() {
        assertThat(topReadings("Helen Voss has joined Pfizer from the Food and Drug Administration. The White House has "
                + "said it intends to nominate Lisa Fong, chief medical officer of the insurer Centene, as FDA commissioner. "
                + "If confirmed by the Senate, Fong would take charge of an agency facing budget pressure."))
                .noneMatch(line -> line.startsWith("Lisa Fong"));
    }

    @Test
    void theRetailerIsTheCompanyTheStoryIntroducedAsOne() {
        assertThat(described("Harbor & Pine, the Portland, Maine-based outdoor apparel retailer, said Tuesday that its "
                + "finance chief will become chief executive. Analysts had floated Carol Price, an executive at Gap Inc., "
                + "as a possible pick. To replace the finance chief, the retailer hired Brian Kho, vice president of "
                + "finance at Ulta Beauty."))
                .contains("Brian Kho: move Ulta Beauty -> Harbor & Pine");
    }

    @Test
    void aPredecessorWhoBecomesChairmanInTheNextSentenceStays() {
        assertThat(described("Harbor & Pine said Megan Cruz will succeed founder Peter Lund as chief executive. Lund, 67, "
                + "will become executive chairman."))
                .noneMatch(line -> line.startsWith("Peter Lund"));
    }

    @Test
    void aRoundUpLabelInCapitalsIsNotPartOfTheItemsSentence() {
        assertThat(described("BRIGHTWATER LOGISTICS: Brightwater Logistics, the Memphis-based freight brokerage, named "
                + "Ahmed Sadiq chief financial officer. ESTRADA ADVISORY: Gloria Estes, a 20-year Deloitte veteran, has "
                + "left Deloitte to launch Estes Advisory, a boutique firm advising manufacturers on reshoring."))
                .contains("Gloria Estes: found Deloitte -> Estes Advisory");
    }

    @Test
    void aCompanyNamedForItsFounderNamesNoPerson() {
        assertThat(topReadings("Walter Brandl, the publisher who built a regional newspaper group, has died. Born in 1938, "
                + "Brandl began his career as a reporter at the daily Nordblatt in 1959. In 1968 he moved to the Kieler "
                + "Morgenpost as political editor. In 1974, with a loan from his father-in-law, he founded Brandl Verlag "
                + "and bought a weekly."))
                .isNotEmpty().noneMatch(line -> line.startsWith("Brandl Verlag"));
    }

    @Test
    void aProfilesSubjectWhoseSurnameTheTaggerTookForACompanyIsNamedByTheGivenName() {
        assertThat(described("Victor Hale likes to say that he has spent 33 years on the same problem. Today it lives in "
                + "Lowell, where Ardent Robotics, the company Hale has run since 2017, builds picking robots. Hale, 57, "
                + "began his career at IBM in 1991. Six years later he left IBM for Motorola. In 2003 Motorola lost him "
                + "to Apple. \"Victor is the only person I know who reads a bill of materials for fun,\" his co-founder "
                + "said."))
                .contains("Victor Hale: move IBM -> Motorola", "Victor Hale: move Motorola -> Apple");
    }

    @Test
    void aBareClauseOnABareClauseTakesTheSubjectAboveThem() {
        assertThat(described("Rebecca Thorn has joined Latham & Watkins from Skadden. She began her career at the FTC, "
                + "spending six years as a trial attorney in the agency's Bureau of Competition before moving to Skadden."))
                .contains("Rebecca Thorn: move U.S. Federal Trade Commission -> Skadden, Arps, Slate, Meagher & Flom");
    }

    @Test
    void aNameThatOwnsAPersonNamedInFullIsTheirEmployer() {
        assertThat(topReadings("Norrbay Re has appointed Velden Harcourt's Dana Moss as head of casualty."))
                .contains("Dana Moss: move Velden Harcourt -> Norrbay Re");
    }

    @Test
    void aClauseOfPlaceOnTheOrganizationLeftSaysWhereTheCareerWas() {
        assertThat(described("Omar Reyes joined Quillon Energy, the Lisbon-based wind developer, as chief financial officer "
                + "in March after nine years at the Asian Development Bank, where he most recently led its lending in "
                + "North Africa."))
                .containsExactly("Omar Reyes: move Asian Development Bank -> Quillon Energy");
        // the post the move goes to, told after it, is no post left
        assertThat(described("Then in May, Viktor Rask left Ormond to join Qualcomm, where he now runs a modem group. "
                + "Ormond's chief executive said Rask's departure had been a loss."))
                .containsExactly("Viktor Rask: move Ormond -> Qualcomm");
    }

    @Test
    void aDismissalInThePassiveIsADeparture() {
        assertThat(described("Brackley Town have appointed Sam Oduya as their new manager, four days after Pete Larkin was "
                + "dismissed with the side bottom of the league."))
                .contains("Pete Larkin: leave Brackley Town -> -");
    }

    @Test
    void theOneAMainClauseActsOnIsWhomTheNextSentenceGoesOnWith() {
        assertThat(described("Harwood City have appointed Nuno Falcao as head coach, days after Dean Prior was sacked. "
                + "The 51-year-old arrives from CD Serrano, the second-division side he led to promotion."))
                .contains("Nuno Falcao: move CD Serrano -> Harwood City")
                .noneMatch(m -> m.startsWith("Dean Prior: move CD Serrano"));
    }

    @Test
    void oneBroughtAlongGoesWhereTheBringerGoes() {
        assertThat(described("Harwood City have appointed Nuno Falcao as head coach. Falcao will bring his long-time "
                + "assistant, the former midfielder Rui Matos, with him from CD Serrano."))
                .contains("Rui Matos: move CD Serrano -> Harwood City");
    }

    @Test
    void aNameThatOwnsAPracticeIsAFirm() {
        assertThat(described("Hythe Partners has hired Priya Nair, the head of Calloway Grant's employment and pensions "
                + "practice. Calloway Grant confirmed her departure."))
                .contains("Priya Nair: move Calloway Grant -> Hythe Partners");
    }

    @Test
    void aDepartureToComeIsNotTowardAPostTakenYearsBefore() {
        assertThat(described("Adobe said Lena Ruiz, its head of payments, will step down at the end of the year. Ruiz "
                + "joined Adobe in 2019 from Stripe, where she ran fraud prevention."))
                .contains("Lena Ruiz: leave Adobe -> -");
    }

    @Test
    void oneLuredIsTheObjectOfTheLure() {
        assertThat(described("The Kestrel Post has named Ana Ruiz as its next editor, luring her from the Coastal Ledger, "
                + "where she has been deputy editor since 2020."))
                .contains("Ana Ruiz: move Coastal Ledger -> Kestrel Post");
    }

    @Test
    void sheIsNotTheOneNamedBesideHer() {
        assertThat(described("Ines Costa was named chief executive of Tarvik Robotics in 2019. Born in Braga, she began her career at Siemens. Her mentor "
                + "there, Hans Vogt, later left Siemens to teach. In 2014 she left Siemens for Tarvik Robotics, then a small "
                + "startup."))
                .contains("Ines Costa: move Siemens -> Tarvik Robotics")
                .noneMatch(m -> m.startsWith("Hans Vogt: move Siemens -> Tarvik"));
    }
}
