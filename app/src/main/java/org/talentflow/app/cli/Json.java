package org.talentflow.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.talentflow.app.json.JsonStyle;

import java.io.PrintStream;
import java.io.UncheckedIOException;

/** --json output: pretty JSON in the style of the API's answers ({@link JsonStyle}). */
final class Json {

    private static final ObjectMapper MAPPER = JsonStyle.indented();

    private Json() {
    }

    static void print(Object value, PrintStream out) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
