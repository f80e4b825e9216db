package org.talentflow.core.syndication;

import org.talentflow.core.domain.MoveKind;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Lines up a move extracted from a syndicated copy with the moves already stored for its story. A copy is the same
 * text with small edits, so its extraction can differ in small ways: "left Acme for Globex" in the story, "joined
 * Globex" in a copy whose editor cut the clause; a role or date worded differently; a unit where the story names the
 * parent. Such a report corroborates the story's move and must never become a second move.
 *
 * <p>Agreement is generous about what one side leaves out and strict about what both name: the two must name at least
 * one organization in common on the same side (origin or destination), and must not name two different origins or two
 * different destinations; a copy claiming another destination is a conflicting claim and stays a move of its own.
 * Organizations are compared as the caller identifies them (top-level organization ids in the store).
 */
public final class SyndicatedMoves {

    /** The parts of a move that decide agreement; from and to are null when not named. */
    public record Reported<O>(MoveKind kind, O from, O to) {
        public Reported {
            Objects.requireNonNull(kind, "kind");
        }
    }

    private SyndicatedMoves() {
    }

    /**
     * How closely a copy's move matches a story's move: empty when they are not the same move; otherwise two points per
     * organization both name alike, and one more for the same kind (5 is the same kind, origin and destination).
     */
    public static <O> OptionalInt agreement(Reported<O> copy, Reported<O> story) {
        if (conflict(copy.from(), story.from()) || conflict(copy.to(), story.to())) {
            return OptionalInt.empty();
        }
        int shared = (same(copy.from(), story.from()) ? 1 : 0) + (same(copy.to(), story.to()) ? 1 : 0);
        if (shared == 0) {
            // "Joined B" and "left A" name nothing in common: nothing says they are one move.
            return OptionalInt.empty();
        }
        return OptionalInt.of(2 * shared + (copy.kind() == story.kind() ? 1 : 0));
    }

    /** The story move that agrees best with the copy's move; on a tie the first in the list (the oldest stored). */
    public static <O, M> Optional<M> bestMatch(Reported<O> copy, List<M> storyMoves, Function<M, Reported<O>> reported) {
        M best = null;
        int bestScore = 0;
        for (M candidate : storyMoves) {
            OptionalInt score = agreement(copy, reported.apply(candidate));
            if (score.isPresent() && score.getAsInt() > bestScore) {
                best = candidate;
                bestScore = score.getAsInt();
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean conflict(Object a, Object b) {
        return a != null && b != null && !a.equals(b);
    }

    private static boolean same(Object a, Object b) {
        return a != null && a.equals(b);
    }
}
