package org.talentflow.core.source;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Bytes to text: a byte-order mark wins, then bytes that are valid UTF-8 with non-ASCII characters, then a declared
 * charset, then a statistical guess (GB18030/GBK, Big5, Windows-1252, ...). Wrongly labelled pages are common both
 * ways, so a UTF-8 label is only believed when the bytes really decode as UTF-8, and valid UTF-8 is believed
 * whatever the label.
 */
public final class EncodingDetector {

    private EncodingDetector() {
    }

    public static String decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /** @param declared a charset name the source declares (HTML meta, HTTP header), or null */
    public static String decode(byte[] bytes, String declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        String strictUtf8 = strictUtf8(bytes);
        if (strictUtf8 != null && hasMultiByteSequence(bytes)) {
            // Text in GBK, Big5 or Windows-1252 almost never happens to be valid multi-byte UTF-8, while pages saved
            // as UTF-8 under an old charset label are common: the bytes outrank the label.
            return strictUtf8;
        }
        Charset named = charset(declared);
        if (named != null && !(strictUtf8 == null && named.equals(StandardCharsets.UTF_8))) {
            return new String(bytes, widen(named));
        }
        if (strictUtf8 != null) {
            return strictUtf8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        Charset guessed = charset(detector.getDetectedCharset());
        return new String(bytes, guessed == null ? Charset.forName("windows-1252") : widen(guessed));
    }

    /** GB2312 and GBK are subsets of GB18030, and Latin-1 of Windows-1252: decode with the superset. */
    private static Charset widen(Charset charset) {
        return switch (charset.name().toUpperCase(java.util.Locale.ROOT)) {
            case "GB2312", "GBK", "EUC-CN", "X-EUC-CN" -> Charset.forName("GB18030");
            case "ISO-8859-1", "US-ASCII" -> Charset.forName("windows-1252");
            default -> charset;
        };
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasMultiByteSequence(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
