package org.talentflow.core.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;
import org.talentflow.core.extract.SharedExtractor;

/** Chinese articles written for these tests (invented people and companies): the shapes, not any one article. */
class ChineseExtractionTest {

    private static List<String> moves(String text) {
        Document d = new Document("zh.txt", null, null, LocalDate.of(2025, 3, 14), text);
        return SharedExtractor.get().extract(d).moves().stream().map(ChineseExtractionTest::line).toList();
    }

    private static String line(Move m) {
        return m.person() + ": " + (m.from() == null ? "-" : m.from().mostSpecific()) + " -> "
                + (m.to() == null ? "-" : m.to().mostSpecific());
    }

    @Test
    void aFormerPostBeforeTheNameIsWhereTheJoinCameFrom() {
        assertThat(moves("据悉，原星河科技副总裁张明远近日加入云帆汽车，出任首席技术官。这是云帆汽车今年引入的第三位高管。"))
                .containsExactly("张明远: 星河科技 -> 云帆汽车");
    }

    @Test
    void everyNameOfAListLeavesTheOrganizationTheSentenceIsAbout() {
        assertThat(moves("以星河科技为例，首席战略官李小川、副总裁王一鸣于今年1月离职。公司对此没有回应，外界关注其后续动向。"))
                .containsExactlyInAnyOrder("李小川: 星河科技 -> -", "王一鸣: 星河科技 -> -");
    }

    @Test
    void theNamesAfter包括AreTheMoversOfTheClauseBefore() {
        assertThat(moves("过去半年，云帆汽车有两位核心高管离职，包括联合创始人周子涵和孙浩然。两人均未公开新去向。"))
                .containsExactlyInAnyOrder("周子涵: 云帆汽车 -> -", "孙浩然: 云帆汽车 -> -");
    }

    @Test
    void aLeaveAndAJoinOfOnePersonInOneSentenceAreOneMove() {
        assertThat(moves("2024年9月，郑海峰离开星河科技，加盟云帆汽车担任自动驾驶负责人。此事在业内引起不少讨论。"))
                .containsExactly("郑海峰: 星河科技 -> 云帆汽车");
    }

    @Test
    void aRumourIsNoMoveButAConfirmationIs() {
        assertThat(moves("有传闻称，赵一帆将加入云帆汽车。云帆汽车方面暂未作出回应，星河科技也拒绝置评。")).isEmpty();
        assertThat(moves("星河科技前总裁赵一帆被证实将加入云帆汽车，出任联席董事长。业内人士认为此举意义重大。"))
                .containsExactly("赵一帆: 星河科技 -> 云帆汽车");
    }

    @Test
    void traditionalTextIsReadAndTheNameKeptAsWritten() {
        assertThat(moves("星河科技原首席科學家陳一鳴已於近日加入雲帆汽車，擔任研究院院長。雲帆汽車對此表示歡迎。"))
                .containsExactly("陳一鳴: 星河科技 -> 雲帆汽車");
    }

    @Test
    void historyOfLongAgoIsNoMove() {
        assertThat(moves("2025年3月，钱文博离开云帆汽车，加盟星河智能。钱文博2012年加入星河科技，是其早期员工之一，后来又在多家公司任职。"))
                .containsExactly("钱文博: 云帆汽车 -> 星河智能");
    }

    @Test
    void thePassiveMakesTheSubjectTheOneAppointed() {
        assertThat(moves("原星河科技副总裁范思远被任命为云帆汽车首席执行官，任命即日起生效。云帆汽车表示期待与他合作。"))
                .containsExactly("范思远: 星河科技 -> 云帆汽车");
    }

    @Test
    void aPostInParenthesesAfterTheNameIsWhereTheJoinCameFrom() {
        assertThat(moves("云帆汽车宣布，卫子轩（前星河科技首席架构师）已正式加入云帆汽车，负责自动驾驶研发。双方均未透露更多细节。"))
                .containsExactly("卫子轩: 星河科技 -> 云帆汽车");
    }

    @Test
    void aForeignNameInLatinLettersOrTransliteratedIsAPerson() {
        assertThat(moves("据悉，星河科技前首席科学家Daniel Brooks已于上月加入云帆汽车，出任研究院院长。外界认为这是一次重要引援。"))
                .containsExactly("Daniel Brooks: 星河科技 -> 云帆汽车");
    }

    @Test
    void anOrganizationNotNamedIsNoDestination() {
        assertThat(moves("星河科技副总裁、战略投资负责人林志远日前离职，消息称他将入职一家投资机构。星河科技方面未予置评。"))
                .containsExactly("林志远: 星河科技 -> -");
    }

    @Test
    void aPostNamedAfterThePersonIsTheNewOneNotTheOrigin() {
        assertThat(moves("林志远加入云帆汽车，担任云帆智驾事业部负责人。这是云帆汽车今年引入的第二位高管，外界颇为关注。"))
                .noneMatch(m -> m.startsWith("林志远: 云帆智驾事业部"));
    }

