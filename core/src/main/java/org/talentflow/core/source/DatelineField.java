package org.talentflow.core.source;

import java.time.LocalDate;
import java.util.List;

/**
 * A publication date given in a field (a header's {@code date:}, a JSON record's {@code date}), read so that a value
 * no one can mean is said, not silently dropped: "2025-02-30" is no day, "0001-01-01" no publication date, and a date
 * after tomorrow has not come yet. Such a date is read as unknown and the document carries a note saying why.
 */
final class DatelineField {

    /** The earliest publication date taken as meant: before it, a field holds a placeholder, not a date. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private DatelineField() {
    }

    /** The date of a field, or null; a value that was given but cannot stand adds a note. */
    static LocalDate read(String value, List<String> notes) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("unknown")) {
            return null;
        }
        LocalDate date = DatelineFinder.parseField(value);
        if (date == null && partial(value.strip())) {
            return null; // "2024-09": a real date, only less precise than a day; unknown as before, nothing to say
        }
        if (date == null || date.isBefore(EARLIEST) || date.isAfter(LocalDate.now().plusDays(1))) {
            notes.add("the date \"" + value.strip() + "\" is no day between 1900 and tomorrow; read as unknown");
            return null;
        }
        return date;
    }

    /** A year, or a year and month, that can be meant: "2024", "2024-09" (not "2024-13", not "0001"). */
    private static boolean partial(String value) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{2}))?").matcher(value);
        if (!m.matches()) {
            return false;
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        return year >= EARLIEST.getYear() && year <= LocalDate.now().getYear() && month >= 1 && month <= 12;
    }
}
