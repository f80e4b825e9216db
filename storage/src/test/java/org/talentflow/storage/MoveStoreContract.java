package org.talentflow.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.domain.Organization;
import org.talentflow.core.extract.DocumentExtractor;
import org.talentflow.core.ingest.IngestArticle;
import org.talentflow.core.ingest.ReextractArticles;
import org.talentflow.core.ingest.StoredArticles.Replaced;
import org.talentflow.core.ingest.SaveResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentflow.storage.testing.StoreFixtures.FIRST;
import static org.talentflow.storage.testing.StoreFixtures.GAZETTEER;
import static org.talentflow.storage.testing.StoreFixtures.HIRE;
import static org.talentflow.storage.testing.StoreFixtures.doc;
import static org.talentflow.storage.testing.StoreFixtures.hire;
import static org.talentflow.storage.testing.StoreFixtures.move;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What every store (embedded H2, PostgreSQL, DuckDB) must do; subclasses say how to open a fresh one. */
abstract class MoveStoreContract {

    MoveStore store;

    /** A fresh, empty store. */
    abstract MoveStore openFresh();

    /** The same store opened again (a new connection, migrations run again). */
    abstract MoveStore reopen();

    /** A second fresh, empty store beside the first, of the same kind (the caller closes it). */
    abstract MoveStore openAnother();

    /** Whether this kind of store keeps the summaries of moves (H2 and PostgreSQL do; DuckDB has plain tables). */
    boolean keepsSummaries() {
        return true;
    }

    /** Every summary equals a recount of the moves, on a store that keeps them. */
    private void assertSummariesEqualARecount(boolean nonEmpty) {
        for (String table : SummaryRecount.TABLES.keySet()) {
            List<List<String>> both = store.read(s -> SummaryRecount.compare(s.sql(), table));
            if (nonEmpty) {
                assertThat(both.get(0)).as(table).isNotEmpty();
            }
            assertThat(both.get(0)).as(table).isEqualTo(both.get(1));
        }
    }

    @BeforeEach
    void open() {
        store = openFresh();
        store.syncOrganizations(GAZETTEER);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void savedMovesComeBackWithTheirEvidenceAndOffsets() {
        SaveResult result = store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));

        assertThat(result).isEqualTo(new SaveResult(false, 1, 0, null));
        StoredMove m = store.moves(MoveStore.MoveQuery.all()).get(0);
        assertThat(m.person()).isEqualTo("Maria Gonzalez");
        assertThat(m.fromOrganization()).isEqualTo("Acme");
        assertThat(m.fromUnit()).isEqualTo("Acme Labs");
        assertThat(m.toOrganization()).isEqualTo("Globex");
        assertThat(m.date()).isEqualTo("2025-02");
        StoredEvidence e = m.evidence().get(0);
        assertThat(FIRST.text().substring(e.start(), e.end())).isEqualTo(e.sentence()).isEqualTo(HIRE);
        assertThat(e.published()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(e.url()).isEqualTo("https://example.com/a.txt");
    }

