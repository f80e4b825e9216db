package org.talentflow.analytics;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.domain.Organization;
import org.talentflow.storage.MoveStore;
import org.talentflow.storage.StoredEvidence;
import org.talentflow.storage.StoredMove;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the web pages look up besides the analytics, on every store: a move and its articles, an article with its
 * text, search over names, the home-city share of alumni startups, a read-only look at a watchlist.
 */
abstract class LookupContract {

    static final List<Organization> GAZETTEER = List.of(
            new Organization("Acme", OrgKind.COMPANY, null, "NYSE:ACME", "Springfield", List.of("Acme Corp")),
            new Organization("Acme Labs", OrgKind.UNIT, "Acme", null, null, List.of("Roadrunner Research")),
            new Organization("Globex", OrgKind.COMPANY, null, null, "Cypress Creek", List.of()),
            new Organization("Hooli", OrgKind.STARTUP, null, null, "Springfield", List.of()),
            new Organization("Initech", OrgKind.STARTUP, null, null, "Austin", List.of()));

    MoveStore store;
    TalentAnalytics analytics;

    abstract MoveStore openFresh();

    @BeforeEach
    void open() {
        store = openFresh();
        store.syncOrganizations(GAZETTEER);
        analytics = new TalentAnalytics(store);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    static Move said(Document d, String person, MoveKind kind, OrgRef from, OrgRef to, String sentence) {
        int start = d.text().indexOf(sentence);
        return new Move(person, kind, from, to, null, "2025-02", 0.8, new Evidence(d.name(), sentence, start, start + sentence.length()));
    }

    @Test
    void anArticleComesWithItsTextAndWhereEachMoveItReportedSits() {
        Document d = new Document("a.txt", "https://example.com/a", "Two moves", LocalDate.of(2025, 3, 1),
                "Intro line. Ann Lee left Acme for Globex. Ben Ode left Globex for Acme.");
        store.save(d, List.of(
                said(d, "Ben Ode", MoveKind.MOVE, OrgRef.of("Globex"), OrgRef.of("Acme"), "Ben Ode left Globex for Acme."),
                said(d, "Ann Lee", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), "Ann Lee left Acme for Globex.")));
        long documentId = store.moves(MoveStore.MoveQuery.all()).get(0).evidence().get(0).documentId();

        Article article = analytics.article(documentId).orElseThrow();

        assertThat(article.title()).isEqualTo("Two moves");
        assertThat(article.text()).isEqualTo(d.text());
        assertThat(article.moves()).extracting(Article.Mention::person).containsExactly("Ann Lee", "Ben Ode");
        Article.Mention first = article.moves().get(0);
        assertThat(article.text().substring(first.start(), first.end())).isEqualTo("Ann Lee left Acme for Globex.");
        assertThat(analytics.article(documentId + 1000)).isEmpty();
    }

