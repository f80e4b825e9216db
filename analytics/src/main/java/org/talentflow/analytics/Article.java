package org.talentflow.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * One stored article with its whole text, and the moves it reported with the offsets of their sentences, so a
 * page can show each evidence sentence in place.
 */
public record Article(long id, String name, String url, String title, LocalDate published, String text,
                      List<Mention> moves) {

    /** A sentence of the article that reported a move: text.substring(start, end). */
    public record Mention(long moveId, String person, String kind, int start, int end) {
    }

    public Article {
        moves = List.copyOf(moves);
    }
}
