package org.talentflow.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import org.talentflow.core.source.ArticleReader;

/**
 * The job's inputs (files, folders, globs; on the local disk or any Hadoop file system) expanded on the driver to the
 * files to read, in the order {@code talentflow extract} reads them: arguments in order, a folder's files sorted by
 * path, hidden ones and files that are not articles left out by core's rule. A named file is passed on whatever its
 * type, so that core's reader reports an unsupported one, as it does on one machine.
 */
final class InputFiles {

    /** The files found, and the inputs that named nothing. */
    record Listing(List<InputFile> files, List<Failure> failures) {
    }

    private InputFiles() {
    }

    static Listing list(List<String> inputs, Configuration hadoop) {
        List<InputFile> files = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (String input : inputs) {
            try {
                for (FileStatus file : expand(new Path(input), hadoop)) {
                    files.add(new InputFile(files.size(), file.getPath().toUri().toString(), file.getPath().getName()));
                }
            } catch (FileNotFoundException e) {
                failures.add(new Failure(-1, failures.size(), input, "no such file or folder"));
            } catch (IOException | IllegalArgumentException e) {
                failures.add(new Failure(-1, failures.size(), input, "cannot list: " + e.getMessage()));
            }
        }
        return new Listing(List.copyOf(files), List.copyOf(failures));
    }

    private static List<FileStatus> expand(Path input, Configuration hadoop) throws IOException {
        FileSystem fs = input.getFileSystem(hadoop);
        FileStatus[] matches = fs.globStatus(input);
        if (matches == null || matches.length == 0) {
            throw new FileNotFoundException(input.toString());
        }
        List<FileStatus> files = new ArrayList<>();
        for (FileStatus match : sortedByPath(Arrays.asList(matches))) {
            if (match.isDirectory()) {
                files.addAll(articlesIn(fs, match.getPath()));
            } else {
                files.add(match);
            }
        }
        return files;
    }

    private static List<FileStatus> articlesIn(FileSystem fs, Path folder) throws IOException {
        String root = folder.toUri().getPath();
        List<FileStatus> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> walk = fs.listFiles(folder, true);
        while (walk.hasNext()) {
            LocatedFileStatus f = walk.next();
            String relative = f.getPath().toUri().getPath().substring(root.length());
            if (f.isFile() && !isHidden(relative) && ArticleReader.isArticleFile(f.getPath().getName())) {
                found.add(f);
            }
        }
        return sortedByPath(found);
    }

    /** Hidden like core's folder walk: any part of the path below the folder starting with a dot. */
    private static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static List<FileStatus> sortedByPath(List<FileStatus> files) {
        return files.stream().sorted(Comparator.comparing(f -> f.getPath().toUri().getPath())).toList();
    }
}
