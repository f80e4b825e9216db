package org.talentflow.app.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Article records in JSON: valid ones mutated, fields of the wrong type or null, nesting far past any real record,
 * huge strings, escapes of unpaired surrogates, raw control characters and invalid UTF-8, and JSON Lines files that
 * mix good lines with bad ones. The same bodies are posted to the HTTP API.
 */
final class HostileJson {

    static final List<String> TOKENS = List.of("{", "}", "[", "]", ":", ",", "\"", "\\", "\\u", "\\uD800", "\\uDFFF",
            "\\u0000", "null", "true", "1e999", "-0", "NaN", "Infinity", "\n", "\r\n", "\u2028", "\uFEFF", "//", "/*",
            "\"text\":", "\"date\":", "\"id\":");
    private static final String[] VALUES = {"null", "true", "false", "0", "-0", "1e400", "-1e400", "123456789012345678901234567890",
            "0.0000000000000000000000001", "[]", "{}", "[null]", "\"\"", "\" \"", "\"\\u0000\"", "\"\\uD800\"",
            "\"\\uDC00\\uD800\"", "{\"text\": \"nested\"}", "[\"" + SeedStory.MOVE + "\"]", "\"unknown\"", "\"2025-02-30\"",
            "\"0001-01-01\"", "\"9999-12-31\"", "\"2025-05\"", "\"Mon, 12 May 2025\"", "\"" + SeedStory.MOVE + "\""};
    private static final String[] FIELDS = {"id", "name", "url", "title", "date", "published", "published_at",
            "datePublished", "text", "body", "content"};

    private final Random random;
    private final Mutations mutations;

    HostileJson(Random random) {
        this.random = random;
        this.mutations = new Mutations(random);
    }

    /** An article file: .json (one record or an array) or .jsonl. */
    FuzzCase file(int index) {
        boolean lines = random.nextBoolean();
        Made made = lines ? jsonLines() : record();
        return new FuzzCase(index, FuzzCase.Kind.JSON, made.shape, "records-" + index + (lines ? ".jsonl" : ".json"), null,
                made.bytes);
    }

    /** A body for {@code POST /api/articles}. */
    FuzzCase body(int index) {
        Made made = record();
        String[] types = {"application/json", "application/json; charset=utf-16", "text/plain", "application/x-www-form-urlencoded"};
        return new FuzzCase(index, FuzzCase.Kind.API, made.shape, "post-" + index, types[random.nextInt(types.length)], made.bytes);
    }

    private record Made(String shape, byte[] bytes) {
    }

    private Made record() {
        int shape = random.nextInt(7);
        String name = switch (shape) {
            case 0 -> "mutated record";
            case 1 -> "wrong types";
            case 2 -> "deep nesting";
            case 3 -> "huge string";
            case 4 -> "escapes and control characters";
            case 5 -> "invalid UTF-8";
            default -> "array of records";
        };
        byte[] bytes = switch (shape) {
            case 0 -> seed(SeedStory.MOVE + " " + String.join(" ", SeedStory.BACKGROUND)).getBytes(StandardCharsets.UTF_8);
            case 1 -> wrongTypes().getBytes(StandardCharsets.UTF_8);
            case 2 -> deepNesting().getBytes(StandardCharsets.UTF_8);
            case 3 -> hugeString().getBytes(StandardCharsets.UTF_8);
            case 4 -> seed(escapes()).getBytes(StandardCharsets.UTF_8);
            case 5 -> invalidUtf8();
            default -> ("[" + seed(SeedStory.text()) + ", " + wrongTypes() + ", 42, null, " + seed("Ferry notes.") + "]")
                    .getBytes(StandardCharsets.UTF_8);
        };
        if (shape == 0 || random.nextInt(3) == 0) {
            bytes = mutations.mutate(bytes, TOKENS);
            name += " [" + mutations.applied() + "]";
        }
        return new Made(name, bytes);
    }

