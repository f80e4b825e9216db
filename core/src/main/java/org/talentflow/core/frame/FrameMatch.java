package org.talentflow.core.frame;

import java.util.Map;

import org.talentflow.core.lexicon.Frame;
import org.talentflow.core.lexicon.Trigger;

/**
 * One pattern matched in one sentence.
 *
 * @param pattern the pattern's id ("depart:12")
 * @param frame   the frame of a move pattern; null for an affiliation
 * @param trigger the lexicon entry the trigger word matched; null for an affiliation
 * @param nodes   role name to token index (1-based): trigger, mover, from, to, role, prev; person, org, verb
 */
public record FrameMatch(String pattern, Frame frame, Trigger trigger, Map<String, Integer> nodes) {

    public FrameMatch {
        nodes = Map.copyOf(nodes);
    }

    /** The token bound to a role, or 0 when the role is not bound. */
    public int node(String role) {
        return nodes.getOrDefault(role, 0);
    }

    public boolean has(String role) {
        return nodes.containsKey(role);
    }
}
