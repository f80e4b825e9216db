package org.talentflow.core.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;

/** When a move happened, as its sentence says: the date SUTime finds nearest the trigger, read against the publication date. */
public final class MoveDates {

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})(-\\d{2})?");
    private static final Pattern FUTURE = Pattern.compile("\\b(will|set to|expected to|plans? to|is to|due to|slated to)\\b",
            Pattern.CASE_INSENSITIVE);

    private final DateWindows dates;

    public MoveDates(DateWindows dates) {
        this.dates = dates;
    }

    /** Every date of a sentence (SUTime over its date words' windows), read against the publication date. */
    public List<DateWindows.Found> in(String sentence, List<CoreLabel> tokens, LocalDate published) {
        return DateWindows.mayNameADate(sentence) ? dates.find(sentence, tokens, published) : List.of();
    }

    /**
     * Of a sentence's dates, the one nearest to a character offset ("2025-03", "2024"), or null, skipping dates that
     * begin at an offset of another clause ("became CEO of C, founded in 2019").
     *
     * @param found     the sentence's dates (see {@link #in})
     * @param sentence  the sentence text
     * @param near      offset within the sentence of the trigger
     * @param published the publication date, or null
     */
    public static String near(List<DateWindows.Found> found, String sentence, int near, LocalDate published,
            java.util.function.IntPredicate elsewhere) {
        DateWindows.Found best = null;
        for (DateWindows.Found f : found) {
            if (elsewhere.test(f.begin())) {
                continue;
            }
            if (best == null || distance(f, near) < distance(best, near)) {
                best = f;
            }
        }
        if (best == null) {
            return null;
        }
        return pastMonth(isoDate(best.value()), sentence.substring(best.begin(), best.end()), sentence, published);
    }

    /**
     * A move's date as the record keeps it: news reports moves done or announced, so a date that begins more than a
     * year after the article's publication is a misreading (a year in a name, a typo) and is dropped: unknown.
     *
     * @param iso       "2025-03-04", "2025-03", "2025" or null
     * @param published the publication date, or null (then any date stands)
     */
    public static String notLongAfter(String iso, LocalDate published) {
        Matcher m = iso == null ? null : ISO_DATE.matcher(iso);
        if (m == null || published == null || !m.find()) {
            return iso;
        }
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2).substring(1));
        LocalDate begins = YearMonth.of(Integer.parseInt(m.group(1)), month).atDay(1);
        return begins.isAfter(published.plusYears(1)) ? null : iso;
    }

    private static int distance(DateWindows.Found f, int at) {
        return at < f.begin() ? f.begin() - at : Math.max(0, at - f.end());
    }

    /**
     * "left OpenAI in August", written in February: SUTime resolves a bare month forward, but news reports a
     * departure after it happened, so a bare month later than publication is last year's, unless the sentence
     * speaks of the future.
     */
    static String pastMonth(String iso, String span, String sentence, LocalDate published) {
        if (iso == null || published == null || iso.length() != 7 || span.matches(".*\\d.*")
                || FUTURE.matcher(sentence).find()) {
            return iso;
        }
        YearMonth month = YearMonth.parse(iso);
        return month.isAfter(YearMonth.from(published)) ? month.minusYears(1).toString() : iso;
    }

    static String isoDate(String normalized) {
        if (normalized == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(normalized);
        if (!m.find()) {
            return null;
        }
        return m.group(2) == null ? m.group(1) : m.group(1) + m.group(2);
    }
}
