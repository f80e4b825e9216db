package org.talentflow.core.extract;

import java.util.List;

import org.talentflow.core.pipeline.Sentence;

/** A selected sentence after tagging: its items in order. */
public record TaggedSentence(Sentence sentence, List<Item> items) {

    public TaggedSentence {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }

    public Item get(int i) {
        return items.get(i);
    }
}
