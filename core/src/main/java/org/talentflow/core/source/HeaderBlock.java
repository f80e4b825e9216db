package org.talentflow.core.source;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional header of a text article: {@code key: value} lines (url, date, title, ...) from the first line,
 * ended by a blank line. Without one, the whole file is the article.
 */
record HeaderBlock(String url, String dateField, String title, String body) {

    private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z][\\w-]{0,30}):[ \\t]*(.*)$");
    private static final java.util.Set<String> KNOWN = java.util.Set.of("url", "date", "title", "source", "author", "id", "lang");

    static HeaderBlock parse(String text) {
        String[] lines = text.split("\n", -1);
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        for (; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                break;
            }
            Matcher m = KEY_LINE.matcher(lines[i].strip());
            if (!m.matches()) {
                return new HeaderBlock(null, null, null, text);
            }
            fields.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
        }
        // A header names at least one known key; "Note: ..." opening a story is not one.
        if (fields.isEmpty() || fields.keySet().stream().noneMatch(KNOWN::contains) || i >= lines.length) {
            return new HeaderBlock(null, null, null, text);
        }
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
        return new HeaderBlock(blankToNull(fields.get("url")), blankToNull(fields.get("date")),
                blankToNull(fields.get("title")), body);
    }

    boolean present() {
        return url != null || dateField != null || title != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
