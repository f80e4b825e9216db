package org.talentflow.core.source;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of an HTML page: a byte-order mark, then the HTTP header's charset, then the page's own
 * {@code <meta charset>}, {@code <meta http-equiv="Content-Type">} or XML prolog, then detection
 * ({@link EncodingDetector} also overrules a declaration the bytes contradict).
 */
final class HtmlCharset {

    /** Declarations sit in the head; big inline scripts and styles can push them past the 1 KB browsers scan. */
    private static final int SCAN_BYTES = 16 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile("(?i)^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([\\w.:-]+)");

    private HtmlCharset() {
    }

    static String decode(byte[] bytes, String httpCharset) {
        String declared = httpCharset != null && !httpCharset.isBlank() ? httpCharset : declared(bytes);
        return EncodingDetector.decode(bytes, declared);
    }

    /** The charset the page declares in its head, or null. */
    static String declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }
}
