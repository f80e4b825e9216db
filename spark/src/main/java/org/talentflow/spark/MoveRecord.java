package org.talentflow.spark;

import java.io.Serializable;
import java.time.LocalDate;

import org.talentflow.core.domain.Move;
import org.talentflow.core.eval.MoveContract;

/**
 * One move as the job writes it: the move contract's fields, the article it came from, its place in the input (for
 * writing moves in input order) and the contract line itself, made by core's writer so that the job's JSONL is
 * exactly what {@code talentflow extract} prints.
 */
record MoveRecord(int fileIndex, long ordinal, int moveIndex, String source, String url, LocalDate published,
                  String doc, String person, String kind, String from, String to, String role, String date,
                  double confidence, String evidence, String fromUnit, String toUnit, int evidenceStart,
                  int evidenceEnd, String contractLine) implements Serializable {

    static MoveRecord of(Article article, int moveIndex, Move m) {
        return new MoveRecord(article.fileIndex(), article.ordinal(), moveIndex, article.source(),
                article.url(), article.published(), m.evidence().doc(), m.person(), m.kind().label(),
                m.from() == null ? null : m.from().organization(), m.to() == null ? null : m.to().organization(),
                m.role(), m.date(), m.confidence(), m.evidence().sentence(),
                m.from() == null ? null : m.from().unit(), m.to() == null ? null : m.to().unit(),
                m.evidence().start(), m.evidence().end(), MoveContract.toJsonLine(m));
    }
}
