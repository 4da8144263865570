package org.goalparse.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/**
 * Writes an {@link Origin} as its annotations say (fields in order, {@code boxes} left out when empty, {@code sheet}
 * and {@code cell} when null) without the bean serializer's lookups per list element: a record with provenance
 * holds hundreds of them, and their JSON is most of what provenance costs to write (docs/performance.md).
 */
final class OriginSerializer extends StdSerializer<Origin> {
    OriginSerializer() {
        super(Origin.class);
    }

    @Override
    public void serialize(Origin o, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        if (o.page() == null) {
            g.writeNullField("page");
        } else {
            g.writeNumberField("page", o.page());
        }
        g.writeFieldName("bbox");
        numbers(o.bbox(), g);
        g.writeFieldName("span");
        if (o.span() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            for (Integer i : o.span()) {
                g.writeNumber(i);
            }
            g.writeEndArray();
        }
        if (!o.boxes().isEmpty()) {
            g.writeArrayFieldStart("boxes");
            for (Origin.Box b : o.boxes()) {
                g.writeStartObject();
                g.writeNumberField("page", b.page());
                g.writeFieldName("bbox");
                numbers(b.bbox(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (o.sheet() != null) {
            g.writeStringField("sheet", o.sheet());
        }
        if (o.cell() != null) {
            g.writeStringField("cell", o.cell());
        }
        g.writeEndObject();
    }

    private static void numbers(List<Double> values, JsonGenerator g) throws IOException {
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (Double d : values) {
            g.writeNumber(d);
        }
        g.writeEndArray();
    }
}
