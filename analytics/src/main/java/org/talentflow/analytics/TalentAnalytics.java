package org.talentflow.analytics;

import org.talentflow.storage.MoveStore;
import org.talentflow.storage.StoredMove;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The questions analysts ask of the store, answered in SQL by the database: flows between organizations, net flow,
 * an organization's destinations, sources, quarterly trend and alumni startups, and watchlists. Every answer covers
 * an organization's units; seniority weights come from {@link org.talentflow.core.domain.Seniority}.
 */
public final class TalentAnalytics {

    private final MoveStore store;

    public TalentAnalytics(MoveStore store) {
        this.store = store;
    }

    /**
     * Moves with both ends known grouped by (from, to) at the level, the biggest first. A move's time is its date,
     * else its first report; undated moves count only when the window is open at both ends.
     */
    public List<Flow> flows(LocalDate since, LocalDate until, FlowLevel level) {
        return store.read(s -> new FlowQueries(s.sql()).flows(since, until, level));
    }

    /** Every organization with moves in the window, the biggest net gain first. */
    public List<NetFlow> netFlows(LocalDate since, LocalDate until) {
        return store.read(s -> new FlowQueries(s.sql()).netFlows(since, until));
    }

    /** Where an organization's people went (its units included), most first. */
    public List<Ranked> destinations(String organization, LocalDate since, LocalDate until, int limit) {
        return store.read(s -> new OrgAnalytics(s).ranked(organization, since, until, limit, true));
    }

    /** Where an organization's arrivals came from, most first. */
    public List<Ranked> sources(String organization, LocalDate since, LocalDate until, int limit) {
        return store.read(s -> new OrgAnalytics(s).ranked(organization, since, until, limit, false));
    }

    /**
     * Arrivals and departures per quarter, oldest first, every quarter from the first to the last (quiet ones as
     * zeros); moves dated only by a year are left out (an organization's page counts them apart).
     */
    public List<QuarterFlow> quarterlyTrend(String organization) {
        return store.read(s -> new OrgAnalytics(s).quarterlyTrend(organization));
    }

    /** Startups founded by people who left the organization, with their cities. */
    public List<AlumniStartup> alumniStartups(String organization) {
        return store.read(s -> new OrgAnalytics(s).alumniStartups(organization));
    }

    /** How many flows, destinations or sources a page shows and how many of their latest people each names. */
    public static final int PAGE_FLOWS = 100;
    public static final int PAGE_RANKED = 20;
    public static final int PAGE_PEOPLE = 10;

    /**
     * The limit biggest flows in the window, in the order of {@link #flows} but each naming only up to people of
     * its latest people (in name order): what a dashboard draws, read from the store's flow summaries.
     */
    public List<Flow> topFlows(LocalDate since, LocalDate until, FlowLevel level, int limit, int people) {
        return store.read(s -> new FlowSummaries(s.sql()).topFlows(since, until, level, limit, people));
    }

    /** The limit organizations with the biggest net gain in the window, in the order of {@link #netFlows}. */
    public List<NetFlow> topNetFlows(LocalDate since, LocalDate until, int limit) {
        return store.read(s -> new FlowSummaries(s.sql()).topNet(since, until, limit));
    }

    /**
     * An organization's page: offset and limit page its departures, arrivals and founders (newest first); the top
     * {@value #PAGE_RANKED} destinations and sources of all time name up to {@value #PAGE_PEOPLE} latest people each.
     */
    public Optional<OrganizationPage> organizationPage(String organization, int offset, int limit) {
        return store.read(s -> new OrgPages(s).page(organization, offset, limit, PAGE_RANKED, PAGE_PEOPLE));
    }

    /** Adds a person or an organization to a watchlist (created if new); adding twice changes nothing. */
    public void watch(String watchlist, Watchlists.Kind kind, String name) {
        store.write(s -> {
            new Watchlists(s).watch(watchlist, kind, name);
            return null;
        });
    }

    /** What a watchlist follows. */
    public List<Watchlists.Item> watched(String watchlist) {
        return store.read(s -> new Watchlists(s).items(watchlist));
    }

    /** The moves touching a watchlist's people or organizations stored since its last check; marks them seen. */
    public List<StoredMove> checkWatchlist(String watchlist) {
        List<Long> fresh = store.write(s -> new Watchlists(s).check(watchlist));
        return store.read(s -> s.movesByIds(fresh));
    }

    /** The watchlists there are, with how much each follows. */
    public List<Watchlists.Summary> watchlists() {
        return store.read(s -> new Watchlists(s).lists());
    }

    /** Whether a watchlist of that name exists. */
    public boolean watchlistExists(String watchlist) {
        return store.read(s -> new Watchlists(s).exists(watchlist));
    }

    /** What {@link #checkWatchlist} would report now, leaving the list's mark where it is (for a read-only look). */
    public List<StoredMove> unseenWatchlistMoves(String watchlist) {
        return store.read(s -> s.movesByIds(new Watchlists(s).unseen(watchlist)));
    }

    /** How many of an organization's alumni startups are in its home city. */
    public HomeCityShare alumniHomeCityShare(String organization) {
        return store.read(s -> new OrgAnalytics(s).homeCityShare(organization));
    }

    /** One stored move with every evidence sentence and the article each came from. */
    public Optional<StoredMove> move(long id) {
        return store.read(s -> s.movesByIds(List.of(id)).stream().findFirst());
    }

    /** One stored article with its whole text and the moves it reported, with their sentences' offsets. */
    public Optional<Article> article(long id) {
        return store.read(s -> new ArticleQueries(s.sql()).article(id));
    }

    /** People whose name or alias contains the text (any case; any name order for a whole name), best first. */
    public List<SearchHit> searchPeople(String text, int limit) {
        return store.read(s -> new NameSearch(s).people(text, limit));
    }

    /** Organizations whose name or alias contains the text, any case, best first. */
    public List<SearchHit> searchOrganizations(String text, int limit) {
        return store.read(s -> new NameSearch(s).organizations(text, limit));
    }

    /** The moves behind one flow of {@link #flows} (the same pair, level and window), newest first. */
    public List<StoredMove> flowMoves(String from, String to, LocalDate since, LocalDate until, FlowLevel level, int limit) {
        return store.read(s -> s.movesByIds(new FlowMoves(s).ids(from, to, since, until, level, limit)));
    }
}
