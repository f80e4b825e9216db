package org.talentflow.core.zh;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in Chinese news, normalized against the publication date: 2024年3月 is "2024-03", 今年7月 and 去年11月 take
 * the year from the publication date, 本月, 上月, 近日 and 日前 take its month; without a publication date a
 * relative date is unknown (null), never guessed.
 */
public final class ChineseDates {

    private static final Pattern DATE = Pattern.compile(
            "(?<year>(?:19|20)\\d{2})\\s*年\\s*(?:(?<month>\\d{1,2})\\s*月)?"
            + "|(?<rel>今年|去年|前年|明年)\\s*(?:(?<rmonth>\\d{1,2})\\s*月|年初|年底|年末|上半年|下半年)?"
            + "|(?<near>本月|上月|上个月|近日|日前|近期)"
            + "|(?<bare>\\d{1,2})\\s*月\\s*\\d{1,2}\\s*日");

    private ChineseDates() {
    }

    /** The first date in a piece of text, or null; "YYYY-MM" or "YYYY". */
    public static String first(String text, LocalDate published) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            String d = of(m, published);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The years a text names outright (19xx and 20xx before 年): the latest tells an undated article's time. */
    public static int latestYear(String text) {
        Matcher m = Pattern.compile("((?:19|20)\\d{2})\\s*年").matcher(text);
        int latest = 0;
        while (m.find()) {
            latest = Math.max(latest, Integer.parseInt(m.group(1)));
        }
        return latest;
    }

    private static String of(Matcher m, LocalDate published) {
        if (m.group("year") != null) {
            return m.group("month") == null ? m.group("year") : month(Integer.parseInt(m.group("year")), m.group("month"));
        }
        if (published == null) {
            return null;
        }
        if (m.group("rel") != null) {
            int year = published.getYear() + switch (m.group("rel")) {
                case "去年" -> -1;
                case "前年" -> -2;
                case "明年" -> 1;
                default -> 0;
            };
            return m.group("rmonth") == null ? String.valueOf(year) : month(year, m.group("rmonth"));
        }
        if (m.group("near") != null) {
            LocalDate d = m.group("near").startsWith("上") ? published.minusMonths(1) : published;
            return month(d.getYear(), String.valueOf(d.getMonthValue()));
        }
        int month = Integer.parseInt(m.group("bare"));
        if (month < 1 || month > 12) {
            return null;
        }
        // A month after the publication's is last year's ("12月30日" in a January article).
        int year = month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
        return month(year, String.valueOf(month));
    }

    private static String month(int year, String month) {
        int mo = Integer.parseInt(month);
        return mo < 1 || mo > 12 ? String.valueOf(year) : String.format(java.util.Locale.ROOT, "%04d-%02d", year, mo);
    }
}
