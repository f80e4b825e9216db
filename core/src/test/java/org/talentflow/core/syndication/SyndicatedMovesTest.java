package org.talentflow.core.syndication;

import org.junit.jupiter.api.Test;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.syndication.SyndicatedMoves.Reported;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SyndicatedMovesTest {

    static Reported<String> r(MoveKind kind, String from, String to) {
        return new Reported<>(kind, from, to);
    }

    @Test
    void theSameMoveAgreesBest() {
        assertThat(SyndicatedMoves.agreement(r(MoveKind.MOVE, "Acme", "Globex"), r(MoveKind.MOVE, "Acme", "Globex")))
                .hasValue(5);
    }

    @Test
    void aJoinWhereTheStorySaysMoveIsTheSameMove() {
        assertThat(SyndicatedMoves.agreement(r(MoveKind.JOIN, null, "Globex"), r(MoveKind.MOVE, "Acme", "Globex")))
                .hasValue(2);
        assertThat(SyndicatedMoves.agreement(r(MoveKind.LEAVE, "Acme", null), r(MoveKind.MOVE, "Acme", "Globex")))
                .hasValue(2);
    }

    @Test
    void anotherDestinationIsAConflictingClaim() {
        assertThat(SyndicatedMoves.agreement(r(MoveKind.MOVE, "Acme", "Initech"), r(MoveKind.MOVE, "Acme", "Globex")))
                .isEmpty();
        assertThat(SyndicatedMoves.agreement(r(MoveKind.FOUND, "Acme", "Hooli"), r(MoveKind.MOVE, "Acme", "Globex")))
                .isEmpty();
    }

    @Test
    void aJoinAndALeaveNameNothingInCommon() {
        assertThat(SyndicatedMoves.agreement(r(MoveKind.JOIN, null, "Globex"), r(MoveKind.LEAVE, "Acme", null)))
                .isEmpty();
    }

    @Test
    void theBestMatchPrefersTheSameKindAndThenTheFirstStored() {
        List<Reported<String>> story = List.of(r(MoveKind.JOIN, null, "Globex"), r(MoveKind.MOVE, "Acme", "Globex"),
                r(MoveKind.MOVE, "Acme", "Globex"), r(MoveKind.LEAVE, "Initech", null));

        assertThat(SyndicatedMoves.bestMatch(r(MoveKind.MOVE, null, "Globex"), story, m -> m))
                .containsSame(story.get(1));
        assertThat(SyndicatedMoves.bestMatch(r(MoveKind.JOIN, "Umbrella", null), story, m -> m)).isEmpty();
    }
}