    @Test
    void aCareerToldInOrderChainsItsStintsAndTheCurrentPostIsNoOriginOfItsHistory() {
        Document d = new Document("zh.txt", null, null, LocalDate.of(2025, 3, 14), """
                云帆汽车副总裁韩立诚将离职
                据报道，云帆汽车副总裁韩立诚即将离职，内部系统显示其处于休假状态。
                硕士毕业后，韩立诚入职星河科技，负责推荐算法的研发工作。
                2021年，韩立诚正式加入云帆汽车，一路晋升为副总裁。
                """);
        List<String> candidates = SharedExtractor.get().chineseCandidates(d).stream().map(c -> line(c.move())).toList();
        assertThat(candidates).contains("韩立诚: 星河科技 -> 云帆汽车").doesNotContain("韩立诚: 云帆汽车 -> 星河科技");
        assertThat(moves(d.text())).contains("韩立诚: 云帆汽车 -> -").doesNotContain("韩立诚: 云帆汽车 -> 星河科技");
    }

    @Test
    void theNamesAfterAColonAreTheMoversAndThey分别GoEachToTheirOwn() {
        assertThat(moves("""
                星河科技研究院近期又有两位核心研究员出走：首席研究员程远航，以及资深研究员苏婉清。
                据了解，离开的两人此前均负责大模型训练。他们分别加入了云帆汽车和北辰科技，两家公司都在扩充团队。
                """)).containsExactlyInAnyOrder("程远航: 星河科技 -> 云帆汽车", "苏婉清: 星河科技 -> 北辰科技");
    }

    @Test
    void theOneHiredMayStandBefore挖到After将() {
        assertThat(moves("""
                被业内称为“天才少女”的研究员叶清禾近日加入云帆汽车后首次公开亮相，介绍了新模型。
                就在一个多月前，云帆汽车创始人以高薪将她从星河科技挖到云帆汽车，负责大模型研发。
                """)).contains("叶清禾: 星河科技 -> 云帆汽车");
    }

    @Test
    void aMoveWordInARelativeClauseIsTheMoveOfTheNameAfter的() {
        assertThat(moves("从星河科技出走的高管不在少数，包括创建北斗光年的叶知秋（前星河科技视觉负责人）等人，都已各自创业。"))
                .contains("叶知秋: 星河科技 -> 北斗光年");
    }

    @Test
    void 这位StandsForThePersonTheTextIsAbout() {
        assertThat(moves("""
                在这次人事变动中，最引人注目的是星河科技首席科学家韩立诚的离职。
                这位在星河科技任职长达十年的技术负责人选择加盟云帆汽车，负责机器人研发。
                """)).contains("韩立诚: 星河科技 -> 云帆汽车");
    }

    @Test
    void thePostHeldBeforeAnArrivalIsItsOrigin() {
        assertThat(moves("""
                云帆汽车今天公布了最新高管任命，韩立诚出任集团副总裁，负责手机业务。
                在加入云帆汽车之前，韩立诚担任星河通信技术有限公司董事长兼总经理。
                """)).contains("韩立诚: 星河通信技术有限公司 -> 云帆汽车");
    }

    @Test
    void aCompanyTheArticleIntroducesIsReadWholeWhereverItIsNamed() {
        // 青岚 and 未名 are words the segmenter cuts apart; the quotes after 公司 say the name is one.
        assertThat(moves("前星河科技首席架构师唐未名已于今年2月在杭州创办机器人公司“青岚未来”，并出任CEO。"
                + "青岚未来的另一位联合创始人许知秋此前任云帆汽车感知算法总监。"))
                .contains("唐未名: 星河科技 -> 青岚未来")
                .noneMatch(m -> m.contains("机器人公司"));
    }

    @Test
    void aKindOfCompanyIsNoNameButTheNameAfterItIs() {
        assertThat(moves("据了解，原星河科技副总裁杜若衡已于近日加盟具身智能创业公司澄湖智能，担任首席技术官。"))
                .containsExactly("杜若衡: 星河科技 -> 澄湖智能");
    }

    @Test
    void anArrivalThatFollowsAnotherGoesWhereThatOneWent() {
        assertThat(moves("前星河科技副总裁林晚舟出任云帆汽车首席运营官。云帆汽车同时宣布，两名星河科技旧部宋清远与柯明轩已离开星河科技，随其加盟。"))
                .containsExactlyInAnyOrder("林晚舟: 星河科技 -> 云帆汽车", "宋清远: 星河科技 -> 云帆汽车",
                        "柯明轩: 星河科技 -> 云帆汽车");
    }

    @Test
    void unnamedPeopleLeavingAreNoMoveOfThePersonTheStoryIsAbout() {
        assertThat(moves("有消息称，云帆汽车智驾负责人欧阳启明或将加入星河科技。云帆汽车回应称纯属谣言，欧阳启明仍在正常工作。"
                + "据悉，今年以来云帆汽车智驾团队人员流动较大，已有数名中层离开。"))
                .isEmpty();
    }

    @Test
    void aNameTheSegmenterGluesToTheWordAfterItIsReadWhole() {
        // HanLP reads 上官思敏为 as 上官思 + 敏为: the 为 after a name is the word "as".
        assertThat(moves("云帆汽车宣布委任上官思敏为集团首席财务官，自下月起生效。上官思敏此前任职于星河科技。"))
                .containsExactly("上官思敏: 星河科技 -> 云帆汽车");
    }

