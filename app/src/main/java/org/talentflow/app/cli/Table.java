package org.talentflow.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table for people: columns padded to their widest cell, long cells cut with an ellipsis. A Han
 * character takes two columns of a terminal, so 周畅 is as wide as "Zhou".
 */
final class Table {

    private static final int MAX_WIDTH = 48;

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = List.of(headers);
    }

    Table row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            String text = cell == null ? "" : cell.toString().replaceAll("\\s+", " ");
            row.add(text.length() > MAX_WIDTH ? text.substring(0, MAX_WIDTH - 1) + "\u2026" : text);
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintStream out) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns(headers.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], c < row.size() ? columns(row.get(c)) : 0);
            }
        }
        printRow(out, headers, widths);
        StringBuilder rule = new StringBuilder();
        for (int w : widths) {
            rule.append("-".repeat(w)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
        for (List<String> row : rows) {
            printRow(out, row, widths);
        }
    }

    private static void printRow(PrintStream out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            line.append(cell).append(" ".repeat(widths[c] - columns(cell) + 2));
        }
        out.println(line.toString().stripTrailing());
    }

    static int columns(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    /** Han characters and the full-width punctuation and forms of CJK text. */
    private static boolean wide(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
    }
}
