package org.talentflow.core.eval;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.talentflow.core.domain.Move;

/**
 * The move contract of DESIGN.md, one JSON object a line: doc, person, kind, from, to, role, date,
 * confidence, evidence; plus the units and the evidence offsets, which readers of the contract may ignore.
 */
public final class MoveContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MoveContract() {
    }

    public static Map<String, Object> toMap(Move move) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", move.evidence().doc());
        m.put("person", move.person());
        m.put("kind", move.kind().label());
        m.put("from", move.from() == null ? null : move.from().organization());
        m.put("to", move.to() == null ? null : move.to().organization());
        m.put("role", move.role());
        m.put("date", move.date());
        m.put("confidence", move.confidence());
        m.put("evidence", move.evidence().sentence());
        m.put("from_unit", move.from() == null ? null : move.from().unit());
        m.put("to_unit", move.to() == null ? null : move.to().unit());
        m.put("evidence_start", move.evidence().start());
        m.put("evidence_end", move.evidence().end());
        return m;
    }

    public static String toJsonLine(Move move) {
        try {
            return JSON.writeValueAsString(toMap(move));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serializes", e);
        }
    }
}