    private Made jsonLines() {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            String line = switch (random.nextInt(6)) {
                case 0 -> seed(SeedStory.text());
                case 1 -> wrongTypes();
                case 2 -> "";
                case 3 -> "   \t";
                case 4 -> seed(SeedStory.filler(random, 30)).replace("\"text\"", random.nextBoolean() ? "\"body\"" : "\"content\"");
                default -> "{\"id\": \"cut-" + i + "\", \"text\": \"" + SeedStory.MOVE;  // cut mid-string
            };
            s.append(line).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
        String shape = "json lines x" + n;
        if (random.nextBoolean()) {
            bytes = mutations.mutate(bytes, TOKENS);
            shape += " [" + mutations.applied() + "]";
        }
        return new Made(shape, bytes);
    }

    private String seed(String text) {
        return "{\"id\": \"kestrel-" + random.nextInt(1_000) + "\", \"url\": \"https://wire.example.org/kestrel\", "
                + "\"title\": \"" + SeedStory.HEADLINE + "\", \"date\": \"2025-05-12\", \"text\": \"" + text + "\"}";
    }

    /** The seed's fields, each a value of any type, some twice. */
    private String wrongTypes() {
        StringBuilder s = new StringBuilder("{");
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ", ").append('"').append(FIELDS[random.nextInt(FIELDS.length)]).append("\": ")
                    .append(VALUES[random.nextInt(VALUES.length)]);
        }
        return s.append('}').toString();
    }

    private String deepNesting() {
        int depth = random.nextInt(5) == 0 ? 50_000 + random.nextInt(200_000) : 100 + random.nextInt(3_000);
        return switch (random.nextInt(3)) {
            case 0 -> "[".repeat(depth) + "]".repeat(depth);
            case 1 -> "{\"text\": " + "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth) + "}";
            default -> "{\"id\": \"deep\", \"text\": \"" + SeedStory.MOVE + "\", \"extra\": " + "[{\"b\": ".repeat(depth)
                    + "null" + "}]".repeat(depth) + "}";
        };
    }

    private String hugeString() {
        int size = random.nextInt(8) == 0 ? 500_000 + random.nextInt(500_000) : 5_000 + random.nextInt(60_000);
        return switch (random.nextInt(4)) {
            case 0 -> seed(SeedStory.filler(random, size / 8));
            case 1 -> seed(SeedStory.MOVE + " " + "x".repeat(size));
            case 2 -> "{\"id\": \"" + "i".repeat(size) + "\", \"text\": \"" + SeedStory.MOVE + "\"}";
            default -> "{\"" + "k".repeat(size) + "\": 1, \"text\": \"" + SeedStory.filler(random, 40) + "\"}";
        };
    }

    private String escapes() {
        String[] bits = {"\\uD800", "\\uDFFF", "\\uDBFF\\uDBFF", "\\u0000", "\\u001B[31m", "\\\\", "\\/", "\\b\\f",
                "\\u202E", "\\uFFFE", "\u0001", "\u001F", "\t", "\\n\\n\\n", "\\u00"};
        StringBuilder s = new StringBuilder(SeedStory.MOVE);
        for (int i = 0; i < 1 + random.nextInt(40); i++) {
            s.insert(random.nextInt(s.length() + 1), bits[random.nextInt(bits.length)]);
        }
        return s.toString();
    }

    private byte[] invalidUtf8() {
        byte[] seed = seed(SeedStory.text()).getBytes(StandardCharsets.UTF_8);
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80, (byte) 0x80},
                {(byte) 0xF0, (byte) 0x9F}};
        int textStart = new String(seed, StandardCharsets.UTF_8).indexOf("\"text\": \"") + 9;
        int at = textStart + random.nextInt(seed.length - textStart - 2);
        return Mutations.concat(java.util.Arrays.copyOfRange(seed, 0, at), bad[random.nextInt(bad.length)],
                java.util.Arrays.copyOfRange(seed, at, seed.length));
    }
}
