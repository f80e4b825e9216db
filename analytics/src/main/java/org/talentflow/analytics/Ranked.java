package org.talentflow.analytics;

import java.util.List;

/** An organization ranked by how many people went there from another (or came from it). */
public record Ranked(String organization, int moves, List<String> people) {
    public Ranked {
        people = List.copyOf(people);
    }
}
