package org.talentflow.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;

import org.talentflow.core.source.ArticleReader;

/**
 * Reads one input file on an executor with core's {@link ArticleReader}, so every format core reads (text, HTML,
 * JSON, JSONL, and WARC once core reads it) is read here the same way. A file on another file system (HDFS, S3) is
 * first copied to a local temporary folder under its own name, since core reads local paths and names articles
 * after their file.
 */
final class FileArticles {

    /** Items buffered between the reading thread and the task; enough to keep extraction busy, small in memory. */
    private static final int QUEUE = 64;

    private FileArticles() {
    }

    static Iterator<ReadItem> read(InputFile file, Configuration hadoop) {
        ProducerIterator<ReadItem> items = new ProducerIterator<>("read " + file.name(), QUEUE, sink -> readInto(file, hadoop, sink));
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> items.close());
        }
        return items;
    }

    private static void readInto(InputFile file, Configuration hadoop, Consumer<ReadItem> sink) throws IOException {
        URI uri = URI.create(file.uri());
        if ("file".equals(uri.getScheme())) {
            readLocal(file, Path.of(uri), null, sink);
            return;
        }
        Path folder = Files.createTempDirectory("talentflow-input");
        try {
            Path copy = folder.resolve(file.name());
            try (InputStream in = FileSystem.get(uri, hadoop).open(new org.apache.hadoop.fs.Path(uri))) {
                Files.copy(in, copy);
            } catch (IOException e) {
                // Reported like any unreadable input; the rest of the job goes on.
                sink.accept(new Failure(file.index(), 0, file.uri(), "cannot read: " + e.getMessage()));
                return;
            }
            readLocal(file, copy, file.uri(), sink);
        } finally {
            deleteTree(folder);
        }
    }

    /** Reads a local file; failures name the original input when the file is a local copy of it. */
    private static void readLocal(InputFile file, Path local, String shownAs, Consumer<ReadItem> sink) {
        long[] ordinal = {0};
        String localName = local.toString();
        new ArticleReader().read(List.of(local),
                doc -> sink.accept(Article.of(file, ordinal[0]++, doc)),
                failure -> sink.accept(new Failure(file.index(), ordinal[0]++,
                        shownAs == null ? failure.source() : failure.source().replace(localName, shownAs),
                        failure.reason())));
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary copy " + folder, e);
        }
    }
}
