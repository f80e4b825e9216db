package org.talentflow.core.extract;

import java.util.Set;

import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.extract.Item.Type;
import org.talentflow.core.extract.MoveRules.Group;

/**
 * Sentences that announce a move of people before naming them: "Meta was hiring four more OpenAI
 * researchers" (the names follow in the next sentence), "Several leaders departed, including:" (a list follows).
 */
final class GroupAnnouncements {

    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "several", "multiple", "many", "more", "dozen", "some", "a", "trio", "pair");

    private GroupAnnouncements() {
    }

    static Group find(TaggedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).is(Type.PERSON)) {
                return null;
            }
        }
        for (int t = 0; t < s.size(); t++) {
            Item it = s.get(t);
            if (it.type() != Type.WORD || it.pos() == null || !it.pos().startsWith("VB")) {
                continue;
            }
            if (Lexicon.HIRE.contains(it.lower()) && countFollows(s, t)) {
                int hirer = orgBeforeIn(s, t);
                int from = orgAfterIn(s, t, 6);
                if (hirer >= 0) {
                    OrgRef fromOrg = from >= 0 && !MoveRules.sameOrg(s.get(from).org(), s.get(hirer).org())
                            ? s.get(from).org() : null;
                    return new Group(fromOrg != null ? MoveKind.MOVE : MoveKind.JOIN, fromOrg, s.get(hirer).org(),
                            s.sentence().index());
                }
            }
            if (Lexicon.DEPART.contains(it.lower()) && endsWithList(s)) {
                int org = orgAfterIn(s, t, 6);
                return new Group(MoveKind.LEAVE, org >= 0 ? s.get(org).org() : null, null, s.sentence().index());
            }
            if (Lexicon.DEPART.contains(it.lower()) && countBefore(s, t)) {
                // "Three more engineers have left A for B" (the names follow: "Among them is X")
                int from = orgAfterIn(s, t, 3);
                int to = from >= 0 ? orgAfterIn(s, from, 3) : -1;
                boolean toFollowsFor = to >= 0 && s.get(to - 1).isWord("for");
                if (from >= 0) {
                    return toFollowsFor ? new Group(MoveKind.MOVE, s.get(from).org(), s.get(to).org(), s.sentence().index())
                            : new Group(MoveKind.LEAVE, s.get(from).org(), null, s.sentence().index());
                }
            }
        }
        return null;
    }

    private static boolean countFollows(TaggedSentence s, int t) {
        for (int i = t + 1; i < s.size() && i <= t + 3; i++) {
            if (COUNTS.contains(s.get(i).lower()) || "CD".equals(s.get(i).pos())) {
                return true;
            }
        }
        return false;
    }

    /** A count of people as the subject: "Three (more) engineers have left", "Two researchers quit". */
    private static boolean countBefore(TaggedSentence s, int t) {
        for (int i = 0; i < t && i <= 2; i++) {
            if ((COUNTS.contains(s.get(i).lower()) || "CD".equals(s.get(i).pos()))
                    && i + 2 < s.size() && (s.get(i + 1).pos() != null && s.get(i + 1).pos().equals("NNS")
                    || s.get(i + 2).pos() != null && s.get(i + 2).pos().equals("NNS"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithList(TaggedSentence s) {
        Item last = s.get(s.size() - 1);
        return last.isWord(":") || s.size() > 1 && s.get(s.size() - 2).isWord(":");
    }

    private static int orgBeforeIn(TaggedSentence s, int t) {
        for (int i = t - 1; i >= 0 && t - i <= 8; i--) {
            if (s.get(i).is(Type.ORG) && !MoveRules.isMedia(s.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int orgAfterIn(TaggedSentence s, int t, int max) {
        for (int i = t + 1; i < s.size() && i - t <= max; i++) {
            if (s.get(i).is(Type.ORG) && !MoveRules.isMedia(s.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