    @Test
    void aTransliteratedNameIsOneNameWhateverItsParts() {
        assertThat(moves("星河科技宣布，前谷歌研究员马克·安德森博士正式加入星河科技，担任首席科学家。"))
                .containsExactly("马克·安德森: Google -> 星河科技");
    }

    @Test
    void aNewsOutletThatReportsIsNoEmployer() {
        assertThat(moves("据36氪获悉，云帆汽车首席财务官邓雨桐、副总裁严子墨已于今年1月离职。"))
                .containsExactlyInAnyOrder("邓雨桐: 云帆汽车 -> -", "严子墨: 云帆汽车 -> -");
    }

    @Test
    void aFounderWhoLeftFoundedWhatTheNextClauseNames() {
        assertThat(moves("青岚未来成立于2024年初。去年底，唐未名从星河科技离职创业，成立了青岚未来。"))
                .containsExactly("唐未名: 星河科技 -> 青岚未来");
    }

    @Test
    void aCofounderAfter与SharesTheFoundingOfTheOneTheStoryIsAbout() {
        assertThat(moves("青岚未来成立于2024年初，创始人唐未名此前是星河科技的研究员。"
                + "联合创始人许知秋曾任云帆汽车研究总监。她在今年初离开云帆汽车，与唐未名共同创立了公司。"))
                .contains("许知秋: 云帆汽车 -> 青岚未来");
    }

    @Test
    void aPostOnceHeldAtAnOrganizationIsWhereTheJoinCameFromButStudiesAreNot() {
        assertThat(moves("青岚未来成立于2023年。公司CTO陆远舟有海外背景，此前在星河科技从事机器人学习研究长达七年，今年6月回国加入青岚未来。"))
                .containsExactly("陆远舟: 星河科技 -> 青岚未来");
        assertThat(moves("陆远舟先后在南江大学、北岭大学获得学士和博士学位，今年6月加入青岚未来。"))
                .noneMatch(m -> m.contains("大学 ->"));
    }

    @Test
    void aUnitNamedBareBelongsToTheOrganizationTheSentenceNamesItWith() {
        assertThat(moves("11月4日，从星河科技内部获悉，星河科技电商事业部负责人发出内部邮件，宣布韩知远正式加入星河科技，"
                + "出任电商事业部副总裁。韩知远此前在云帆汽车工作超过六年。"))
                .containsExactly("韩知远: 云帆汽车 -> 星河科技");
    }

    @Test
    void aLeaverWithoutAnOrganizationInItsClauseLeavesThePostTheTextGaveEarlier() {
        assertThat(moves("唐未名此前在星河科技自动驾驶事业群担任首席架构师。今年5月，他创办了机器人公司“青岚未来”。"
                + "她与唐未名是南江大学自动化系同门，两人今年春天先后离职。"))
                .noneMatch(m -> m.contains("南江大学"));
    }

    @Test
    void aSuccessorTakesThePostOfTheOrganizationTheSentenceIsAbout() {
        assertThat(moves("云帆汽车董事会通过财务长异动，现任财务长吴志远届龄退休；新任财务长由星河科技财务处处长宋晚晴接任，自3月1日起生效。"))
                .contains("宋晚晴: 星河科技 -> 云帆汽车");
    }

    @Test
    void aHeadlineThatNamesTheOrganizationFirstGivesItThePost() {
        assertThat(moves("云帆银行换帅：星河银行原行长助理韩晓川出任行长"))
                .containsExactly("韩晓川: 星河银行 -> 云帆银行");
    }

    @Test
    void aPersonSpokenToIsNotTheOneWhoLeaves() {
        assertThat(moves("星河科技自动配送部前负责人沈知微已于今年3月离开星河科技。今年初，她向星河科技高级副总裁顾长风提出离职，后者曾多次挽留。"))
                .containsExactly("沈知微: 星河科技 -> -");
    }

    @Test
    void theMoveNamedAsANounIsTheOneOfTheNameBefore的() {
        assertThat(moves("星河科技发言人钟明向记者确认了沈知微的离职，并表示相关业务平稳推进。"))
                .containsExactly("沈知微: 星河科技 -> -");
    }

    @Test
    void aCompanyReferredToBareIsTheOneNamedLast() {
        assertThat(moves("云帆汽车宣布，前星河科技投资总监万知秋已加入公司，出任首席财务官。"))
                .containsExactly("万知秋: 星河科技 -> 云帆汽车");
    }

    @Test
    void aBossAddressedBySurnameIsTheOneFullNameWithIt() {
        assertThat(moves("前星河科技副总裁欧阳嘉言出任云帆汽车首席执行官。业内人士指出，欧阳总在星河科技期间带领团队拿下多个大客户，其加盟有助云帆汽车加快海外业务。"))
                .allMatch(m -> m.startsWith("欧阳嘉言:"));
    }

    @Test
    void yearsAtAnOrganizationBeforeTheNameAreWhereTheJoinCameFrom() {
        assertThat(moves("今年8月，在星河科技工作了八年的研究科学家诸葛青回国，加入云帆汽车，出任研究院院长。"))
                .contains("诸葛青: 星河科技 -> 云帆汽车");
    }

