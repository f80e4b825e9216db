package org.talentflow.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a small WARC/1.0 file of HTTP response records, gzipped record by record as CC-NEWS is. Written by hand, not
 * with a WARC library: a test-scoped dependency here would take the library off the job's runtime class path once
 * core reads WARC with it.
 */
final class WarcFiles {

    /** One archived page. */
    record Page(String url, String date, String html) {
    }

    private WarcFiles() {
    }

    static void writeGzipped(Path file, List<Page> pages) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (Page page : pages) {
                GZIPOutputStream member = new GZIPOutputStream(out);
                member.write(record(page));
                member.finish();
            }
        }
    }

    private static byte[] record(Page page) throws IOException {
        byte[] body = page.html().getBytes(StandardCharsets.UTF_8);
        byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
        String header = "WARC/1.0\r\n"
                + "WARC-Type: response\r\n"
                + "WARC-Record-ID: <urn:uuid:" + UUID.nameUUIDFromBytes(page.url().getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "WARC-Date: " + page.date() + "T08:00:00Z\r\n"
                + "WARC-Target-URI: " + page.url() + "\r\n"
                + "Content-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + http.length + "\r\n\r\n";
        return concat(concat(header.getBytes(StandardCharsets.US_ASCII), http), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] concat(byte[] a, byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.write(a);
        out.write(b);
        return out.toByteArray();
    }
}
