package org.talentflow.analytics;

import java.util.List;

/** Moves from one organization to another in a window, with the people who made them. */
public record Flow(String from, String to, int moves, List<String> people) {
    public Flow {
        people = List.copyOf(people);
    }
}
