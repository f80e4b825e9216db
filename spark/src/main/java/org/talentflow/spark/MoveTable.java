package org.talentflow.spark;

import java.sql.Date;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;

/**
 * The moves as a Spark table: one row per move. The Parquet output holds the move contract's columns under their
 * contract names (doc, person, kind, from, to, role, date, confidence, evidence, from_unit, to_unit, evidence_start,
 * evidence_end) and the article's source file, URL and publication date; the job also keeps the input order and the
 * contract line, for the JSONL output.
 */
final class MoveTable {

    static final List<String> PARQUET_COLUMNS = List.of("doc", "person", "kind", "from", "to", "role", "date",
            "confidence", "evidence", "from_unit", "to_unit", "evidence_start", "evidence_end", "source", "url", "published");

    static final StructType SCHEMA = new StructType(new StructField[] {
            field("doc", DataTypes.StringType, false),
            field("person", DataTypes.StringType, false),
            field("kind", DataTypes.StringType, false),
            field("from", DataTypes.StringType, true),
            field("to", DataTypes.StringType, true),
            field("role", DataTypes.StringType, true),
            field("date", DataTypes.StringType, true),
            field("confidence", DataTypes.DoubleType, false),
            field("evidence", DataTypes.StringType, false),
            field("from_unit", DataTypes.StringType, true),
            field("to_unit", DataTypes.StringType, true),
            field("evidence_start", DataTypes.IntegerType, false),
            field("evidence_end", DataTypes.IntegerType, false),
            field("source", DataTypes.StringType, false),
            field("url", DataTypes.StringType, true),
            field("published", DataTypes.DateType, true),
            field("file_index", DataTypes.IntegerType, false),
            field("article_index", DataTypes.LongType, false),
            field("move_index", DataTypes.IntegerType, false),
            field("contract_line", DataTypes.StringType, false)});

    /** The order {@code talentflow extract} prints moves in: input file, article within it, move within the article. */
    static final Column[] INPUT_ORDER = {functions.col("file_index"), functions.col("article_index"), functions.col("move_index")};

    private MoveTable() {
    }

    static Row row(MoveRecord m) {
        return RowFactory.create(m.doc(), m.person(), m.kind(), m.from(), m.to(), m.role(), m.date(), m.confidence(),
                m.evidence(), m.fromUnit(), m.toUnit(), m.evidenceStart(), m.evidenceEnd(), m.source(), m.url(),
                m.published() == null ? null : Date.valueOf(m.published()), m.fileIndex(), m.ordinal(), m.moveIndex(),
                m.contractLine());
    }

    static Column[] parquetColumns() {
        return PARQUET_COLUMNS.stream().map(functions::col).toArray(Column[]::new);
    }

    /** A row of the Parquet output back to the domain's move, e.g. to print it in the move contract. */
    static Move move(Row row) {
        return new Move(row.getAs("person"), MoveKind.fromLabel(row.getAs("kind")),
                org(row.getAs("from"), row.getAs("from_unit")), org(row.getAs("to"), row.getAs("to_unit")),
                row.getAs("role"), row.getAs("date"), row.<Double>getAs("confidence"),
                new Evidence(row.getAs("doc"), row.getAs("evidence"), row.<Integer>getAs("evidence_start"),
                        row.<Integer>getAs("evidence_end")));
    }

    private static OrgRef org(String organization, String unit) {
        return organization == null ? null : new OrgRef(organization, unit);
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
