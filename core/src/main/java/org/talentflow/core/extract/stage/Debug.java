package org.talentflow.core.extract.stage;

import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.story.SentenceReading;

/** -Dtalentflow.debug=true prints each parsed sentence with what was read from it, for error analysis. */
final class Debug {

    private Debug() {
    }

    static void print(String doc, ParsedSentence parsed, SentenceReading r) {
        StringBuilder b = new StringBuilder("[").append(doc).append("] ").append(parsed);
        r.moves().forEach(m -> b.append("   MOVE ").append(m.pattern()).append(" @").append(parsed.token(Math.max(1, m.trigger())).word())
                .append(' ').append(m.mover().text()).append(' ').append(m.from()).append(" -> ").append(m.to()).append(' ')
                .append(m.scope()).append('\n'));
        r.ties().forEach(t -> b.append("   TIE ").append(t.person().text()).append(' ').append(t.org().org()).append(" past=")
                .append(t.past()).append(' ').append(t.pattern()).append('\n'));
        r.groups().forEach(g -> b.append("   GROUP ").append(g.pattern()).append(' ').append(g.from()).append(" -> ")
                .append(g.to()).append('\n'));
        System.err.print(b);
    }
}