    @Test
    void aBoardSeatAndAPageAskingToBeFollowedAreNoJobs() {
        assertThat(moves("云帆汽车公告，委任前星河银行助理总裁邹知行为独立非执行董事，即日生效。")).isEmpty();
        assertThat(moves("版权所有 云帆时报 欢迎加入云帆时报LINE好友，第一时间获得新闻。")).isEmpty();
    }

    @Test
    void aMoveSaidToBeLikelyIsNoMove() {
        assertThat(moves("有消息称，星河科技基础研究团队的研究员阿米尔·拉希德有望加入云帆汽车。云帆汽车相关人士回应称不了解此事。"))
                .isEmpty();
    }

    @Test
    void ourSchoolIsTheUniversityTheTextIsFrom() {
        assertThat(moves("南岭大学举行任职宣布大会。学校宣布，前星河科技实验室主任皇甫明正式加入我校人工智能学院，出任院长。"))
                .contains("皇甫明: 星河科技 -> 南岭大学");
    }

    @Test
    void aSourceQuotedIsNotWhomTheNextPronounMeans() {
        assertThat(moves("星河科技前副总裁沈知微已于今年3月离开星河科技，创办了青岚未来。星河科技发言人钟明向记者确认了此事。"
                + "她此前在云帆汽车工作七年，2020年加入星河科技。"))
                .noneMatch(m -> m.startsWith("钟明"));
    }

    @Test
    void theBoardAppointsToThePostOfTheCompanyTheAnnouncementIsFrom() {
        assertThat(moves("云帆智能科技股份有限公司关于聘任总经理的公告。经董事长提名，董事会战略委员会审查通过，"
                + "董事会同意聘任顾知远先生为公司总经理。顾知远此前任星河科技副总裁。"))
                .containsExactly("顾知远: 星河科技 -> 云帆智能科技股份有限公司");
    }

    @Test
    void aNameAfterAPostTheSegmenterTagsAsAVerbalNounIsFound() {
        // HanLP tags 主管 (supervisor) as a verbal noun; the name after it is still a name.
        assertThat(moves("星河银行亚太区投行主管冯卓远转投云帆证券 出任亚太区并购联席主管"))
                .containsExactly("冯卓远: 星河银行 -> 云帆证券");
    }

    @Test
    void aSpokespersonConfirmingHisDepartureIsNotTheOneWhoLeft() {
        assertThat(moves("星河科技多模态负责人欧阳明川已于近期离职。星河科技发言人刘知夏向记者确认了其离职，并表示相关工作进展正常。"))
                .containsExactly("欧阳明川: 星河科技 -> -");
    }

    @Test
    void aNameBeforeItsFoundersTitleIsACompany() {
        assertThat(moves("分析师举了一个早年的例子：青岚数据创始人庄知白2016年从星河科技离职创业。"))
                .noneMatch(m -> m.startsWith("青岚"));
    }

    @Test
    void aWelcomedGroupComesEachFromItsOwnOrganization() {
        assertThat(moves("新年伊始，青岚动力迎来三位新伙伴：唐知远、宋明川和柯晓白。"
                + "他们分别来自星河科技、云帆汽车和北岭银行，将分别出任首席工程师、硬件副总裁和运动控制负责人。"
                + "“这是青岚动力成立以来最重要的一次团队升级。”创始人表示。2023年，他从南岭电子离职，创办了青岚动力。"))
                .contains("唐知远: 星河科技 -> 青岚动力", "宋明川: 云帆汽车 -> 青岚动力", "柯晓白: 北岭银行 -> 青岚动力");
    }

    @Test
    void aUnitOfTheOldPostIsNotWhereTheSuccessorGoes() {
        assertThat(moves("云帆汽车董事会通过副总经理人事案，由星河科技前软件研发中心协理林知远出任，负责云端服务平台。"))
                .containsExactly("林知远: 星河科技 -> 云帆汽车");
    }

    @Test
    void theStemOfACompanysNameStandsForItLaterOn() {
        // HanLP reads 北岭并 as a name; the stem of 北岭证券, given in full before, is the company.
        assertThat(moves("从职业轨迹来看，韩知远于2023年7月从北岭证券加盟南江证券，2024年12月回归北岭并出任联席所长。"))
                .contains("韩知远: 北岭证券 -> 南江证券", "韩知远: 南江证券 -> 北岭证券");
    }

    @Test
    void thePeopleATeamLeaderTakesAlongLeaveAndGoWhereTheLeaderWent() {
        assertThat(moves("前星河科技视觉负责人唐远舟已于今年2月离职，随后创办了青岚智能。唐远舟这次还带走了两名核心成员：原星河科技算法负责人罗一川，以及负责数据平台的白景行。"))
                .containsExactlyInAnyOrder("唐远舟: 星河科技 -> 青岚智能", "罗一川: 星河科技 -> 青岚智能", "白景行: 星河科技 -> 青岚智能");
    }

    @Test
    void twoOfAGroupAreTheLastTwoNamedAndAPostTakenUpIsAnArrival() {
        assertThat(moves("与他一同离开星河科技的，还有两名骨干：莫知远、韩秋白等人。目前两人均已在青岚智能任职，分别担任首席科学家和技术副总裁。"))
                .contains("莫知远: 星河科技 -> 青岚智能", "韩秋白: 星河科技 -> 青岚智能");
    }

