package org.talentflow.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

import org.talentflow.core.resolve.Gazetteer;

/**
 * The user's own gazetteer files ({@code --gazetteer}, as {@code extract} takes them), read once on the driver from
 * any file system and shipped to the executors as text: small, and then no executor needs the driver's files.
 *
 * @param names the files' names, for core's error messages
 * @param texts their TSV contents, in the order given (later entries override earlier ones)
 */
record UserGazetteer(List<String> names, List<String> texts) implements Serializable {

    static final UserGazetteer NONE = new UserGazetteer(List.of(), List.of());

    UserGazetteer {
        names = List.copyOf(names);
        texts = List.copyOf(texts);
    }

    static UserGazetteer read(List<String> files, Configuration hadoop) throws IOException {
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String file : files) {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
            FileSystem fs = path.getFileSystem(hadoop);
            try (InputStream in = fs.open(path)) {
                names.add(path.getName());
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return new UserGazetteer(names, texts);
    }

    /** The shipped gazetteer with these files over it; core reads them from local files, so they are written out. */
    Gazetteer load() {
        if (texts.isEmpty()) {
            return Gazetteer.loadDefault();
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("talentflow-gazetteer");
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                files.add(Files.writeString(folder.resolve(i + "-" + names.get(i)), texts.get(i)));
            }
            return Gazetteer.loadDefaultWith(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the gazetteer to a temporary folder", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder left behind holds only a copy of the user's gazetteer
        }
    }
}
