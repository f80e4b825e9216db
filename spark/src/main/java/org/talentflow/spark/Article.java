package org.talentflow.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.talentflow.core.domain.Document;

/**
 * A {@link Document} on its way from the executor that read it to the one that extracts it, with its place in the
 * input (core's records are not serializable, and the job should not make them so).
 *
 * @param source the input file's URI
 * @param notes  what reading left out of it or read as unknown (see {@code Limits})
 */
record Article(int fileIndex, long ordinal, String source, String name, String url, String title, LocalDate published, String text,
               List<String> notes) implements ReadItem {

    Article {
        notes = new ArrayList<>(notes); // a serializable list
    }

    static Article of(InputFile file, long ordinal, Document d) {
        return new Article(file.index(), ordinal, file.uri(), d.name(), d.url(), d.title(), d.published(), d.text(),
                d.notes());
    }

    Document document() {
        return new Document(name, url, title, published, text, notes);
    }
}
