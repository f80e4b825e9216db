package org.talentflow.core.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds to entries, with Rome. The feed's encoding comes from its XML prolog, else
 * the HTTP header's charset. Document type declarations are refused: a feed is untrusted input, and DTDs are how
 * XML reaches for local files and other hosts.
 */
public final class FeedReader {

    /** An entry whose text is shorter than this is a teaser, however it ends. */
    static final int SUMMARY_CHARS = 400;
    private static final Pattern CUT_OFF = Pattern.compile("(?i)(?:\\.\\.\\.|\u2026|\\[\\s*(?:\\.\\.\\.|\u2026)\\s*]"
            + "|read (?:more|the (?:full|rest of the) (?:story|article))|continue reading|\\(more\\s*(?:\\.\\.\\.|\u2026)?\\)"
            + "|keep reading)[^\\p{L}\\p{N}]*$");

    private FeedReader() {
    }

    /**
     * @param xml         the feed as received
     * @param contentType the HTTP {@code Content-Type}, or null for a file
     * @param base        where the feed came from, to make relative links absolute; null for none
     */
    public static List<FeedEntry> read(byte[] xml, String contentType, URI base) throws UnreadableInput {
        if (xml.length == 0) {
            throw new UnreadableInput("empty feed");
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(xml), contentType, true));
        } catch (FeedException | IllegalArgumentException | IOException e) {
            throw new UnreadableInput("malformed feed (" + reason(e) + ")");
        }
        List<FeedEntry> entries = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (SyndEntry e : feed.getEntries()) {
            FeedEntry entry = entry(e, base);
            if (entry != null && ids.add(entry.id())) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** The entry, or null when it has nothing to identify it or nothing to read. */
    private static FeedEntry entry(SyndEntry e, URI base) {
        String given = blankToNull(e.getLink());
        String link = absolute(given, base);
        String title = blankToNull(e.getTitle());
        String id = firstNonBlank(e.getUri(), link, title);
        if (id == null) {
            return null;
        }
        List<String> notes = new ArrayList<>();
        String content = text(e.getContents(), notes);
        List<String> summaryNotes = new ArrayList<>();
        String summary = e.getDescription() == null ? "" : text(List.of(e.getDescription()), summaryNotes);
        String text = content.isBlank() ? summary : content;
        if (content.isBlank()) {
            notes = summaryNotes;
        }
        if (text.isBlank() && link == null) {
            return null;
        }
        boolean summaryOnly = text.length() < SUMMARY_CHARS || CUT_OFF.matcher(text).find();
        return new FeedEntry(id.strip(), link, title, date(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()),
                text, summaryOnly, notes, link == null && given != null ? given.strip() : null);
    }

    private static String text(List<SyndContent> contents, List<String> notes) {
        StringBuilder all = new StringBuilder();
        for (SyndContent c : contents) {
            String value = c.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
            // RSS descriptions carry no type and are HTML in practice; only an explicit "text" is plain.
            if (type.equals("text") || type.equals("text/plain")) {
                all.append(ArticleCleaner.clean(value));
            } else {
                HtmlArticle.Fragment f = HtmlArticle.fragment(value);
                all.append(f.text());
                notes.addAll(f.notes());
            }
            all.append("\n\n");
        }
        return all.toString().strip();
    }

    /** Absolute http(s) links only: a relative one is resolved against the feed, anything else is no link. */
    private static String absolute(String link, URI base) {
        if (link == null) {
            return null;
        }
        try {
            URI uri = base != null ? base.resolve(link.strip()) : URI.create(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }

    private static String firstNonBlank(String... values) {
        return HtmlArticle.firstNonBlank(values);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
