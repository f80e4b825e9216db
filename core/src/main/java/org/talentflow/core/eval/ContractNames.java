package org.talentflow.core.eval;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.domain.Organization;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.zh.ChineseText;

/**
 * The names the move contract gives organizations. A move read from a Chinese article names a known organization
 * as the article writes it (字节跳动 or 字节 rather than ByteDance, 華碩 in a traditional article): a reader finds
 * that name in the article, and annotators of Chinese news list the names the text uses, English ones only at
 * times. The store keeps the gazetteer's organization either way; English articles keep the canonical names.
 */
public final class ContractNames {

    /** Each organization's Han names, longest first: the longest written one is the most specific. */
    private final Map<String, List<String>> hanNames = new HashMap<>();

    public ContractNames(Gazetteer gazetteer) {
        for (Organization o : gazetteer.organizations()) {
            List<String> han = o.aliases().stream().filter(ChineseText::hasHan)
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
            if (!han.isEmpty()) {
                hanNames.put(o.name(), han);
            }
        }
    }

    /** The move as the contract states it for an article with this text. */
    public Move asWritten(Move m, String articleText) {
        if (!ChineseText.isChinese(articleText)) {
            return m;
        }
        String evidence = m.evidence().sentence();
        return new Move(m.person(), m.kind(), written(m.from(), articleText, evidence), written(m.to(), articleText, evidence),
                m.role(), m.date(), m.confidence(), m.evidence());
    }

    /** A document's moves as the contract states them. */
    public List<Move> asWritten(DocumentMoves moves) {
        return moves.moves().stream().map(m -> asWritten(m, moves.document().text())).toList();
    }

    private OrgRef written(OrgRef ref, String text, String evidence) {
        if (ref == null) {
            return null;
        }
        String organization = name(ref.organization(), text, evidence);
        String unit = ref.unit() == null ? null : name(ref.unit(), text, evidence);
        if (organization.equals(ref.organization()) && unit != null && !unit.equals(ref.unit())) {
            // "通义实验室" written without its parent: the contract names the organization as the article does.
            return new OrgRef(unit, null);
        }
        return new OrgRef(organization, unit);
    }

    /** The Han name of the organization the move's sentence writes, else one the article writes, else its own. */
    private String name(String canonical, String text, String evidence) {
        List<String> names = hanNames.get(canonical);
        if (names == null) {
            return canonical;
        }
        for (String n : names) {
            if (evidence.contains(n)) {
                return n;
            }
        }
        for (String n : names) {
            if (text.contains(n)) {
                return n;
            }
        }
        return canonical;
    }
}
