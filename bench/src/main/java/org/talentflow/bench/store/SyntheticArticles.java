package org.talentflow.bench.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The articles that reported the synthetic moves: round-ups of one to four moves of about the same days, published
 * soon after them, and for a third of the moves a follow-up article weeks later (a second source). A move's first
 * publication is when it was reported; an undated move happened then.
 */
final class SyntheticArticles {

    /** One article: the moves it reports (indexes into the move list) and its day. */
    record Article(long id, int[] moves, LocalDate published, boolean followUp) {
    }

    final List<Article> articles = new ArrayList<>();

    SyntheticArticles(List<SyntheticMoves.Move> moves, SplittableRandom random) {
        Integer[] byDay = new Integer[moves.size()];
        Arrays.setAll(byDay, i -> i);
        Arrays.sort(byDay, Comparator.comparing(i -> moves.get(i).eventDay));
        List<Integer> followUps = new ArrayList<>();
        pack(moves, Arrays.asList(byDay), false, random);
        for (Integer i : byDay) {
            if (random.nextInt(100) < 30) {
                followUps.add(i);
            }
        }
        pack(moves, followUps, true, random);
        for (SyntheticMoves.Move m : moves) {
            LocalDate dated = periodStart(m.date);
            m.happenedOn = dated != null ? dated : m.reportedOn;
        }
    }

    private void pack(List<SyntheticMoves.Move> moves, List<Integer> order, boolean followUp, SplittableRandom random) {
        for (int at = 0; at < order.size(); ) {
            int n = Math.min(order.size() - at, 1 + random.nextInt(4));
            int[] reported = new int[n];
            LocalDate latest = SyntheticMoves.START;
            for (int k = 0; k < n; k++) {
                reported[k] = order.get(at + k);
                LocalDate day = moves.get(reported[k]).eventDay;
                latest = day.isAfter(latest) ? day : latest;
            }
            LocalDate published = latest.plusDays(followUp ? 15 + random.nextInt(46) : random.nextInt(15));
            for (int i : reported) {
                SyntheticMoves.Move m = moves.get(i);
                if (m.reportedOn == null || published.isBefore(m.reportedOn)) {
                    m.reportedOn = published;
                }
            }
            articles.add(new Article(articles.size() + 1, reported, published, followUp));
            at += n;
        }
    }

    /** As the store reads a move's date: a year or a month counts from its first day. */
    private static LocalDate periodStart(String date) {
        if (date == null) {
            return null;
        }
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
            case 7 -> LocalDate.parse(date + "-01");
            default -> LocalDate.parse(date);
        };
    }
}