    @Test
    void theNextStopIsTheDestination() {
        assertThat(moves("星河科技预训练负责人沈若溪已于2月正式离职。多位知情人士称，她的下一站是云帆汽车。"))
                .containsExactly("沈若溪: 星河科技 -> 云帆汽车");
    }

    @Test
    void aSecondArrivalInOneSentenceLeavesWhereTheFirstWent() {
        assertThat(moves("柯望是一个例子。他去年离开星河科技，加入云帆汽车，但只待了五个月，便转投星岚科技。"))
                .contains("柯望: 星河科技 -> 云帆汽车", "柯望: 云帆汽车 -> 星岚科技");
    }

    @Test
    void theSchoolIsTheUniversityNamedBeforeAndABareArrivalGoesThere() {
        assertThat(moves("3月10日，澄江大学发布消息，在星河科技工作了十年的研究员贝清远已正式入职该校。该校今年还引进了多位研究者。前云帆汽车科学家陶知行已全职加盟，出任副院长。"))
                .contains("贝清远: 星河科技 -> 澄江大学", "陶知行: 云帆汽车 -> 澄江大学");
    }

    @Test
    void aListedCompanyBeforeItsStockCodeIsAnOrganizationNotAPerson() {
        assertThat(moves("华锐精工（688000）3月12日晚间公告，公司董事会同意聘任聂小川为公司副总经理。聂小川此前任职于星河科技。"))
                .containsExactly("聂小川: 星河科技 -> 华锐精工");
    }

    @Test
    void aTimeAfterADemonstrativeIsNoNameAndThePronounCarriesTheSubject() {
        assertThat(moves("2024年夏天，算法负责人孙立群在星河科技已经干满了六年。那一年，他离开星河科技，加入云帆汽车，负责推荐算法。"))
                .containsExactly("孙立群: 星河科技 -> 云帆汽车");
    }

    @Test
    void aFounderTitleOfTheCompanyTheArticleIntroducesIsAFoundingFromWhereTheFounderCameFrom() {
        assertThat(moves("自动驾驶初创公司青禾智驾宣布完成天使轮融资。青禾智驾创始人兼CEO罗景川此前是云帆汽车自动驾驶中心负责人，在云帆工作了六年。"))
                .containsExactly("罗景川: 云帆汽车 -> 青禾智驾");
        assertThat(moves("青禾智驾联合创始人宓青也已于上月离职，公司称其因个人原因离开。")).containsExactly("宓青: 青禾智驾 -> -");
    }

    @Test
    void theLinesOfANumberedListAfterAColonAreTheMoversEachFromTheirOwnPost() {
        assertThat(moves("据我们了解，近期加入云帆汽车的人包括：\n1. 庞思远，前星河科技高级研究科学家，主要做强化学习；\n"
                + "2. 覃韵，此前在青禾科技任主管研究员；\n3. 司马烨，原北岭证券研究所负责人。\n对此，云帆汽车没有回应。"))
                .containsExactlyInAnyOrder("庞思远: 星河科技 -> 云帆汽车", "覃韵: 青禾科技 -> 云帆汽车", "司马烨: 北岭证券研究所 -> 云帆汽车");
    }

    @Test
    void aDenialInTheNextSentenceTakesBackTheMoveOfThePersonItNames() {
        assertThat(moves("市场上还流传着另一个版本：星河科技语音负责人车念慈也将转投云帆汽车。对此，星河科技回应称消息不实，车念慈仍在职。"))
                .isEmpty();
        assertThat(moves("星河科技语音负责人车念慈已于上月转投云帆汽车。对此，星河科技回应称网传其他高管离职的消息不实。"))
                .containsExactly("车念慈: 星河科技 -> 云帆汽车");
    }

    @Test
    void theOrganizationAfter被HiresAndTheOneAfter从IsLeft() {
        assertThat(moves("此外，前星河科技品类运营负责人滕海若也在春节前被云帆汽车招致麾下，负责品牌合作。"))
                .containsExactly("滕海若: 星河科技 -> 云帆汽车");
        assertThat(moves("云帆汽车还从星河科技请来了卜凡，由他负责供应链。")).containsExactly("卜凡: 星河科技 -> 云帆汽车");
    }

    @Test
    void historyThatDescribesThePersonIsNotTheMovesAndAKindBeforeANameSaysWhatItIs() {
        assertThat(moves("星河科技早期核心成员之一、参与过多代模型训练的研究员闾丘澜已于3月离职，全职加入北京人工智能企业智谱，任研究员。"))
                .containsExactly("闾丘澜: 星河科技 -> Zhipu AI");
    }

    @Test
    void aPostKeptIsNoNewOne() {
        assertThat(moves("吕振华此前在云帆汽车任职。今年3月，吕振华因年龄原因辞去星河银行行长职务，将继续担任星河银行执行董事。"))
                .isEmpty();
    }

    @Test
    void aKindOfCompanyIntroducesTheNameAfterIt() {
        assertThat(moves("8月1日晚间，港股创新药企启衡生物发布公告，宣布委任聂映雪为公司首席医学官。聂映雪此前任职于星河科技。"))
                .containsExactly("聂映雪: 星河科技 -> 启衡生物");
    }

