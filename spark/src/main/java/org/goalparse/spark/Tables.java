package org.goalparse.spark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.goalparse.model.DatedQuantity;
import org.goalparse.model.Goal;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;
import org.goalparse.model.Indicator;
import org.goalparse.model.Quantity;

/**
 * The schemas of the job's output and the flattening of a {@link GoalDocument} into their rows. One row per input
 * ({@link #INPUT}) carries the input's JSON Lines records and its rows of the flat tables, which
 * {@link GoalparseSpark} explodes: documents (one per record), goals, targets (a goal's), results (a goal's
 * achievement's) and indicators (one row per KPI target, or one for an indicator without targets), each keyed by
 * {@code document_id}, the record's {@code source.id}. Column names are snake_case for SQL.
 */
final class Tables {
    /** Quantities are exact decimals; a value that does not fit 38 digits with 10 after the point is null. */
    static final DecimalType VALUE = DataTypes.createDecimalType(38, 10);

    static final StructType DOCUMENT = struct(
            field("id", DataTypes.StringType), field("sha256", DataTypes.StringType),
            field("path", DataTypes.StringType), field("file", DataTypes.StringType),
            field("part_index", DataTypes.IntegerType), field("part_count", DataTypes.IntegerType),
            field("municipality", DataTypes.StringType), field("department", DataTypes.StringType),
            field("fiscal_year", DataTypes.IntegerType), field("media_type", DataTypes.StringType),
            field("pages", DataTypes.IntegerType), field("goal_document", DataTypes.BooleanType),
            field("placed_share", DataTypes.DoubleType), field("goals", DataTypes.IntegerType),
            field("indicators", DataTypes.IntegerType), field("warnings", DataTypes.IntegerType),
            field("json", DataTypes.StringType));

    static final StructType GOAL = struct(
            field("document_id", DataTypes.StringType), field("goal_id", DataTypes.StringType),
            field("number", DataTypes.IntegerType), field("division", DataTypes.StringType),
            field("title", DataTypes.StringType), field("text", DataTypes.StringType),
            field("achievement", DataTypes.StringType), field("issues", DataTypes.StringType));

    static final StructType QUANTITY = struct(
            field("document_id", DataTypes.StringType), field("goal_id", DataTypes.StringType),
            field("goal_number", DataTypes.IntegerType), field("quantity_index", DataTypes.IntegerType),
            field("text", DataTypes.StringType), field("metric", DataTypes.StringType), field("value", VALUE),
            field("unit", DataTypes.StringType), field("unit_normalized", DataTypes.StringType),
            field("comparator", DataTypes.StringType), field("as_of", DataTypes.StringType));

    static final StructType INDICATOR = struct(
            field("document_id", DataTypes.StringType), field("indicator_id", DataTypes.StringType),
            field("project", DataTypes.StringType), field("metric", DataTypes.StringType),
            field("division", DataTypes.StringType),
            field("baseline_text", DataTypes.StringType), field("baseline_value", VALUE),
            field("baseline_unit", DataTypes.StringType), field("baseline_year", DataTypes.IntegerType),
            field("target_index", DataTypes.IntegerType), field("target_text", DataTypes.StringType),
            field("target_value", VALUE), field("target_unit", DataTypes.StringType),
            field("target_year", DataTypes.IntegerType));

    /**
     * One row per input: where it is, its SHA-256 (null when it was not read: past the size limit), whether it was
     * skipped (its SHA-256 already parsed in the output), the error (null when parsed), the parse's wall time on the
     * executor, its JSON Lines records (the documents', or its error record), and its rows of the flat tables.
     */
    static final StructType INPUT = struct(
            field("path", DataTypes.StringType), field("file", DataTypes.StringType),
            field("length", DataTypes.LongType), field("sha256", DataTypes.StringType),
            field("skipped", DataTypes.BooleanType),
            field("error_code", DataTypes.StringType), field("error_message", DataTypes.StringType),
            field("parse_ms", DataTypes.LongType),
            field("records", DataTypes.createArrayType(DataTypes.StringType, false)),
            field("documents", DataTypes.createArrayType(DOCUMENT, false)),
            field("goals", DataTypes.createArrayType(GOAL, false)),
            field("targets", DataTypes.createArrayType(QUANTITY, false)),
            field("results", DataTypes.createArrayType(QUANTITY, false)),
            field("indicators", DataTypes.createArrayType(INDICATOR, false)));

    /** The columns of the {@code inputs} table: {@link #INPUT} without the arrays. */
    static final String[] INPUT_COLUMNS = {"path", "file", "length", "sha256", "error_code", "error_message",
            "parse_ms"};

    private Tables() {
    }

    /** An input's rows of the flat tables, for the records it gave. */
    record Flat(List<Row> documents, List<Row> goals, List<Row> targets, List<Row> results, List<Row> indicators) {
    }

    static Flat flatten(List<GoalDocument> docs, String path) {
        List<Row> documents = new ArrayList<>();
        List<Row> goals = new ArrayList<>();
        List<Row> targets = new ArrayList<>();
        List<Row> results = new ArrayList<>();
        List<Row> indicators = new ArrayList<>();
        for (GoalDocument doc : docs) {
            String id = doc.source().id();
            documents.add(document(doc, path));
            for (Goal g : doc.goals()) {
                goals.add(RowFactory.create(id, g.id(), g.number(), g.division(), g.title(), g.text(),
                        g.achievement() == null ? null : g.achievement().text(), g.issues()));
                quantities(targets, id, g, g.targets());
                if (g.achievement() != null) {
                    quantities(results, id, g, g.achievement().results());
                }
            }
            for (Indicator k : doc.indicators()) {
                DatedQuantity b = k.baseline();
                List<DatedQuantity> ts = k.targets().isEmpty() ? java.util.Collections.singletonList(null)
                        : k.targets();
                int index = 0;
                for (DatedQuantity t : ts) {
                    index++;
                    indicators.add(RowFactory.create(id, k.id(), k.project(), k.metric(), k.division(),
                            b == null ? null : b.text(), b == null ? null : value(b.value()),
                            b == null ? null : b.unit(), b == null ? null : b.year(),
                            t == null ? null : index, t == null ? null : t.text(),
                            t == null ? null : value(t.value()), t == null ? null : t.unit(),
                            t == null ? null : t.year()));
                }
            }
        }
        return new Flat(documents, goals, targets, results, indicators);
    }

    private static Row document(GoalDocument doc, String path) {
        var s = doc.source();
        return RowFactory.create(s.id(), s.sha256(), path, s.file(),
                s.part() == null ? null : s.part().index(), s.part() == null ? null : s.part().count(),
                doc.municipality(), doc.department(), doc.fiscalYear() == null ? null : doc.fiscalYear().year(),
                s.mediaType(), s.pages(), doc.quality() == null ? null : doc.quality().goalDocument(),
                doc.quality() == null ? null : doc.quality().placedShare(), doc.goals().size(),
                doc.indicators().size(), doc.warnings().size(), GoalJson.compact(doc));
    }

    private static void quantities(List<Row> out, String id, Goal g, List<Quantity> qs) {
        int index = 0;
        for (Quantity q : qs) {
            index++;
            out.add(RowFactory.create(id, g.id(), g.number(), index, q.text(), q.metric(), value(q.value()), q.unit(),
                    q.unitNormalized(), q.comparator(), q.asOf()));
        }
    }

    /** The value at the column's scale, or null when it does not fit (never a failed task). */
    static BigDecimal value(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal scaled = v.setScale(VALUE.scale(), RoundingMode.HALF_UP);
        return scaled.precision() > VALUE.precision() ? null : scaled;
    }

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
