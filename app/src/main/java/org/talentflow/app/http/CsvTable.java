package org.talentflow.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV download: a header and rows, quoted by Jackson's CSV writer. Text that a spreadsheet would take for a
 * formula (starting with = + - @, tab or carriage return) gets a leading apostrophe: names and sentences come from
 * untrusted articles, and a cell must never compute.
 */
final class CsvTable {

    private static final CsvMapper CSV = new CsvMapper();

    private final List<List<Object>> lines = new ArrayList<>();

    CsvTable(String... header) {
        lines.add(List.of((Object[]) header));
    }

    CsvTable row(Object... cells) {
        List<Object> line = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            line.add(cell instanceof String text ? inert(text) : cell);
        }
        lines.add(line);
        return this;
    }

    String text() {
        try {
            return CSV.writer(CsvSchema.emptySchema()).writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rows of strings and numbers always write as CSV", e);
        }
    }

    static String inert(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