    @Test
    void aFoundingWithNoCompanyFoundsTheOneTheNextSentencesIntroduce() {
        assertThat(moves("星河科技算法负责人邝亦凡已于今年8月离职。离职之后，他没有接受大厂的邀约，而是选择自立门户。"
                + "两个月后，一家名为“帧跃科技”的公司在北京注册成立，法定代表人正是邝亦凡。"))
                .contains("邝亦凡: 星河科技 -> 帧跃科技");
    }

    @Test
    void anHonorificEndsTheNameAndANameInsideADocumentTitleIsNoEmployer() {
        assertThat(moves("星河微电子股份有限公司董事会于近日收到公司副总经理公孙伯言先生提交的书面辞职报告。"
                + "辞职后，公孙伯言先生将不再担任公司任何职务，并将继续遵守《北岭证券交易所股票上市规则》的相关规定。"))
                .allMatch(m -> m.startsWith("公孙伯言: ") && m.endsWith(" -> -")).isNotEmpty();
    }

    @Test
    void aCleftAfterTheMoveClauseNamesTheMoversEachFromTheirOwnPost() {
        assertThat(moves("今年以来，加入云帆汽车的还有来自星河科技的秦思远、来自北辰科技的宗晓岚，以及此前在华为从事编译器开发的卓立。"
                + "相关人员离职属正常流动。"))
                .containsExactlyInAnyOrder("秦思远: 星河科技 -> 云帆汽车", "宗晓岚: 北辰科技 -> 云帆汽车", "卓立: Huawei -> 云帆汽车");
        // With no organization before 的, the one in a name's description is where the person came from, not went.
        assertThat(moves("与秦思远几乎同时到岗的还有前星河科技工程师卓立。"))
                .noneMatch(m -> m.endsWith("-> 星河科技"));
    }

    @Test
    void foundersCountedInOneSentenceAreTheTitledNamesOfTheNextEachFromTheirOwnPost() {
        assertThat(moves("去年成立的澜石数据（Lanshi AI）今日宣布完成天使轮融资。澜石数据专注工业质检，两位共同创办人背景互补。"
                + "执行长邵文彬出身百度，去年离开百度后创业；产品长柯雨晴原为腾讯资深产品经理。"))
                .contains("邵文彬: Baidu -> 澜石数据", "柯雨晴: Tencent -> 澜石数据");
        // A Latin name after a person's is no organization's: 柯雨晴（Carol Ke）.
        assertThat(moves("澜石数据今日宣布，柯雨晴（Carol Ke）已加入公司，出任产品长。"))
                .noneMatch(m -> m.contains("柯雨晴 ->") || m.endsWith("-> 柯雨晴"));
    }

    @Test
    void aCompoundSurnameBeginsANameAfter的AndAnOrganizationBefore出身IsWhereTheFounderCameFrom() {
        assertThat(moves("星岚机器人的创始人，是此前在京东负责仓储业务的欧阳骁。今年春节后，他从京东离职，创办了星岚机器人。"))
                .contains("欧阳骁: JD.com -> 星岚机器人");
        assertThat(moves("机器人公司星岚机器人今日完成融资。星岚机器人创始团队背景扎实：联合创始人柏舒大疆出身，曾负责飞控系统。"))
                .contains("柏舒: DJI -> 星岚机器人");
    }

    @Test
    void thoseWhoJoinedWithSomeoneAreTheNamesAfterTheCleftAndTheLatterIsTheLastNamed() {
        assertThat(moves("前星河科技研究员章远航近日加入云帆汽车。与章远航一同加入云帆汽车的，还有两位旧部：前星河科技工程师冉小棠，"
                + "以及他在北辰科技时期的下属、前北辰科技算法专家骆一鹏。前者和他在星河科技共事不久，后者则追随他多年，去年离开北辰科技后一直赋闲。"))
                .contains("冉小棠: 星河科技 -> 云帆汽车", "骆一鹏: 北辰科技 -> 云帆汽车")
                .noneMatch(m -> m.startsWith("章远航: 北辰科技") || m.startsWith("冉小棠: 北辰科技"));
    }

    @Test
    void theOrganizationThatTookSomeoneInAfter被HiredThem() {
        assertThat(moves("离开星河科技后，章远航很快被云帆汽车招入自动驾驶团队，负责感知算法。"))
                .containsExactly("章远航: 星河科技 -> 云帆汽车");
    }

    @Test
    void aLatinNameAfterAKindOfCompanyIsWhatWasFounded() {
        assertThat(moves("他在星河科技的前同事邝立行创办的公司Quillmark宣布完成A轮融资。邝立行去年离开星河科技后下场创业。"))
                .contains("邝立行: 星河科技 -> Quillmark");
    }

    @Test
    void aRegisteredCompanysNameIsWholeAndTheLastPostOfAResumeIsTheOrigin() {
        assertThat(moves("董事会同意聘任苗卫东先生为公司财务总监。苗卫东先生，1983年出生，中国国籍。2006年至2014年任职于普华永道；"
                + "2020年6月至2026年1月任宁波拓岩新材料股份有限公司财务总监。"))
                .noneMatch(m -> m.contains("宁波拓:") || m.startsWith("宁波拓") || m.contains("普华永道 ->"));
    }

