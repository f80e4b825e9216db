package org.talentflow.app.http;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.storage.MoveStore;

import java.time.LocalDate;
import java.util.List;

/**
 * An article written to attack the pages: markup in the move sentence, in the title, in a person's name and in an
 * organization's name, and a javascript: link as its URL. Stored as extraction could at worst store it.
 */
public final class HostileArticle {

    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String IMG = "<img src=x onerror=alert(2)>";
    public static final String PERSON = "Eve " + IMG;
    public static final String ORGANIZATION = "Evil " + SCRIPT + " Labs";
    public static final String SENTENCE = PERSON + " left " + ORGANIZATION + " for Globex, she said " + SCRIPT + ".";
    public static final String TITLE = "Breaking " + IMG;

    private HostileArticle() {
    }

    /** Saves the article and its one move; returns the move's id. */
    public static long saveInto(MoveStore store) {
        String text = "Intro " + IMG + ".\n\n" + SENTENCE + "\n\nOutro " + SCRIPT;
        Document d = new Document("hostile.html", "javascript:alert(3)", TITLE, LocalDate.of(2025, 5, 6), text);
        int start = text.indexOf(SENTENCE);
        store.save(d, List.of(new Move(PERSON, MoveKind.MOVE, OrgRef.of(ORGANIZATION), OrgRef.of("Globex"), "head of " + SCRIPT,
                "2025-05", 0.9, new Evidence(d.name(), SENTENCE, start, start + SENTENCE.length()))));
        return store.moves(new MoveStore.MoveQuery(PERSON, null, null, null, 1)).get(0).id();
    }
}
