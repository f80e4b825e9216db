package org.talentflow.app.fuzz;

/**
 * One generated input: what kind of entry point it is for, the shape it was made in (and the mutations applied), the
 * file name it is written under (its extension picks the reader), the {@code Content-Type} it is served or posted
 * with (null for a file read from disk), and its bytes.
 */
public record FuzzCase(int index, Kind kind, String shape, String fileName, String contentType, byte[] bytes) {

    /** The entry points the cases are for. */
    public enum Kind {
        /** a saved web page (.html) */
        HTML,
        /** an RSS or Atom feed read by {@code watch} */
        FEED,
        /** an article file in JSON or JSON Lines */
        JSON,
        /** a WARC archive (.warc, .warc.gz) */
        WARC,
        /** a JSON body posted to {@code POST /api/articles} */
        API
    }

    public String describe() {
        return "case " + index + " (" + kind + ", " + fileName + ", " + bytes.length + " bytes: " + shape + ")";
    }
}
