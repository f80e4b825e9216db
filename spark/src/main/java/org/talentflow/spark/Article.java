package org.talentflow.spark;

import java.time.LocalDate;

import org.talentflow.core.domain.Document;

/**
 * A {@link Document} on its way from the executor that read it to the one that extracts it, with its place in the
 * input (core's records are not serializable, and the job should not make them so).
 *
 * @param source the input file's URI
 */
record Article(int fileIndex, long ordinal, String source, String name, String url, String title, LocalDate published, String text)
        implements ReadItem {

    static Article of(InputFile file, long ordinal, Document d) {
        return new Article(file.index(), ordinal, file.uri(), d.name(), d.url(), d.title(), d.published(), d.text());
    }

    Document document() {
        return new Document(name, url, title, published, text);
    }
}
