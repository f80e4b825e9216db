package org.talentflow.core.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date of an article without a header: the first full date (day, month and year) near the top,
 * as datelines print it ("Friday, January 24, 2025", "Jan. 24, 2025", "24 January 2025", "2025-01-24").
 * A bare year or month is never a dateline: "founded in 2020" says nothing about when the article appeared.
 */
public final class DatelineFinder {

    /** Datelines sit above the story; a date deeper down is part of the story. */
    private static final int SEARCH_CHARS = 1500;

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DatelineFinder() {
    }

    public static Optional<LocalDate> find(String text) {
        String top = text.length() > SEARCH_CHARS ? text.substring(0, SEARCH_CHARS) : text;
        Candidate best = null;
        best = earlier(best, monthDayYear(top));
        best = earlier(best, dayMonthYear(top));
        best = earlier(best, iso(top));
        return best == null ? Optional.empty() : Optional.of(best.date());
    }

    private record Candidate(int position, LocalDate date) {
    }

    private static Candidate earlier(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.position() <= b.position() ? a : b;
    }

    private static Candidate monthDayYear(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            LocalDate d = date(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) {
                return new Candidate(m.start(), d);
            }
        }
        return null;
    }

    private static Candidate dayMonthYear(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            LocalDate d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) {
                return new Candidate(m.start(), d);
            }
        }
        return null;
    }

    private static Candidate iso(String text) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            LocalDate d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (d != null) {
                return new Candidate(m.start(), d);
            }
        }
        return null;
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Lenient parse of a date field (header, JSON, meta tag): ISO date or date-time, or any dateline form. */
    public static LocalDate parseField(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("unknown")) {
            return null;
        }
        String v = value.trim();
        Matcher iso = Pattern.compile("^((?:19|20)\\d{2})-(\\d{2})-(\\d{2})").matcher(v);
        if (iso.find()) {
            return date(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3));
        }
        return find(v).orElse(null);
    }
}
