package org.talentflow.core.source;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.talentflow.core.domain.Document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A WARC or WARC.gz archive (the CC-NEWS format) to articles, read as a stream one record at a time: an archive of
 * any size never sits in memory, only the record at hand, and no record over the per-article limit is read.
 * Responses with status 200 and an HTML body become articles named {@code ARCHIVE#RECORD-ID}, with the target URI as
 * URL and the page's own date, else the capture date, as publication date. Every other record is skipped with its
 * reason. A cut or corrupt archive keeps the articles before the damage and reports the rest as one failure.
 */
final class WarcArticles {

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final long maxRecordBytes;

    WarcArticles(long maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    static boolean isArchive(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /** Reads the whole archive; throws {@link UnreadableInput} for damage that ends it (after handing on what came before). */
    void read(Path file, Consumer<Document> articles, Consumer<ReadFailure> failures, Consumer<SkippedRecord> skipped)
            throws IOException {
        String archive = file.getFileName().toString();
        int complete = 0;
        long position = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() == 0) {
                throw new UnreadableInput("empty file");
            }
            WarcReader reader = new WarcReader(channel);
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                WarcRecord record = next.get();
                String source = archive + "#" + recordName(record, position);
                try {
                    articles.accept(article(record, source));
                } catch (NotAnArticle e) {
                    skipped.accept(new SkippedRecord(source, e.getMessage()));
                } catch (UnreadableInput e) {
                    failures.accept(new ReadFailure(file + "#" + recordName(record, position), e.getMessage()));
                }
                complete++;
                position = reader.position();
            }
        } catch (UnreadableInput e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // jwarc reports a cut gzip member or a garbled header as an exception; what was read before it stays.
            throw new UnreadableInput(complete == 0
                    ? "not a WARC archive or cut in its first record (" + message(e) + ")"
                    : "truncated or corrupt after " + complete + " complete records, at byte " + position
                            + " (" + message(e) + ")");
        }
    }

    /** The record as an article; {@link NotAnArticle} when it is none by nature, {@link UnreadableInput} when broken. */
    private Document article(WarcRecord record, String source) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            throw new NotAnArticle(record.type() + " record");
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | IllegalArgumentException e) {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                throw new NotAnArticle("not an HTTP response: " + response.contentType().base());
            }
            throw new UnreadableInput("malformed HTTP response (" + message(e) + ")");
        }
        if (http.status() != 200) {
            throw new NotAnArticle("HTTP " + http.status());
        }
        String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
        if (!HTML_TYPES.contains(type)) {
            throw new NotAnArticle("not HTML: " + type);
        }
        long size = response.body().size();
        if (size > maxRecordBytes) {
            throw new UnreadableInput("record too large: " + size + " bytes; the limit is " + (maxRecordBytes >> 20)
                    + " MB per record");
        }
        byte[] html = readAll(http.bodyDecoded());
        Document page = HtmlArticle.parse(source, html, http.contentType().parameters().get("charset"));
        if (page.text().isBlank()) {
            throw new NotAnArticle("HTML without text");
        }
        LocalDate published = page.published() != null ? page.published()
                : record.date().atOffset(ZoneOffset.UTC).toLocalDate();
        return new Document(source, response.target(), page.title(), published, page.text());
    }

    /** The whole body, refusing to hold more than the limit even when a decoded body grows past it. */
    private byte[] readAll(MessageBody body) throws IOException {
        try (InputStream in = body.stream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
            if (bytes.length > maxRecordBytes) {
                throw new UnreadableInput("record too large once decoded: over " + (maxRecordBytes >> 20) + " MB");
            }
            return bytes;
        }
    }

    private static String recordName(WarcRecord record, long position) {
        try {
            String id = record.id().toString();
            return id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
        } catch (RuntimeException e) {
            return "offset-" + position;
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** A record that is not an article by nature; its message is the reason it is skipped. */
    private static final class NotAnArticle extends IOException {
        NotAnArticle(String reason) {
            super(reason);
        }
    }
}
