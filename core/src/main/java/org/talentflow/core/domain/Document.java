package org.talentflow.core.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One article as read from a source, already cleaned of page furniture.
 *
 * @param name      the input's file name (or an id for records inside a JSONL/WARC file); the move contract's {@code doc}
 * @param url       where the article was published, or null
 * @param title     the headline, or null
 * @param published publication date, or null when unknown
 * @param text      the article body that extraction reads; evidence offsets point into it
 * @param notes     what reading left out of the input, one sentence each ("HTML nested deeper than 256 levels read
 *                  as plain text (the page nests 200,005)"); empty for almost every article
 */
public record Document(String name, String url, String title, LocalDate published, String text, List<String> notes) {

    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Document(String name, String url, String title, LocalDate published, String text) {
        this(name, url, title, published, text, List.of());
    }

    /** Hash of the text alone: the same story saved twice (or under two names) is one document. */
    public String contentHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