    @Test
    void theSameDocumentTwiceChangesNothing() {
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));
        MoveStore.Counts counts = store.counts();
        String digest = store.contentDigest();

        SaveResult again = store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));
        Document renamed = new Document("copy.txt", null, null, null, FIRST.text());
        SaveResult copy = store.save(renamed, List.of(hire(renamed, "Maria Gonzalez")));

        assertThat(again.duplicate()).isTrue();
        assertThat(copy.duplicate()).isTrue();
        assertThat(store.counts()).isEqualTo(counts);
        assertThat(store.contentDigest()).isEqualTo(digest);
    }

    @Test
    void theSameMoveFromTwoArticlesIsOneMoveWithTwoSources() {
        Document second = doc("b.txt", LocalDate.of(2025, 3, 9), "Globex confirmed it. " + HIRE);
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));

        SaveResult result = store.save(second, List.of(hire(second, "Maria Gonzalez")));

        assertThat(result).isEqualTo(new SaveResult(false, 0, 1, null));
        assertThat(store.moves(MoveStore.MoveQuery.all())).singleElement()
                .satisfies(m -> assertThat(m.evidence()).extracting(StoredEvidence::doc).containsExactly("a.txt", "b.txt"));
    }

    @Test
    void oneNameInEitherOrderIsOnePerson() {
        Document a = doc("a.txt", null, "Zhou Chang left Acme for Globex.");
        Document b = doc("b.txt", null, "Chang Zhou joined Globex from Acme.");
        store.save(a, List.of(move(a, "Zhou Chang", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, a.text())));
        store.save(b, List.of(move(b, "Chang Zhou", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, b.text())));

        assertThat(store.counts().people()).isEqualTo(1);
        assertThat(store.person("Chang Zhou")).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Zhou Chang");
            assertThat(p.aliases()).containsExactly("Chang Zhou");
            assertThat(p.moves()).singleElement().satisfies(m -> assertThat(m.evidence()).hasSize(2));
        });
    }

    @Test
    void aHanNameAndItsPinyinAreOnePersonFoundByEither() {
        Document a = doc("zh.txt", null, "张迪离开Acme，加入Globex。");
        Document b = doc("en.txt", null, "Di Zhang joined Globex from Acme.");
        store.save(a, List.of(move(a, "张迪", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, a.text())));
        store.save(b, List.of(move(b, "Di Zhang", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, b.text())));

        assertThat(store.counts().people()).isEqualTo(1);
        assertThat(store.person("Zhang Di")).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("张迪");
            assertThat(p.aliases()).containsExactlyInAnyOrder("Zhang Di", "Di Zhang");
            assertThat(p.moves()).singleElement().satisfies(m -> assertThat(m.evidence()).hasSize(2));
        });
        assertThat(store.person("张迪")).isPresent();
        assertThat(store.person("張迪")).isPresent();
        assertThat(store.person("zhang di")).isPresent();
    }

    @Test
    void aHanNameSeenAfterItsPinyinBecomesTheNameAndThePinyinAnAlias() {
        Document a = doc("en.txt", null, "Zhou Chang left Acme for Globex.");
        Document b = doc("zh.txt", null, "周畅离开Acme，加入Globex。");
        Document c = doc("en2.txt", null, "Chang Zhou joined Globex from Acme.");
        store.save(a, List.of(move(a, "Zhou Chang", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, a.text())));
        store.save(b, List.of(move(b, "周畅", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, b.text())));
        store.save(c, List.of(move(c, "Chang Zhou", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, c.text())));

        assertThat(store.counts().people()).isEqualTo(1);
        assertThat(store.person("Zhou Chang")).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("周畅");
            assertThat(p.pinyin()).isEqualTo("Zhou Chang");
            assertThat(p.aliases()).containsExactlyInAnyOrder("Zhou Chang", "Chang Zhou");
            assertThat(p.moves()).singleElement().satisfies(m -> {
                assertThat(m.person()).isEqualTo("周畅");
                assertThat(m.personPinyin()).isEqualTo("Zhou Chang");
                assertThat(m.evidence()).hasSize(3);
            });
        });
        assertThat(store.moves(MoveStore.MoveQuery.all())).extracting(StoredMove::person).containsExactly("周畅");
    }

    @Test
    void anOrganizationCountsTheMovesOfItsUnitsAndIsFoundByAlias() {
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));

        OrgView acme = store.organization("acme corp").orElseThrow();

        assertThat(acme.organization().name()).isEqualTo("Acme");
        assertThat(acme.organization().ticker()).isEqualTo("NYSE:ACME");
        assertThat(acme.units()).containsExactly("Acme Labs");
        assertThat(acme.departures().moves()).extracting(StoredMove::person).containsExactly("Maria Gonzalez");
        assertThat(store.organization("Globex").orElseThrow().arrivals().moves()).hasSize(1);
        assertThat(store.organization("Acme Research").orElseThrow().departures().moves()).hasSize(1);
        assertThat(store.moves(new MoveStore.MoveQuery(null, "Acme", null, null, null))).hasSize(1);
    }

    @Test
    void syncingTheGazetteerAgainChangesNothing() {
        String digest = store.contentDigest();

        store.syncOrganizations(GAZETTEER);

        assertThat(store.contentDigest()).isEqualTo(digest);
        assertThat(store.counts().organizations()).as("the gazetteer's organizations count once a move names them").isZero();
    }

    @Test
    void aFailedSaveLeavesNothingBehind() {
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));
        MoveStore.Counts counts = store.counts();
        String digest = store.contentDigest();
        Document d = doc("bad.txt", null, "Ben Ode left Acme for Globex. Ann Lee joined Initech.");
        Move good = move(d, "Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, "Ben Ode left Acme for Globex.");
        // The database refuses the second move mid-document, after the document, a person and a move were written.
        Move noSentence = new Move("Ann Lee", MoveKind.JOIN, null, OrgRef.of("Initech"), null, null, 0.5,
                new Evidence("bad.txt", null, 30, 53));
        Move hugeRole = new Move("Ann Lee", MoveKind.JOIN, null, OrgRef.of("Initech"), "x".repeat(5000), null, 0.5,
                good.evidence());
        Move noName = new Move(" ", MoveKind.JOIN, null, OrgRef.of("Initech"), null, null, 0.5, good.evidence());

        for (Move bad : List.of(noSentence, hugeRole, noName)) {
            assertThatThrownBy(() -> store.save(d, List.of(good, bad)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("rolled back");
            assertThat(store.counts()).isEqualTo(counts);
            assertThat(store.contentDigest()).isEqualTo(digest);
        }
        assertThat(store.save(d, List.of(good)).newMoves()).isEqualTo(1);
    }

    @Test
    void reopeningKeepsTheDataAndMigrationsDoNotRunTwice() {
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));
        String digest = store.contentDigest();
        store.close();

        store = reopen();

        assertThat(store.contentDigest()).isEqualTo(digest);
        assertThat(store.counts().moves()).isEqualTo(1);
    }

    @Test
    void hostileNamesAreStoredAsText() {
        String name = "Robert'); DROP TABLE moves;--";
        Document d = doc("x.txt", null, name + " joined Globex.");
        store.save(d, List.of(move(d, name, MoveKind.JOIN, null, OrgRef.of("Globex"), null, d.text())));

        assertThat(store.moves(new MoveStore.MoveQuery(name, null, null, null, 10)))
                .singleElement().satisfies(m -> assertThat(m.person()).isEqualTo(name));
        assertThat(store.organization("x' OR '1'='1")).isEmpty();
        assertThat(store.person(name)).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo(name));
        assertThat(store.counts().moves()).isEqualTo(1);
    }

    @Test
    void aMovesOwnDateWinsOverItsPublicationAndAnUndatedMoveTakesItsFirstReport() {
        Document late = doc("late.txt", LocalDate.of(2025, 6, 1), "Ben Ode left Acme for Globex.");
        Document early = doc("early.txt", LocalDate.of(2025, 1, 10), "Globex hired Ben Ode from Acme.");
        Document dated = doc("dated.txt", LocalDate.of(2023, 5, 1), "Ann Lee joined Initech.");
        Document datedLater = doc("dated2.txt", LocalDate.of(2023, 6, 1), "Ann Lee joined Initech in 2024, it said.");
        store.save(late, List.of(move(late, "Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, late.text())));
        store.save(early, List.of(move(early, "Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, early.text())));
        store.save(dated, List.of(move(dated, "Ann Lee", MoveKind.JOIN, null, OrgRef.of("Initech"), null, dated.text())));
        store.save(datedLater, List.of(move(datedLater, "Ann Lee", MoveKind.JOIN, null, OrgRef.of("Initech"), "2024",
                datedLater.text())));

        // Ben Ode: undated, first reported 2025-01-10 (the later article arrived first). Ann Lee: dated 2024.
        assertThat(store.moves(new MoveStore.MoveQuery(null, null, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 10), null)))
                .extracting(StoredMove::person).containsExactly("Ben Ode");
        assertThat(store.moves(new MoveStore.MoveQuery(null, null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), null)))
                .singleElement().satisfies(m -> assertThat(m.date()).isEqualTo("2024"));
        assertThat(store.moves(new MoveStore.MoveQuery(null, null, null, LocalDate.of(2023, 12, 31), null))).isEmpty();
    }

    @Test
    void theFeedIsNewestFirstThenLatestReportedAndHonoursItsLimit() {
        Document a = doc("a1.txt", LocalDate.of(2025, 3, 1), "Ann Lee joined Globex.");
        Document b = doc("b1.txt", LocalDate.of(2025, 3, 20), "Ben Ode joined Globex.");
        Document c = doc("c1.txt", LocalDate.of(2024, 1, 5), "Chen Wei joined Globex.");
        Document d = doc("d1.txt", null, "Dana Ray joined Globex.");
        for (Document x : List.of(a, b, c, d)) {
            String name = x.text().substring(0, x.text().indexOf(" joined"));
            String date = x == c ? null : x == d ? null : "2025-02";
            store.save(x, List.of(move(x, name, MoveKind.JOIN, null, OrgRef.of("Globex"), date, x.text())));
        }

        assertThat(store.moves(MoveStore.MoveQuery.all())).extracting(StoredMove::person)
                .containsExactly("Ben Ode", "Ann Lee", "Chen Wei", "Dana Ray");
        assertThat(store.moves(new MoveStore.MoveQuery(null, "globex", null, null, 2))).extracting(StoredMove::person)
                .containsExactly("Ben Ode", "Ann Lee");
        assertThat(store.person("ann lee").orElseThrow().moves()).hasSize(1);
    }

    @Test
    void aPersonIsFoundByAnySpellingAndTheTimelineIsOldestFirst() {
        Document a = doc("p1.txt", LocalDate.of(2020, 1, 1), "Dr. José A. Núñez joined Acme.");
        Document b = doc("p2.txt", LocalDate.of(2024, 1, 1), "Jose Nunez left Acme for Globex.");
        store.save(a, List.of(move(a, "Dr. José A. Núñez", MoveKind.JOIN, null, OrgRef.of("Acme"), "2020", a.text())));
        store.save(b, List.of(move(b, "Jose Nunez", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), "2024", b.text())));

        assertThat(store.counts().people()).isEqualTo(1);
        assertThat(store.person("NUNEZ JOSE")).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Dr. José A. Núñez");
            assertThat(p.aliases()).containsExactly("Jose Nunez");
            assertThat(p.moves()).extracting(StoredMove::kind).containsExactly(MoveKind.JOIN, MoveKind.MOVE);
        });
        assertThat(store.person("jose nunez")).isPresent();
        assertThat(store.person("Someone Else")).isEmpty();
    }

    @Test
    void anUnknownUnitIsCreatedUnderItsOrganizationAndUnitsOfUnitsRollUp() {
        store.syncOrganizations(List.of(new Organization("Acme Vision", OrgKind.UNIT, "Acme Labs", null, null, List.of())));
        Document d = doc("v.txt", LocalDate.of(2025, 4, 1), "Ann Lee joined Acme's vision team. Ben Ode joined Acme's new robotics group.");
        store.save(d, List.of(
                move(d, "Ann Lee", MoveKind.JOIN, null, new OrgRef("Acme", "Acme Vision"), null, "Ann Lee joined Acme's vision team."),
                move(d, "Ben Ode", MoveKind.JOIN, null, new OrgRef("Acme", "Acme Robotics"), null,
                        "Ben Ode joined Acme's new robotics group.")));

        assertThat(store.organization("Acme Robotics")).hasValueSatisfying(o -> {
            assertThat(o.organization().kind()).isEqualTo(OrgKind.UNIT);
            assertThat(o.organization().parent()).isEqualTo("Acme");
        });
        assertThat(store.organization("Acme Labs").orElseThrow().arrivals().moves()).extracting(StoredMove::person)
                .containsExactly("Ann Lee");
        assertThat(store.organization("Acme").orElseThrow().arrivals().moves()).hasSize(2);
        assertThat(store.moves(new MoveStore.MoveQuery(null, "Acme Labs", null, null, null))).hasSize(1);
    }

    @Test
    void anOrganizationMadeOnTheFlyBecomesTheGazetteerEntryOfTheSameName() {
        Document d = doc("h.txt", null, "Chen Wei founded hooli robotics.");
        store.save(d, List.of(move(d, "Chen Wei", MoveKind.FOUND, null, OrgRef.of("hooli robotics"), null, d.text())));

        store.syncOrganizations(List.of(new Organization("Hooli Robotics", OrgKind.STARTUP, null, null, "Palo Alto", List.of("Hooli"))));
        String digest = store.contentDigest();
        store.syncOrganizations(List.of(new Organization("Hooli Robotics", OrgKind.STARTUP, null, null, "Palo Alto", List.of("Hooli"))));

        assertThat(store.contentDigest()).isEqualTo(digest);
        assertThat(store.organization("hooli")).hasValueSatisfying(o -> {
            assertThat(o.organization().name()).isEqualTo("Hooli Robotics");
            assertThat(o.organization().city()).isEqualTo("Palo Alto");
            assertThat(o.arrivals().moves()).hasSize(1);
        });
    }

    @Test
    void aMergedMoveKeepsTheFirstRoleAndDateAndTheHighestConfidence() {
        Document a = doc("m1.txt", LocalDate.of(2025, 3, 1), "Ben Ode left Acme for Globex.");
        Document b = doc("m2.txt", LocalDate.of(2025, 3, 2), "Ben Ode, Acme's former VP, joined Globex in February.");
        store.save(a, List.of(new Move("Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, null, 0.6,
                new Evidence("m1.txt", a.text(), 0, a.text().length()))));
        store.save(b, List.of(new Move("Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), "vice president", "2025-02",
                0.9, new Evidence("m2.txt", b.text(), 0, b.text().length()))));
        Document c = doc("m3.txt", LocalDate.of(2025, 3, 3), "Globex's new engineer Ben Ode came from Acme in 2024.");
        store.save(c, List.of(new Move("Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), "engineer", "2024",
                0.7, new Evidence("m3.txt", c.text(), 0, c.text().length()))));

        assertThat(store.moves(MoveStore.MoveQuery.all())).singleElement().satisfies(m -> {
            assertThat(m.role()).isEqualTo("vice president");
            assertThat(m.date()).isEqualTo("2025-02");
            assertThat(m.confidence()).isEqualTo(0.9);
            assertThat(m.evidence()).extracting(StoredEvidence::confidence).containsExactly(0.6, 0.9, 0.7);
        });
    }

    @Test
    void textWithControlCharactersKeepsItsOffsets() {
        String text = "Binary junk \u0000\u0001 then: Ann Lee joined Globex.";
        Document d = doc("nul.txt", null, text);
        store.save(d, List.of(move(d, "Ann Lee", MoveKind.JOIN, null, OrgRef.of("Globex"), null, "Ann Lee joined Globex.")));

        StoredEvidence e = store.moves(MoveStore.MoveQuery.all()).get(0).evidence().get(0);
        assertThat(text.substring(e.start(), e.end())).isEqualTo(e.sentence());
        assertThat(store.save(d, List.of()).duplicate()).isTrue();
    }

    // Syndication: copies of one story are one source; a copy adds evidence, never a second move.

    static final String STORY_HIRE = "Maria Gonzalez, head of Acme's speech team, has joined Globex as chief scientist.";
    static final String STORY = STORY_HIRE + " She will build a new research group in Cypress Creek focused on spoken "
            + "language models, the company said on Tuesday. Acme said the speech team would be led in the interim by "
            + "her deputy, Tom Baker.";

    static Document at(String site, String name, LocalDate published, String text) {
        return new Document(name, "https://" + site + "/news/" + name, "Title " + name, published, text);
    }

    static Move report(Document d, MoveKind kind, OrgRef from, OrgRef to, String role, String sentence) {
        int start = d.text().indexOf(sentence);
        return new Move("Maria Gonzalez", kind, from, to, role, null, 0.8,
                new Evidence(d.name(), sentence, start, start + sentence.length()));
    }

    static Move storyHire(Document d) {
        return report(d, MoveKind.MOVE, new OrgRef("Acme", "Acme Labs"), OrgRef.of("Globex"), "head of speech", STORY_HIRE);
    }

    @Test
    void aSyndicatedCopyAddsEvidenceNotASecondMove() {
        Document story = at("wire.example", "story.txt", LocalDate.of(2025, 3, 4), STORY);
        Document copy = at("daily.example", "copy.txt", LocalDate.of(2025, 3, 5),
                "By Jane Smith\n\n" + STORY.replace("on Tuesday", "this week") + "\n\nAll rights reserved.");
        store.save(story, List.of(storyHire(story)));

        // The copy's extraction came out differently: a join without the origin, the role worded otherwise.
        SaveResult result = store.save(copy, List.of(
                report(copy, MoveKind.JOIN, null, OrgRef.of("Globex"), "chief scientist", STORY_HIRE)));

        assertThat(result).isEqualTo(new SaveResult(false, 0, 1, "story.txt"));
        assertThat(result.nearDuplicate()).isTrue();
        assertThat(store.moves(MoveStore.MoveQuery.all())).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MoveKind.MOVE);
            assertThat(m.role()).isEqualTo("head of speech");
            assertThat(m.documents()).isEqualTo(2);
            assertThat(m.sources()).isEqualTo(1);
            assertThat(m.evidence()).extracting(StoredEvidence::doc, StoredEvidence::site, StoredEvidence::copyOf)
                    .containsExactly(tuple("story.txt", "wire.example", null), tuple("copy.txt", "daily.example", "story.txt"));
        });
        assertThat(store.counts().documents()).isEqualTo(2);
        assertThat(store.counts().stories()).isEqualTo(1);
    }

    @Test
    void anIndependentReportIsASecondSourceButTwoStoriesOfOneSiteAreOne() {
        Document story = at("wire.example", "story.txt", LocalDate.of(2025, 3, 4), STORY);
        String other = "Globex has hired Maria Gonzalez from Acme, a spokesperson confirmed to reporters.";
        Document own = at("daily.example", "own.txt", LocalDate.of(2025, 3, 6), other);
        Document followUp = at("wire.example", "follow.txt", LocalDate.of(2025, 3, 8), "In a follow-up: " + other);
        store.save(story, List.of(storyHire(story)));
        store.save(own, List.of(report(own, MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, other)));

        assertThat(store.moves(MoveStore.MoveQuery.all())).singleElement()
                .satisfies(m -> assertThat(m.sources()).isEqualTo(2));

        store.save(followUp, List.of(report(followUp, MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, other)));

        assertThat(store.moves(MoveStore.MoveQuery.all())).singleElement().satisfies(m -> {
            assertThat(m.documents()).isEqualTo(3);
            assertThat(m.sources()).isEqualTo(2);
        });
    }

    @Test
    void aConflictingClaimInACopyStaysSideBySide() {
        Document story = at("wire.example", "story.txt", LocalDate.of(2025, 3, 4), STORY);
        String otherHire = STORY_HIRE.replace("Globex", "Initech");
        Document copy = at("daily.example", "copy.txt", LocalDate.of(2025, 3, 5), STORY.replace(STORY_HIRE, otherHire));
        store.save(story, List.of(storyHire(story)));

        SaveResult result = store.save(copy, List.of(
                report(copy, MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Initech"), null, otherHire)));

        assertThat(result.copyOf()).isEqualTo("story.txt");
        assertThat(result.newMoves()).isEqualTo(1);
        assertThat(store.moves(MoveStore.MoveQuery.all())).extracting(StoredMove::toOrganization)
                .containsExactlyInAnyOrder("Globex", "Initech");
    }

    @Test
    void aCopyOfACopyBelongsToTheFirstStory() {
        Document story = at("wire.example", "story.txt", LocalDate.of(2025, 3, 4), STORY);
        Document copy = at("daily.example", "copy.txt", null, STORY + " Reporting by Jane Smith; editing by Ed Lee.");
        Document copyOfCopy = at("blog.example", "again.txt", null,
                "Reposted: " + copy.text().replace("on Tuesday", "") + " Comments are closed.");
        store.save(story, List.of(storyHire(story)));
        store.save(copy, List.of(storyHire(copy)));

        SaveResult result = store.save(copyOfCopy, List.of(storyHire(copyOfCopy)));

        assertThat(result.copyOf()).isEqualTo("story.txt");
        assertThat(store.counts().stories()).isEqualTo(1);
        assertThat(store.moves(MoveStore.MoveQuery.all())).singleElement().satisfies(m -> {
            assertThat(m.documents()).isEqualTo(3);
            assertThat(m.sources()).isEqualTo(1);
        });
    }

    @Test
    void aDifferentStoryAboutTheSamePersonIsNotACopy() {
        Document story = at("wire.example", "story.txt", LocalDate.of(2025, 3, 4), STORY);
        String leave = "Maria Gonzalez, chief scientist at Globex, is leaving to found her own start-up in Cypress Creek, "
                + "according to two people familiar with the matter. Her company will sell voice tools to hospitals.";
        Document later = at("wire.example", "later.txt", LocalDate.of(2026, 1, 4), leave);
        store.save(story, List.of(storyHire(story)));

        SaveResult result = store.save(later, List.of());

        assertThat(result.nearDuplicate()).isFalse();
        assertThat(store.counts().stories()).isEqualTo(2);
    }

    @Test
    void withRecognitionOffEveryTextIsAStoryOfItsOwn() {
        Document story = at("wire.example", "story.txt", LocalDate.of(2025, 3, 4), STORY);
        Document copy = at("daily.example", "copy.txt", null, "By Jane Smith. " + STORY);
        store.recognizeCopies(false);

        store.save(story, List.of(storyHire(story)));
        SaveResult result = store.save(copy, List.of(storyHire(copy)));

        assertThat(result.nearDuplicate()).isFalse();
        assertThat(store.counts().stories()).isEqualTo(2);
        assertThat(store.moves(MoveStore.MoveQuery.all())).singleElement()
                .satisfies(m -> assertThat(m.sources()).isEqualTo(2));
    }

    @Test
    void theDigestSeesStoryLinksAndSourceCounts() {
        Document story = at("wire.example", "story.txt", LocalDate.of(2025, 3, 4), STORY);
        Document copy = at("daily.example", "copy.txt", null, "By Jane Smith. " + STORY);
        store.save(story, List.of(storyHire(story)));
        store.save(copy, List.of(storyHire(copy)));
        String digest = store.contentDigest();

        store.sql().update("UPDATE documents SET story_id = id");
        String unlinked = store.contentDigest();
        store.sql().update("UPDATE moves SET source_count = 7");

        assertThat(unlinked).isNotEqualTo(digest);
        assertThat(store.contentDigest()).isNotEqualTo(unlinked);
    }

    @Test
    void aStoreFromBeforeSyndicationGetsSignaturesOnOpenAndRecognizesCopiesOfItsDocuments() {
        Document story = at("wire.example", "story.txt", LocalDate.of(2025, 3, 4), STORY);
        store.save(story, List.of(storyHire(story)));
        String digest = store.contentDigest();
        store.sql().transaction(() -> {
            // What V5 leaves behind for a document stored before it.
            store.sql().update("DELETE FROM document_bands");
            store.sql().update("UPDATE documents SET signature = NULL, story_id = NULL, site = NULL, source_key = NULL");
            store.sql().update("UPDATE moves SET document_count = 0, source_count = 0");
            return null;
        });
        store.close();

        store = reopen();

        assertThat(store.contentDigest()).isEqualTo(digest);
        Document copy = at("daily.example", "copy.txt", null, "By Jane Smith. " + STORY);
        assertThat(store.save(copy, List.of(storyHire(copy))).copyOf()).isEqualTo("story.txt");
        assertThat(store.moves(MoveStore.MoveQuery.all())).singleElement().satisfies(m -> {
            assertThat(m.documents()).isEqualTo(2);
            assertThat(m.sources()).isEqualTo(1);
        });
    }

    @Test
    void aStoredTextIsKnownByItsHashBeforeExtraction() {
        store.save(FIRST, List.of());

        assertThat(store.hasDocument(FIRST.contentHash())).isTrue();
        assertThat(store.hasDocument(doc("b.txt", null, "Other text.").contentHash())).isFalse();
    }

    @Test
    void aFinishedInputIsSkippedUntilItChanges() {
        MoveStore.InputFile file = new MoveStore.InputFile("/data/news/" + "x".repeat(3000) + ".jsonl", 1200, 1_700_000_000_000L);

        assertThat(store.finished(file)).isFalse();
        store.markFinished(file, 12);
        store.markFinished(file, 12);

        assertThat(store.finished(file)).isTrue();
        assertThat(store.finished(new MoveStore.InputFile(file.path(), 1300, file.modified()))).isFalse();
        assertThat(store.finished(new MoveStore.InputFile(file.path(), file.size(), file.modified() + 1))).isFalse();
        store.markFinished(new MoveStore.InputFile(file.path(), 1300, file.modified() + 1), 13);
        assertThat(store.finished(file)).isFalse();
    }

    @Test
    void readsRunWhileAWriteIsOpenAndSeeOnlyWhatIsCommitted() throws Exception {
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            long seenDuringWrite = store.write(s -> {
                s.sql().update("INSERT INTO watchlists (name) VALUES (?)", "open");
                // A store whose reads waited for the writer would never answer here.
                Future<Long> read = reader.submit(() -> store.read(r -> r.sql().queryLong("SELECT COUNT(*) FROM watchlists")));
                try {
                    assertThat(store.moves(MoveStore.MoveQuery.all())).isNotNull();
                    return read.get(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("a read waited for the open write", e);
                }
            });

            assertThat(seenDuringWrite).isZero();
            Long seenAfter = store.read(r -> r.sql().queryLong("SELECT COUNT(*) FROM watchlists"));
            assertThat(seenAfter).isEqualTo(1L);
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void manyReadersAtOnceGetTheSameAnswers() throws Exception {
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));
        OrgView expected = store.organization("Acme").orElseThrow();
        ExecutorService readers = Executors.newFixedThreadPool(12);
        try {
            List<CompletableFuture<OrgView>> answers = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> store.organization("acme corp").orElseThrow(), readers));
            }
            for (CompletableFuture<OrgView> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void theSummariesAlwaysEqualARecountOfTheMoves() {
        saveRandomMovesThenEditThemDirectly();

        assertThat(store.counts().moves()).isGreaterThan(10);
        assumeTrue(keepsSummaries(), "this store keeps no summaries");
        assertSummariesEqualARecount(true);
    }

    @Test
    void aStoreWithoutSummariesHasNoSummaryTables() {
        assumeFalse(keepsSummaries(), "this store keeps summaries");
        List<String> tables = store.read(s -> s.sql().strings("SELECT table_name FROM information_schema.tables"));

        assertThat(tables).contains("moves", "evidence", "documents").doesNotContainAnyElementsOf(SummaryRecount.TABLES.keySet());
    }

    @Test
    void theMigrationsFillTheSummariesOfMovesStoredBeforeThem() throws Exception {
        assumeTrue(keepsSummaries(), "this store keeps no summaries");
        saveRandomMovesThenEditThemDirectly();
        List<String> fills = new java.util.ArrayList<>();
        for (String script : List.of("R__summary_rules.sql", "V9__rolling_spans.sql")) {
            try (var in = getClass().getResourceAsStream("/db/migration/" + script)) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
                java.util.Arrays.stream(text.split(";")).map(String::strip).filter(st -> st.startsWith("INSERT") || st.startsWith("DELETE")).forEach(fills::add);
            }
        }
        assertThat(fills).hasSizeGreaterThan(9);

        // A store whose moves were written before the summaries existed: empty tables, then the scripts' fills.
        store.write(s -> {
            SummaryRecount.TABLES.keySet().forEach(table -> s.sql().update("DELETE FROM " + table));
            fills.forEach(fill -> s.sql().update(fill));
            return null;
        });

        assertSummariesEqualARecount(true);
    }

    private void saveRandomMovesThenEditThemDirectly() {
        store.syncOrganizations(List.of(new Organization("Acme Vision", OrgKind.UNIT, "Acme Labs", null, null, List.of()),
                new Organization("Globex Cloud", OrgKind.UNIT, "Globex", null, null, List.of())));
        java.util.Random random = new java.util.Random(42);
        List<OrgRef> places = List.of(OrgRef.of("Acme"), new OrgRef("Acme", "Acme Labs"), new OrgRef("Acme", "Acme Vision"),
                OrgRef.of("Globex"), new OrgRef("Globex", "Globex Cloud"), OrgRef.of("Initech"), OrgRef.of("Hooli"));
        String[] people = {"Ann Lee", "Ben Ode", "Chen Wei", "Dana Ray", "Eve Moss"};
        String[] dates = {null, "2024", "2024-11", "2025-02", "2025-02-14"};
        String[] roles = {null, "engineer", "vice president", "chief scientist"};
        for (int i = 0; i < 40; i++) {
            MoveKind kind = MoveKind.values()[random.nextInt(MoveKind.values().length)];
            OrgRef from = kind == MoveKind.JOIN ? null : places.get(random.nextInt(places.size()));
            OrgRef to = kind == MoveKind.LEAVE ? null : places.get(random.nextInt(places.size()));
            String sentence = "Report " + i + " of a move.";
            Document d = doc("s" + i + ".txt", random.nextInt(4) == 0 ? null : LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    sentence);
            // Later reports of the same move fill in units, dates and roles: updates the summaries must follow.
            store.save(d, List.of(new Move(people[random.nextInt(people.length)], kind, from, to, roles[random.nextInt(roles.length)],
                    dates[random.nextInt(dates.length)], 0.7, new Evidence(d.name(), sentence, 0, sentence.length()))));
        }
        // A busy pair, so that some twelve-month windows reach the floor of V8 and the edits below cross it both ways.
        // (Reports this alike would be taken for copies of one story.)
        store.recognizeCopies(false);
        String[] hires = {"Ada Okafor", "Bram Visser", "Cleo Tan", "Dev Rao", "Elin Berg", "Femi Ade", "Gus Lund", "Hana Sato",
            "Ivo Petrov", "Jun Park", "Kofi Mensah", "Lia Costa"};
        for (int i = 0; i < hires.length; i++) {
            String sentence = "Hire " + i + " of a busy pair.";
            Document d = doc("b" + i + ".txt", LocalDate.of(2024, 12, 1), sentence);
            store.save(d, List.of(new Move(hires[i], MoveKind.MOVE, places.get(i % 3),
                    places.get(3 + i % 2), roles[i % roles.length], "2024-" + String.format("%02d", 1 + i % 12), 0.7,
                    new Evidence(d.name(), sentence, 0, sentence.length()))));
        }
        store.recognizeCopies(true);
        // Other writers (a batch job, an operator) change and delete moves directly; the triggers follow them too.
        store.write(s -> {
            s.sql().update("UPDATE moves SET happened_on = ? WHERE id % 3 = 0", LocalDate.of(2023, 7, 9));
            s.sql().update("UPDATE moves SET to_unit_id = NULL, seniority = 4 WHERE id % 5 = 0");
            s.sql().update("UPDATE moves SET happened_on = NULL WHERE id % 7 = 0");
            s.sql().update("DELETE FROM evidence WHERE move_id % 4 = 1");
            return s.sql().update("DELETE FROM moves WHERE id % 4 = 1");
        });
    }

    // Re-extraction: the store follows a changed extractor, document by document.

    /** An extractor of a given version whose moves for each document are written out by hand, by document name. */
    record ScriptedExtractor(String version, Map<String, Function<Document, List<Move>>> moves) implements DocumentExtractor {
        @Override
        public DocumentMoves extract(Document d) {
            return new DocumentMoves(d, moves.getOrDefault(d.name(), x -> List.of()).apply(d));
        }
    }

    static final Document BEN = doc("ben.txt", LocalDate.of(2025, 3, 1), "Ben Ode left Acme for Globex.");
    static final Document ANN = doc("ann.txt", LocalDate.of(2025, 3, 2), "Ann Lee joined Globex.");
    static final Document CHEN = doc("chen.txt", LocalDate.of(2025, 3, 3), "Chen Wei joined Acme's lab.");

    static List<Document> reextracted() {
        Document story = at("wire.example", "story.txt", LocalDate.of(2025, 3, 4), STORY);
        Document copy = at("daily.example", "copy.txt", LocalDate.of(2025, 3, 5),
                "By Jane Smith\n\n" + STORY.replace("on Tuesday", "this week") + "\n\nAll rights reserved.");
        return List.of(BEN, ANN, CHEN, story, copy);
    }

    /** The extractor the documents were ingested with. */
    static final ScriptedExtractor BEFORE = new ScriptedExtractor("v1", Map.of(
            "ben.txt", d -> List.of(move(d, "Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), "2025-02", d.text())),
            "ann.txt", d -> List.of(move(d, "Ann Lee", MoveKind.JOIN, null, OrgRef.of("Globex"), null, d.text())),
            "story.txt", d -> List.of(storyHire(d)),
            "copy.txt", d -> List.of(storyHire(d))));

    /**
     * The changed extractor: Ben Ode went to Initech (unknown to the gazetteer), Ann Lee's sentence is no move any more,
     * Chen Wei's is one now, and the story's role reads otherwise.
     */
    static final ScriptedExtractor AFTER = new ScriptedExtractor("v2", Map.of(
            "ben.txt", d -> List.of(move(d, "Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Initech"), "2025-02", d.text())),
            "chen.txt", d -> List.of(move(d, "Chen Wei", MoveKind.JOIN, null, new OrgRef("Acme", "Acme Labs"), null, d.text())),
            "story.txt", d -> List.of(report(d, MoveKind.MOVE, new OrgRef("Acme", "Acme Labs"), OrgRef.of("Globex"),
                    "chief scientist", STORY_HIRE)),
            "copy.txt", d -> List.of(report(d, MoveKind.MOVE, new OrgRef("Acme", "Acme Labs"), OrgRef.of("Globex"),
                    "chief scientist", STORY_HIRE))));

    static void ingestAll(MoveStore into, DocumentExtractor extractor) {
        IngestArticle ingest = new IngestArticle(into, extractor);
        reextracted().forEach(ingest::ingest);
    }

    @Test
    void aStoredDocumentRecordsTheVersionOfTheExtractorThatMadeItsMoves() {
        ingestAll(store, BEFORE);

        assertThat(store.countExtractedOtherwise("v1")).isZero();
        assertThat(store.countExtractedOtherwise("v2")).isEqualTo(5);
        assertThat(store.extractedOtherwise("v2", 0, 2)).extracting(a -> a.document().name())
                .containsExactly("ben.txt", "ann.txt");
        long second = store.extractedOtherwise("v2", 0, 2).get(1).position();
        assertThat(store.extractedOtherwise("v2", second, 10)).extracting(a -> a.document().text())
                .first().isEqualTo(CHEN.text());
    }

    @Test
    void aDocumentStoredWithoutAVersionWasMadeByAnUnknownExtractor() {
        // As every document stored before versions were recorded, and moves written by hand.
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));

        assertThat(store.countExtractedOtherwise("v1")).isEqualTo(1);
        assertThat(store.extractedOtherwise("v1", 0, 10)).extracting(a -> a.document().name()).containsExactly("a.txt");
    }

    @Test
    void reextractingMakesTheStoreWhatIngestingWithTheNewExtractorMakes() {
        ingestAll(store, BEFORE);
        store.write(s -> s.sql().update("INSERT INTO watchlists (name) VALUES (?)", "mine"));
        String before = store.contentDigest();

        Replaced replaced = new ReextractArticles(store, AFTER).all();

        try (MoveStore expected = openAnother()) {
            expected.syncOrganizations(GAZETTEER);
            ingestAll(expected, AFTER);
            assertThat(store.contentDigest()).isNotEqualTo(before).isEqualTo(expected.contentDigest());
            assertThat(store.counts()).isEqualTo(expected.counts());
        }
        // Ben Ode's move to Initech and Chen Wei's are new; his move to Globex and Ann Lee's are gone; the story's
        // move has another role.
        assertThat(replaced).isEqualTo(new Replaced(2, 2, 1));
        assertThat(store.person("Ann Lee")).isEmpty();
        assertThat(store.moves(MoveStore.MoveQuery.all())).extracting(StoredMove::person, StoredMove::toOrganization)
                .containsExactlyInAnyOrder(tuple("Ben Ode", "Initech"), tuple("Chen Wei", "Acme"),
                        tuple("Maria Gonzalez", "Globex"));
        assertThat(store.counts().stories()).isEqualTo(4);
        List<String> watchlists = store.read(s -> s.sql().strings("SELECT name FROM watchlists"));
        assertThat(watchlists).containsExactly("mine");
        if (keepsSummaries()) {
            assertSummariesEqualARecount(false);
        }
    }

    @Test
    void reextractingAgainWithTheSameExtractorChangesNothing() {
        ingestAll(store, BEFORE);
        new ReextractArticles(store, AFTER).all();
        String digest = store.contentDigest();

        ReextractArticles again = new ReextractArticles(store, AFTER);

        assertThat(again.outdated()).isZero();
        assertThat(again.all()).isEqualTo(Replaced.NOTHING);
        assertThat(store.contentDigest()).isEqualTo(digest);
    }

    @Test
    void documentsOfTheCurrentVersionAreLeftAlone() {
        ingestAll(store, AFTER);
        String digest = store.contentDigest();

        // Same version, other moves: a run trusts the version and extracts nothing.
        ReextractArticles reextract = new ReextractArticles(store, new ScriptedExtractor("v2", Map.of()));

        assertThat(reextract.outdated()).isZero();
        assertThat(reextract.all()).isEqualTo(Replaced.NOTHING);
        assertThat(store.contentDigest()).isEqualTo(digest);
    }
}
