package org.talentflow.core.mention;

import java.util.ArrayList;
import java.util.List;

import org.talentflow.core.parse.ParsedSentence;

/** The mentions of one parsed sentence, and which one covers each token. */
public final class SentenceMentions {

    private final ParsedSentence sentence;
    private final List<Mention> mentions;
    private final Mention[] byToken;

    SentenceMentions(ParsedSentence sentence, List<Mention> mentions) {
        this.sentence = sentence;
        this.mentions = new ArrayList<>(mentions);
        this.mentions.sort((a, b) -> Integer.compare(a.first(), b.first()));
        this.byToken = new Mention[sentence.size() + 1];
        for (Mention m : this.mentions) {
            for (int i = m.first(); i <= m.last(); i++) {
                byToken[i] = m;
            }
        }
    }

    public ParsedSentence sentence() {
        return sentence;
    }

    public List<Mention> all() {
        return mentions;
    }

    /** The mention covering this token, or null. */
    public Mention at(int token) {
        return token >= 1 && token < byToken.length ? byToken[token] : null;
    }

    public List<Mention> of(Mention.Type type) {
        return mentions.stream().filter(m -> m.is(type)).toList();
    }

    /** A mention read again ("Georgia Banks" is a person in a list of names, not a place); the old one goes. */
    public Mention replace(Mention old, Mention m) {
        if (old != null) {
            mentions.remove(old);
            for (int i = old.first(); i <= old.last(); i++) {
                byToken[i] = null;
            }
        }
        return add(m);
    }

    /** A mention added later (an untyped name a frame slot shows to be an organization or a person). */
    public Mention add(Mention m) {
        mentions.add(m);
        mentions.sort((a, b) -> Integer.compare(a.first(), b.first()));
        for (int i = m.first(); i <= m.last(); i++) {
            if (byToken[i] == null) {
                byToken[i] = m;
            }
        }
        return m;
    }
}
