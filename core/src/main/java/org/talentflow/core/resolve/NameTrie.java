package org.talentflow.core.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.talentflow.core.domain.Organization;

/**
 * A character trie of organization names, matched case-sensitively at word boundaries. Case matters:
 * "Apple" the company, "apple" the fruit; "Scale AI" but "at scale". Chinese and Japanese are written without
 * spaces, so a name's end in those scripts needs no boundary ("加入腾讯后" finds 腾讯), and one of their characters
 * next to a Latin name is a boundary for it ("加入Google后" finds Google).
 */
final class NameTrie {

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        Organization org;
    }

    private final Node root = new Node();

    void add(String name, Organization org) {
        Node node = root;
        for (int i = 0; i < name.length(); i++) {
            node = node.next.computeIfAbsent(normalizeChar(name.charAt(i)), c -> new Node());
        }
        if (node.org == null) {
            node.org = org;
        }
    }

    List<Gazetteer.Hit> findAll(String text) {
        List<Gazetteer.Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!mayStartAt(text, i)) {
                i++;
                continue;
            }
            int bestEnd = -1;
            Organization best = null;
            Node node = root;
            for (int j = i; j < text.length(); j++) {
                node = node.next.get(normalizeChar(text.charAt(j)));
                if (node == null) {
                    break;
                }
                if (node.org != null && mayEndAt(text, j)) {
                    bestEnd = j + 1;
                    best = node.org;
                }
            }
            if (best != null) {
                hits.add(new Gazetteer.Hit(i, bestEnd, text.substring(i, bestEnd), best));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return hits;
    }

    /** Typographic apostrophes and non-breaking spaces match their plain forms. */
    private static char normalizeChar(char c) {
        return switch (c) {
            case '\u2019', '\u2018' -> '\'';
            case '\u00a0' -> ' ';
            default -> c;
        };
    }

    private static boolean mayStartAt(String text, int i) {
        char c = text.charAt(i);
        return isUnspaced(c) || isWordChar(c) && (i == 0 || !isWordChar(text.charAt(i - 1)));
    }

    /** Whether a name whose last character is at {@code j} ends there. */
    private static boolean mayEndAt(String text, int j) {
        return isUnspaced(text.charAt(j)) || j + 1 == text.length() || !isWordChar(text.charAt(j + 1));
    }

    /** A letter or digit of a script that puts spaces between its words. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isUnspaced(c);
    }

    /** A character of a script written without spaces between words: Han, kana. */
    static boolean isUnspaced(char c) {
        if (c < '\u2E80') {
            return false; // Latin, Greek, Cyrillic and the rest: the fast path for English text
        }
        if (Character.isIdeographic(c)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }
}