    @Test
    void aMoveByIdCarriesEachSourcesArticleId() {
        Document first = new Document("1.txt", null, null, LocalDate.of(2025, 3, 1), "Ann Lee left Acme for Globex.");
        Document second = new Document("2.txt", null, null, LocalDate.of(2025, 3, 2), "Globex hired Ann Lee from Acme.");
        store.save(first, List.of(said(first, "Ann Lee", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), first.text())));
        store.save(second, List.of(said(second, "Ann Lee", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), second.text())));
        long id = store.moves(MoveStore.MoveQuery.all()).get(0).id();

        StoredMove move = analytics.move(id).orElseThrow();

        assertThat(move.evidence()).extracting(StoredEvidence::doc).containsExactly("1.txt", "2.txt");
        assertThat(move.evidence()).extracting(e -> analytics.article(e.documentId()).orElseThrow().name())
                .containsExactly("1.txt", "2.txt");
        assertThat(analytics.move(id + 1000)).isEmpty();
    }

    @Test
    void peopleAreFoundByAnyPartOfAnySpellingWholeNamesFirst() {
        Document d = new Document("p.txt", null, null, null, "Chang Zhou left Acme. Zhou Chang joined Globex. Zhoumi Li joined Globex.");
        store.save(d, List.of(
                said(d, "Chang Zhou", MoveKind.LEAVE, OrgRef.of("Acme"), null, "Chang Zhou left Acme."),
                said(d, "Zhou Chang", MoveKind.JOIN, null, OrgRef.of("Globex"), "Zhou Chang joined Globex."),
                said(d, "Zhoumi Li", MoveKind.JOIN, null, OrgRef.of("Globex"), "Zhoumi Li joined Globex.")));

        assertThat(analytics.searchPeople("zhou", 10)).extracting(SearchHit::name).containsExactly("Chang Zhou", "Zhoumi Li");
        assertThat(analytics.searchPeople("ZHOU CHANG", 10)).first().satisfies(hit -> {
            assertThat(hit.name()).isEqualTo("Chang Zhou");
            assertThat(hit.moves()).isEqualTo(2);
        });
        assertThat(analytics.searchPeople("mi l", 10)).extracting(SearchHit::name).containsExactly("Zhoumi Li");
        assertThat(analytics.searchPeople("zhou", 1)).hasSize(1);
        assertThat(analytics.searchPeople("nobody", 10)).isEmpty();
    }

    @Test
    void aChineseNameIsFoundByItsCharactersOrItsPinyin() {
        Document d = new Document("zh.txt", null, null, null, "张迪加入Globex。Zhang Wei left Acme.");
        store.save(d, List.of(
                said(d, "张迪", MoveKind.JOIN, null, OrgRef.of("Globex"), "张迪加入Globex。"),
                said(d, "Zhang Wei", MoveKind.LEAVE, OrgRef.of("Acme"), null, "Zhang Wei left Acme.")));

        assertThat(analytics.searchPeople("Zhang Di", 10)).first().satisfies(hit -> assertThat(hit.name()).isEqualTo("张迪"));
        assertThat(analytics.searchPeople("di zhang", 10)).first().satisfies(hit -> assertThat(hit.name()).isEqualTo("张迪"));
        assertThat(analytics.searchPeople("張迪", 10)).extracting(SearchHit::name).containsExactly("张迪");
        assertThat(analytics.searchPeople("张", 10)).extracting(SearchHit::name).containsExactly("张迪");
        assertThat(analytics.searchPeople("zhang", 10)).extracting(SearchHit::name).containsExactly("Zhang Wei", "张迪");
        analytics.watch("mine", Watchlists.Kind.PERSON, "Di Zhang");
        assertThat(analytics.checkWatchlist("mine")).extracting(StoredMove::person).containsExactly("张迪");
    }

    @Test
    void percentAndUnderscoreInASearchAreLiteral() {
        Document d = new Document("w.txt", null, null, null, "Ann Lee left Acme.");
        store.save(d, List.of(said(d, "Ann Lee", MoveKind.LEAVE, OrgRef.of("Acme"), null, d.text())));

        assertThat(analytics.searchPeople("%", 10)).isEmpty();
        assertThat(analytics.searchPeople("_", 10)).isEmpty();
        assertThat(analytics.searchOrganizations("a%e", 10)).isEmpty();
    }

    @Test
    void organizationsAreFoundByNameOrAliasWithTheirUnitsMoves() {
        Document d = new Document("o.txt", null, null, null, "Ann Lee left Acme Labs for Globex.");
        store.save(d, List.of(said(d, "Ann Lee", MoveKind.MOVE, new OrgRef("Acme", "Acme Labs"), OrgRef.of("Globex"), d.text())));

        List<SearchHit> acme = analytics.searchOrganizations("ACME", 10);
        List<SearchHit> roadrunner = analytics.searchOrganizations("roadrunner", 10);

        assertThat(acme).extracting(SearchHit::name, SearchHit::detail, SearchHit::moves).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Acme", "company", 1),
                org.assertj.core.groups.Tuple.tuple("Acme Labs", "unit of Acme", 1));
        assertThat(roadrunner).singleElement().satisfies(hit -> {
            assertThat(hit.name()).isEqualTo("Acme Labs");
            assertThat(hit.alias()).isEqualTo("Roadrunner Research");
        });
        assertThat(analytics.searchOrganizations("labs", 10)).extracting(SearchHit::name).containsExactly("Acme Labs");
    }

    @Test
    void homeCityShareCountsDistinctAlumniStartupsInTheOrganizationsCity() {
        Document d = new Document("f.txt", null, null, LocalDate.of(2025, 1, 1),
                "Ann Lee left Acme to found Hooli. Ben Ode left Acme to found Hooli. Cy Dee left Acme Labs to found Initech. "
                        + "Di Fu left Acme to found Vandelay.");
        store.save(d, List.of(
                said(d, "Ann Lee", MoveKind.FOUND, OrgRef.of("Acme"), OrgRef.of("Hooli"), "Ann Lee left Acme to found Hooli."),
                said(d, "Ben Ode", MoveKind.FOUND, OrgRef.of("Acme"), OrgRef.of("Hooli"), "Ben Ode left Acme to found Hooli."),
                said(d, "Cy Dee", MoveKind.FOUND, new OrgRef("Acme", "Acme Labs"), OrgRef.of("Initech"),
                        "Cy Dee left Acme Labs to found Initech."),
                said(d, "Di Fu", MoveKind.FOUND, OrgRef.of("Acme"), OrgRef.of("Vandelay"), "Di Fu left Acme to found Vandelay.")));

        HomeCityShare share = analytics.alumniHomeCityShare("acme corp");

        assertThat(share).isEqualTo(new HomeCityShare("Springfield", 3, 2, 1));
        assertThat(share.share()).isEqualTo(0.5);
        assertThat(analytics.alumniHomeCityShare("Globex").share()).isNull();
        assertThat(analytics.alumniHomeCityShare("Nowhere Inc")).isEqualTo(new HomeCityShare(null, 0, 0, 0));
    }

    @Test
    void aReadOnlyLookAtAWatchlistLeavesItsMarkInPlace() {
        analytics.watch("mine", Watchlists.Kind.ORG, "Globex");
        Document d = new Document("l.txt", null, null, null, "Ann Lee left Acme for Globex.");
        store.save(d, List.of(said(d, "Ann Lee", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), d.text())));

        List<StoredMove> look = analytics.unseenWatchlistMoves("mine");
        List<StoredMove> again = analytics.unseenWatchlistMoves("mine");
        List<StoredMove> check = analytics.checkWatchlist("mine");

        assertThat(look).extracting(StoredMove::person).containsExactly("Ann Lee");
        assertThat(again).isEqualTo(look);
        assertThat(check).isEqualTo(look);
        assertThat(analytics.unseenWatchlistMoves("mine")).isEmpty();
        assertThat(analytics.watchlists()).containsExactly(new Watchlists.Summary("mine", 1));
        assertThat(analytics.watchlistExists("mine")).isTrue();
        assertThat(analytics.watchlistExists("theirs")).isFalse();
        assertThat(analytics.unseenWatchlistMoves("theirs")).isEmpty();
    }

    @Test
    void theMovesBehindAFlowAreThoseItCountsAtItsLevel() {
        Document d = new Document("fl.txt", null, null, LocalDate.of(2025, 4, 1),
                "Ann Lee left Acme Labs for Globex. Ben Ode left Acme for Globex. Cy Dee left Globex for Acme.");
        store.save(d, List.of(
                said(d, "Ann Lee", MoveKind.MOVE, new OrgRef("Acme", "Acme Labs"), OrgRef.of("Globex"), "Ann Lee left Acme Labs for Globex."),
                said(d, "Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), "Ben Ode left Acme for Globex."),
                said(d, "Cy Dee", MoveKind.MOVE, OrgRef.of("Globex"), OrgRef.of("Acme"), "Cy Dee left Globex for Acme.")));

        assertThat(analytics.flowMoves("Acme", "Globex", null, null, FlowLevel.PARENT, 10))
                .extracting(StoredMove::person).containsExactlyInAnyOrder("Ann Lee", "Ben Ode");
        assertThat(analytics.flowMoves("Acme Labs", "Globex", null, null, FlowLevel.UNIT, 10))
                .extracting(StoredMove::person).containsExactly("Ann Lee");
        assertThat(analytics.flowMoves("Acme", "Globex", null, null, FlowLevel.UNIT, 10))
                .extracting(StoredMove::person).containsExactly("Ben Ode");
        assertThat(analytics.flowMoves("Acme", "Globex", LocalDate.of(2026, 1, 1), null, FlowLevel.PARENT, 10)).isEmpty();
        assertThat(analytics.flowMoves("Acme", "Nowhere", null, null, FlowLevel.PARENT, 10)).isEmpty();
    }
}