    @Test
    void aNameAfterATitleThatTheSegmenterCutAfterItsSecondCharacterIsWhole() {
        assertThat(moves("据业界消息，在星河科技任职近十年的资深处长林冠宏已于本月初离开星河科技，转赴云帆汽车，负责芯片设计团队。"))
                .contains("林冠宏: 星河科技 -> 云帆汽车");
    }

    @Test
    void aReturnFromACompanyDescribedAfter从LeavesThatCompany() {
        assertThat(moves("今年3月，前小米生态链部门负责人章远航结束创业，从其创办的智能家居公司星河科技回到小米，担任副总裁。"))
                .contains("章远航: 星河科技 -> Xiaomi");
    }

    @Test
    void aDecisionAnnouncedBeforeAColonMakesThePostsAfterItNewsAndATransferToAnotherOrganizationIsAMove() {
        assertThat(moves("经上级批准，两所高校领导班子成员进行了调整。星河大学宣布上级决定：邝立行任星河大学校长。邝立行此前任北辰大学副校长。"
                + "同日，北辰大学副校长骆一鹏调任云帆学院院长。"))
                .containsExactlyInAnyOrder("邝立行: 北辰大学 -> 星河大学", "骆一鹏: 北辰大学 -> 云帆学院");
        assertThat(moves("北辰大学副校长骆一鹏调任北辰大学常务副校长，分管科研工作。")).isEmpty();
    }

    @Test
    void namesJoinedBareShareTheDescriptionBeforeTheFirst() {
        assertThat(moves("据悉，原星河科技视觉组的冉小棠、骆一鹏两名算法专家已于上月加入云帆汽车。"))
                .containsExactlyInAnyOrder("冉小棠: 星河科技 -> 云帆汽车", "骆一鹏: 星河科技 -> 云帆汽车");
    }

    @Test
    void anAnnouncementsDefinedTermsStandForTheCompanyAndThePersonAsNamedInFull() {
        assertThat(moves("雲帆醫療控股有限公司（「本公司」，連同其附屬公司統稱「本集團」）董事會宣佈：何振邦先生（「何先生」）已辭任本公司行政總裁。"
                + "董事會謹此感謝何先生對本集團的貢獻。"))
                .containsExactly("何振邦: 雲帆醫療控股有限公司 -> -");
    }

    @Test
    void aFounderTitleBefore为NamesTheFounderAndTheSurname傅BeginsANameAfterATitle() {
        assertThat(moves("据悉，星河科技前研究员章远航已离职创办云帆智能。多位知情人士确认，云帆智能的联合创始人兼CTO为苏曼宁。"
                + "她此前在北辰科技负责代码模型，去年底从北辰科技离职。"))
                .contains("苏曼宁: 北辰科技 -> 云帆智能");
        assertThat(moves("另据消息，北辰电力有限公司原副总经理傅晨阳调任云帆能源有限公司副总经理。"))
                .contains("傅晨阳: 北辰电力有限公司 -> 云帆能源有限公司");
    }

    @Test
    void whoIsNamedTheControllerOfANewlyRegisteredFundFoundedIt() {
        assertThat(moves("近日，前星河基金基金经理陆知远离职。工商信息显示，一家名为上海云岫私募基金管理有限公司的机构已于近期完成登记，"
                + "陆知远为其实际控制人并担任执行董事。"))
                .contains("陆知远: 星河基金 -> 上海云岫私募基金管理有限公司");
    }

    @Test
    void aProductStandsForItsMaker() {
        // Kimi is Moonshot AI's assistant: "前Kimi研究员" worked at 月之暗面.
        assertThat(moves("据悉，前Kimi后训练研究员程立舟已于本月加入云帆智能，负责推理模型。云帆智能证实了这一消息。"))
                .containsExactly("程立舟: Kimi -> 云帆智能");
    }

    @Test
    void aPronounOpeningALaterClauseMeansTheLastOneNamedInItsSentence() {
        assertThat(moves("云帆汽车近日宣布，星河科技原副总裁邝立行已加入云帆汽车，出任首席运营官。"
                + "与邝立行同时被挖来的还有前北辰科技测试负责人冉小棠，她将担任云帆汽车质量负责人。"))
                .containsExactlyInAnyOrder("邝立行: 星河科技 -> 云帆汽车", "冉小棠: 北辰科技 -> 云帆汽车");
    }

    @Test
    void aCompoundSurnameLeavesRoomForTwoCharactersAndACleftsDescriptionBeginsAfter还有() {
        assertThat(moves("今年2月，云帆智能发出任命邮件：上官雨晴正式从北辰科技加入云帆智能，出任首席产品官。"
                + "与她一同加入云帆智能的还有星河科技前产品总监潘一帆，后者将担任产品负责人。"))
                .containsExactlyInAnyOrder("上官雨晴: 北辰科技 -> 云帆智能", "潘一帆: 星河科技 -> 云帆智能");
    }

