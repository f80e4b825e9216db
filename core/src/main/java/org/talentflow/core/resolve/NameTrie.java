package org.talentflow.core.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.talentflow.core.domain.Organization;

/**
 * A character trie of organization names, matched case-sensitively at word boundaries. Case matters:
 * "Apple" the company, "apple" the fruit; "Scale AI" but "at scale".
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
            if (i > 0 && isWordChar(text.charAt(i - 1)) || !isWordChar(text.charAt(i))) {
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
                if (node.org != null && (j + 1 == text.length() || !isWordChar(text.charAt(j + 1)))) {
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

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
