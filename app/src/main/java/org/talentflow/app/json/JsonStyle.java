package org.talentflow.app.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.talentflow.analytics.NetFlow;
import org.talentflow.storage.PersonView;
import org.talentflow.storage.StoredMove;

import java.io.IOException;
import java.util.Locale;

/**
 * The one JSON style of every CLI {@code --json} output and every API answer: field names in camelCase (as the
 * records name their components: {@code fromOrganization}, {@code weightedArrivals}), dates as ISO strings, and enum
 * values in lower case ({@code "kind": "leave"}), as the tables print them and the move contract writes kinds. The
 * move contract (extract, moves.jsonl) is not written here: FORMAT.md fixes its names.
 */
public final class JsonStyle {

    private JsonStyle() {
    }

    /** For answers read by programs: one line. */
    public static JsonMapper compact() {
        return builder().build();
    }

    /** For a terminal: indented. */
    public static JsonMapper indented() {
        return builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    private static JsonMapper.Builder builder() {
        SimpleModule style = new SimpleModule("talentflow-json-style");
        style.addSerializer(new LowerCaseEnums());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(style)
                .addMixIn(NetFlow.class, NetFlowWithNet.class)
                .addMixIn(StoredMove.class, StoredMoveWithPinyin.class)
                .addMixIn(PersonView.class, PersonViewWithPinyin.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Enum values as their names in lower case: kinds, statuses, organization types. */
    @SuppressWarnings("rawtypes")
    private static final class LowerCaseEnums extends StdSerializer<Enum> {
        LowerCaseEnums() {
            super(Enum.class);
        }

        @Override
        public void serialize(Enum value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(value.name().toLowerCase(Locale.ROOT));
        }
    }

    /** A net flow says its net, plain and weighted, beside the counts it is the difference of. */
    @JsonPropertyOrder({"organization", "arrivals", "departures", "net", "weightedArrivals", "weightedDepartures", "weightedNet"})
    private abstract static class NetFlowWithNet {
        @JsonProperty("net")
        abstract int net();

        @JsonProperty("weightedNet")
        abstract int weightedNet();
    }

    /** A person named in Han characters comes with the pinyin the pages show beside it; other names add nothing. */
    private abstract static class StoredMoveWithPinyin {
        @JsonProperty("personPinyin")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String personPinyin();
    }

    private abstract static class PersonViewWithPinyin {
        @JsonProperty("pinyin")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String pinyin();
    }
}
