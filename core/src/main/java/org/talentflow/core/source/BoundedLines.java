package org.talentflow.core.source;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text stream, none kept beyond a length: a longer line is read to its end without being kept and
 * comes back as too long, so that a file with no line end at all cannot fill the memory, whatever its size.
 */
final class BoundedLines {

    /** One line without its line end; text is null when the line was longer than allowed. */
    record Line(String text) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final long maxChars;

    BoundedLines(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (!tooLong && line.length() >= maxChars) {
                tooLong = true;
                line = new StringBuilder(); // let go of what was kept
            } else if (!tooLong) {
                line.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        if (tooLong) {
            return new Line(null);
        }
        int end = line.length();
        return new Line(end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString());
    }
}
