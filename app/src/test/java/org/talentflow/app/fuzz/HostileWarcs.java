package org.talentflow.app.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * WARC archives written by hand, record by record, so that every header can be wrong: a small crawl (warcinfo,
 * request, the article's response, a 404, an image, metadata) mutated as bytes, with a Content-Length that lies,
 * headers garbled or missing, HTTP blocks that are chunked or gzip-encoded wrongly, archives cut short, and gzip
 * members that are garbage or decompress to far more than a page.
 */
final class HostileWarcs {

    static final List<String> TOKENS = List.of("\r\n", "\r\n\r\n", "\n", ":", "WARC/1.1\r\n", "WARC/1.0\r\n",
            "Content-Length: 99999999999\r\n", "Content-Length: -1\r\n", "WARC-Type: response\r\n",
            "WARC-Type: continuation\r\n", "HTTP/1.1 200 OK\r\n", "Transfer-Encoding: chunked\r\n",
            "Content-Encoding: gzip\r\n", "Content-Type: text/html; charset=utf-16\r\n", "\u0000", " \t");
    private static final String DATE = "2025-05-12T09:00:00Z";

    private final Random random;
    private final Mutations mutations;

    HostileWarcs(Random random) {
        this.random = random;
        this.mutations = new Mutations(random);
    }

    FuzzCase next(int index) {
        boolean gzip = random.nextBoolean();
        int shape = random.nextInt(6);
        String name = switch (shape) {
            case 0 -> "mutated archive";
            case 1 -> "lying headers";
            case 2 -> "bad HTTP block";
            case 3 -> "truncated";
            case 4 -> "gzip garbage";
            default -> "decoded body past the limit";
        };
        List<byte[]> records = switch (shape) {
            case 1 -> lyingHeaders();
            case 2 -> List.of(response(badHttpBlock()), crawl().get(2));
            case 5 -> List.of(response(bombBlock()));
            default -> crawl();
        };
        byte[] bytes = gzip ? gzipEach(records) : Mutations.concat(records.toArray(byte[][]::new));
        if (shape == 3) {
            int at = random.nextInt(bytes.length);
            bytes = Arrays.copyOf(bytes, at);
            name += " at " + at;
        } else if (shape == 4) {
            bytes = gzipGarbage(bytes, gzip);
        }
        if (shape == 0 || random.nextInt(4) == 0) {
            bytes = mutations.mutate(bytes, TOKENS);
            name += " [" + mutations.applied() + "]";
        }
        return new FuzzCase(index, FuzzCase.Kind.WARC, name + (gzip ? ", gzip" : ""),
                "crawl-" + index + (gzip ? ".warc.gz" : ".warc"), null, bytes);
    }

    /** The valid crawl: each entry one whole record. */
    private List<byte[]> crawl() {
        String page = HostilePages.articleWith("");
        List<byte[]> records = new ArrayList<>();
        records.add(record("warcinfo", "Content-Type: application/warc-fields\r\n", "software: hand-written\r\n".getBytes(StandardCharsets.UTF_8)));
        records.add(record("request", "WARC-Target-URI: https://wire.example.org/kestrel\r\nContent-Type: application/http;msgtype=request\r\n",
                "GET /kestrel HTTP/1.1\r\nHost: wire.example.org\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
        records.add(response(http(200, "text/html; charset=utf-8", "", page.getBytes(StandardCharsets.UTF_8))));
        records.add(response(http(404, "text/html", "", "<p>gone</p>".getBytes(StandardCharsets.UTF_8))));
        records.add(response(http(200, "image/jpeg", "", new byte[]{(byte) 0xFF, (byte) 0xD8, 0, 1, 2})));
        records.add(record("metadata", "WARC-Target-URI: https://wire.example.org/kestrel\r\nContent-Type: application/warc-fields\r\n",
                "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.UTF_8)));
        return records;
    }

    private byte[] response(byte[] httpBlock) {
        return record("response", "WARC-Target-URI: https://wire.example.org/kestrel\r\nContent-Type: application/http;msgtype=response\r\n",
                httpBlock);
    }

    private byte[] record(String type, String headers, byte[] block) {
        return record(type, headers, block, Integer.toString(block.length));
    }

    private byte[] record(String type, String headers, byte[] block, String contentLength) {
        String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + new UUID(random.nextLong(), random.nextLong())
                + ">\r\nWARC-Date: " + DATE + "\r\n" + headers + (contentLength == null ? "" : "Content-Length: " + contentLength + "\r\n")
                + "\r\n";
        return Mutations.concat(head.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] http(int status, String contentType, String headers, byte[] body) {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\n" + headers
                + "Content-Length: " + body.length + "\r\n\r\n";
        return Mutations.concat(head.getBytes(StandardCharsets.UTF_8), body);
    }

    /** The crawl with one record's headers wrong. */
    private List<byte[]> lyingHeaders() {
        byte[] page = http(200, "text/html", "", HostilePages.articleWith("").getBytes(StandardCharsets.UTF_8));
        String[] lengths = {"0", "1", Integer.toString(page.length / 2), Integer.toString(page.length * 3), "-1",
                "99999999999999999999", "abc", "", " 12", "0x10", null, "9223372036854775807"};
        String[] headers = {"", "WARC-Target-URI: not a uri\r\nContent-Type: application/http;msgtype=response\r\n",
                "Content-Type: application/http;msgtype=response\r\n", "WARC-Target-URI: https://x/\r\nContent-Type: ;;;\r\n",
                "no colon here\r\nContent-Type: application/http\r\n", "Content-Type: application/http\r\n continued header\r\n",
                "Content-Type: application/http\r\nWARC-Date: tomorrow\r\n", "Content-Type: application/http\r\nX: " + "h".repeat(100_000) + "\r\n",
                "WARC-Segment-Number: 2\r\nContent-Type: application/http\r\n"};
        String[] types = {"response", "resource", "continuation", "revisit", "nonsense", "", "response\u0000"};
        List<byte[]> records = new ArrayList<>(crawl());
        byte[] lying = record(types[random.nextInt(types.length)], headers[random.nextInt(headers.length)], page,
                lengths[random.nextInt(lengths.length)]);
        if (random.nextInt(4) == 0) {
            String version = new String(lying, StandardCharsets.ISO_8859_1).replaceFirst("WARC/1.1", random.nextBoolean() ? "WARC/9.9" : "HTTP/1.1");
            lying = version.getBytes(StandardCharsets.ISO_8859_1);
        }
        records.add(random.nextInt(records.size() + 1), lying);
        return records;
    }

    /** HTTP blocks a server should never send: chunks that lie, an encoding that is not what it says, no headers. */
    private byte[] badHttpBlock() {
        byte[] page = HostilePages.articleWith("").getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(7)) {
            case 0 -> Mutations.concat("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                    .getBytes(StandardCharsets.UTF_8), chunkedBadly(page));
            case 1 -> http(200, "text/html", "Content-Encoding: gzip\r\n", page); // says gzip, is not
            case 2 -> http(200, "text/html", "Content-Encoding: br\r\n", garbage(500));
            case 3 -> http(200, "text/html", "Content-Encoding: deflate\r\n", garbage(500));
            case 4 -> ("HTTP/1.1 200\r\n" + "X-Many: header\r\n".repeat(10_000) + "\r\n").getBytes(StandardCharsets.UTF_8);
            case 5 -> Mutations.concat("HTTP/1.1 abc Weird\r\nContent-Type: text/html\r\n\r\n".getBytes(StandardCharsets.UTF_8), page);
            default -> http(200, "text/html; charset=" + "x".repeat(random.nextInt(2_000)), "", page);
        };
    }

    private byte[] chunkedBadly(byte[] page) {
        String[] sizes = {"ffffffffffffffff", "-5", "zz", "7fffffff", "1;ext=\"unterminated", ""};
        String first = random.nextBoolean() ? sizes[random.nextInt(sizes.length)] : Integer.toHexString(page.length + 100);
        return Mutations.concat((first + "\r\n").getBytes(StandardCharsets.UTF_8), page, "\r\n0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A gzip-encoded body of 21 MB of spaces: a small record that decodes past the per-article limit. */
    private static byte[] bombBlock() {
        return Bomb.BLOCK;
    }

    /** Made once per JVM: compressing 21 MB for every case would cost more than reading it. */
    private static final class Bomb {
        static final byte[] BLOCK = make();

        private static byte[] make() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 21; i++) {
                    gz.write(spaces);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return http(200, "text/html", "Content-Encoding: gzip\r\n", out.toByteArray());
        }
    }

    private byte[] gzipEach(List<byte[]> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            byte[] gz = gzip(r);
            out.write(gz, 0, gz.length);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A gzip member header over random bytes, random bytes inside the stream, or a plain archive that claims gzip. */
    private byte[] gzipGarbage(byte[] archive, boolean gzip) {
        byte[] header = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, (byte) 0xFF};
        return switch (random.nextInt(3)) {
            case 0 -> Mutations.concat(header, garbage(10 + random.nextInt(5_000)));
            case 1 -> gzip ? Mutations.concat(Arrays.copyOf(archive, archive.length / 2), header, garbage(300), archive)
                    : Mutations.concat(archive, header, garbage(300));
            default -> Mutations.concat(gzip(archive), garbage(100)); // a gzip stream of a whole archive, then junk
        };
    }

    private byte[] garbage(int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }
}
