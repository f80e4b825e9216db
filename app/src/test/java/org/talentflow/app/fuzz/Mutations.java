package org.talentflow.app.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Byte-level damage to a valid document: flipped bits, a cut, a span deleted, repeated or swapped, random bytes,
 * control characters, invalid UTF-8 and unpaired surrogates put in, and the format's own punctuation ("tokens":
 * {@code <}, {@code ]]>}, {@code "}, a header line) dropped where it does not belong. Each mutation names itself, so
 * that a failure says what was done to the seed.
 */
public final class Mutations {

    /** No mutated case grows past this: the point is odd bytes, not size (the generators make size on purpose). */
    private static final int MAX_BYTES = 4 << 20;
    private static final byte[][] BAD_UTF8 = {
            {(byte) 0xC0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
    /** A lone high and a lone low surrogate, as CESU-8 would write them: no valid UTF-8 holds either. */
    private static final byte[][] SURROGATES = {
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xB0, (byte) 0x80},
            {(byte) 0xED, (byte) 0xAF, (byte) 0xBF}};

    private final Random random;
    private final List<String> applied = new ArrayList<>();

    public Mutations(Random random) {
        this.random = random;
    }

    /** One to four mutations of the seed, with the format's tokens among the things put in. */
    public byte[] mutate(byte[] seed, List<String> tokens) {
        byte[] bytes = seed;
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            bytes = once(bytes, tokens);
            if (bytes.length > MAX_BYTES) {
                bytes = Arrays.copyOf(bytes, MAX_BYTES);
                applied.add("capped");
            }
        }
        return bytes;
    }

    /** What was done, in order ("flip x3, truncate at 120"). */
    public String applied() {
        return String.join(", ", applied);
    }

    private byte[] once(byte[] b, List<String> tokens) {
        if (b.length == 0) {
            applied.add("insert into empty");
            return randomBytes(1 + random.nextInt(64));
        }
        return switch (random.nextInt(11)) {
            case 0 -> flip(b);
            case 1 -> truncate(b);
            case 2 -> deleteSpan(b);
            case 3 -> duplicateSpan(b);
            case 4 -> insert(b, randomBytes(1 + random.nextInt(32)), "random bytes");
            case 5 -> insert(b, controlChars(), "control chars");
            case 6 -> insert(b, BAD_UTF8[random.nextInt(BAD_UTF8.length)], "invalid UTF-8");
            case 7 -> insert(b, SURROGATES[random.nextInt(SURROGATES.length)], "unpaired surrogate");
            case 8 -> swapSpans(b);
            default -> insert(b, tokens.get(random.nextInt(tokens.size())).getBytes(StandardCharsets.UTF_8), "token");
        };
    }

    private byte[] flip(byte[] b) {
        byte[] out = b.clone();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        applied.add("flip x" + n);
        return out;
    }

    private byte[] truncate(byte[] b) {
        int at = random.nextInt(b.length);
        applied.add("truncate at " + at);
        return Arrays.copyOf(b, at);
    }

    private byte[] deleteSpan(byte[] b) {
        int from = random.nextInt(b.length);
        int to = from + random.nextInt(Math.min(b.length - from, 256) + 1);
        applied.add("delete " + from + ".." + to);
        return concat(Arrays.copyOfRange(b, 0, from), Arrays.copyOfRange(b, to, b.length));
    }

    /** A span written again right after itself, once or many times (a runaway template). */
    private byte[] duplicateSpan(byte[] b) {
        int from = random.nextInt(b.length);
        int to = from + 1 + random.nextInt(Math.min(b.length - from, 512));
        // A runaway repeat of a move sentence costs the caps' worth of parsing (seconds): rare, as it is in the wild.
        int times = switch (random.nextInt(40)) {
            case 0 -> 1 + random.nextInt(2_000);
            case 1, 2, 3, 4 -> 2 + random.nextInt(30);
            default -> 1;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + (to - from) * times);
        out.write(b, 0, to);
        for (int i = 0; i < times && out.size() < MAX_BYTES; i++) {
            out.write(b, from, to - from);
        }
        out.write(b, to, b.length - to);
        applied.add("repeat " + from + ".." + to + " x" + times);
        return out.toByteArray();
    }

    private byte[] swapSpans(byte[] b) {
        int a = random.nextInt(b.length);
        int c = random.nextInt(b.length);
        int first = Math.min(a, c);
        int second = Math.max(a, c);
        int len = Math.min(second - first, 1 + random.nextInt(64));
        if (len <= 0 || second + len > b.length) {
            return flip(b);
        }
        byte[] out = b.clone();
        System.arraycopy(b, second, out, first, len);
        System.arraycopy(b, first, out, second, len);
        applied.add("swap " + first + "/" + second + " len " + len);
        return out;
    }

    private byte[] insert(byte[] b, byte[] what, String label) {
        int at = random.nextInt(b.length + 1);
        applied.add(label + " at " + at);
        return concat(Arrays.copyOfRange(b, 0, at), what, Arrays.copyOfRange(b, at, b.length));
    }

    private byte[] randomBytes(int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    private byte[] controlChars() {
        byte[] out = new byte[1 + random.nextInt(8)];
        for (int i = 0; i < out.length; i++) {
            int c = random.nextInt(33);
            out[i] = (byte) (c == 32 ? 0x7F : c);
        }
        return out;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }
}