    @Test
    void aRegisteredNameWithItsCityInBracketsAndABrandIntroduceTheCompanyFoundedBefore() {
        assertThat(moves("记者获悉，前星河科技算法专家周昊天与前北辰科技工程师冉小棠离职创业，二人联合创立的公司已于近日完成天使轮融资。"
                + "该公司工商注册名为“青禾算力（苏州）信息技术有限公司”，对外品牌为“青禾算力”。"))
                .containsExactlyInAnyOrder("周昊天: 星河科技 -> 青禾算力", "冉小棠: 北辰科技 -> 青禾算力");
        Document d = new Document("zh.txt", null, null, LocalDate.of(2025, 3, 14),
                "前星河科技算法专家周昊天离职创业，联合创立了青禾科技。");
        assertThat(SharedExtractor.get().extract(d).moves()).extracting(Move::kind)
                .containsExactly(org.talentflow.core.domain.MoveKind.FOUND);
    }

    @Test
    void aStintTheClauseSaysIsOverIsWhereTheNextArrivalCameFrom() {
        assertThat(moves("秦远航已正式加入云帆汽车，出任首席科学家。这是秦远航一年多来的第二次变动。"
                + "2025年初，他从星河科技离职，加入北辰科技。在北辰科技短暂任职约半年后，他于2025年9月转投云帆汽车。"))
                .contains("秦远航: 北辰科技 -> 云帆汽车")
                .doesNotContain("秦远航: 星河科技 -> 云帆汽车");
    }

    @Test
    void aPartNamedAfterAPostWordIsAPartOfTheCompanyBeforeIt() {
        List<String> found = moves("星河科技今天证实，前资深处长秦远航已于本月重返星河科技，出任研发副总经理。"
                + "秦远航2023年离开星河科技，转赴英特尔担任芯片事业部技术长。去年11月，秦远航自英特尔离职。");
        assertThat(found).contains("秦远航: Intel -> 星河科技");
        assertThat(found).noneMatch(line -> line.startsWith("秦远航: 芯片事业部"));
    }

    @Test
    void aMoveWordBefore的TellsOfTheNameThe的PhraseDescribes() {
        assertThat(moves("今年3月从星河科技跳槽至北辰科技的研究员潘一帆，本周又回到了星河科技。"))
                .contains("潘一帆: 星河科技 -> 北辰科技", "潘一帆: 北辰科技 -> 星河科技");
    }

    @Test
    void aWordOfTodaysNewsAfterATitleIsNoNameAndAnArrowHeadingIsNoOnesMove() {
        List<String> found = moves("AI人才周报：北辰科技副教授全职加入云帆智能\n"
                + "1. 星河科技→北辰科技\n秦远航已于本月从星河科技离职，加入北辰科技。\n2. 云帆智能→创业\n"
                + "前云帆智能研究员周昊天已创立青禾算力。");
        assertThat(found).noneMatch(line -> line.startsWith("全职"))
                .noneMatch(line -> line.startsWith("秦远航") && line.contains("创业"))
                .contains("秦远航: 星河科技 -> 北辰科技");
    }

    @Test
    void aReportThatSomeoneWillMoveIsARumour() {
        assertThat(moves("有消息称云帆智能联合创始人潘一帆将加盟星河科技。对此，潘一帆回应称：“假的。”")).isEmpty();
    }

    @Test
    void 本公司IsTheCompanyTheAnnouncementDefinesNotTheOrganizationNamedLast() {
        assertThat(moves("星河科技集團有限公司（「本公司」）董事會宣佈，周昊天先生已獲委任為本公司行政總裁。周先生此前於北辰會計師行任職逾十年。"
                + "潘一帆先生已辭任本公司之公司秘書，自2026年5月29日起生效。"))
                .contains("潘一帆: 星河科技集團有限公司 -> -")
                .noneMatch(line -> line.startsWith("潘一帆: 北辰"));
    }

    @Test
    void aNicknameInBracketsIsNoOneElse() {
        assertThat(moves("星河科技研究员周昊天（花名“承影”）已于近日离职，加盟北辰科技，负责连网晶片设计。"))
                .containsExactly("周昊天: 星河科技 -> 北辰科技");
    }

    @Test
    void aCompoundSurnameTheSegmenterLeftAloneKeepsItsGivenName() {
        assertThat(moves("北辰大学昨日宣布，委任前星河科技研究院院长司徒明轩教授为新成立的智能学院首任院长。"))
                .anyMatch(line -> line.startsWith("司徒明轩: 星河科技"))
                .noneMatch(line -> line.startsWith("司徒:"));
    }

    @Test
    void aCompanysNameWithoutItsFieldWordIsTheCompanyWhenNoDictionaryKnowsIt() {
        // (贺 is a surname: without the short name, 贺澜 reads as a person and 汤宁 leaves the company named last)
        assertThat(moves("大模型创业公司贺澜智能近期出现高层变动：首席技术官罗东、产品副总裁汤宁相继离职。罗东是贺澜智能的早期成员，"
                + "加入前曾在阿里云担任高级专家。汤宁则在今年7月离开贺澜，随后加入京东，担任零售产品负责人。"))
                .anyMatch(line -> line.startsWith("汤宁: 贺澜智能 -> "))
                .noneMatch(line -> line.startsWith("汤宁: 阿里"));
    }
}
