package org.talentflow.core.source;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The cap on nesting ({@link org.talentflow.core.domain.Limits#htmlDepth()}): an element at the cap keeps the text of
 * everything inside it, not its inner elements. Page furniture and content scoring walk ancestors and descendants of
 * each element, so their cost grows with depth times size; with the depth capped they stay linear. One pass.
 */
final class DeepNesting {

    private DeepNesting() {
    }

    /** Flattens the page below the depth; returns how deep it nested when that was deeper, else 0. */
    static int flatten(Node root, int maxDepth) {
        List<Element> atCap = new ArrayList<>();
        int[] deepest = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    deepest[0] = Math.max(deepest[0], depth);
                    if (depth == maxDepth && e.childrenSize() > 0) {
                        atCap.add(e);
                    }
                }
            }
        }, root);
        for (Element e : atCap) {
            e.text(e.text());
        }
        return deepest[0] > maxDepth ? deepest[0] : 0;
    }
}
