package org.talentflow.core.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.talentflow.core.domain.Document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Files and folders to articles. Every input that is not an article is reported by name with its reason and the
 * rest goes on: the caller decides what a failure means for the run. WARC archives (.warc, .warc.gz) are streamed
 * record by record; their records that are not articles (requests, images, redirects) are skipped with a reason.
 */
public final class ArticleReader {

    /**
     * One article file larger than this is not an article. JSONL files and WARC archives are streamed and have no
     * whole-file limit: it applies to each line or record instead.
     */
    public static final long MAX_FILE_BYTES = 20L << 20;
    static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "json", "jsonl");
    /** Annotation files that sit beside the articles of an annotated corpus. */
    private static final Set<String> NOT_ARTICLES = Set.of("gold.jsonl", "docs.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WarcArticles archives = new WarcArticles(MAX_FILE_BYTES);

    public void read(List<Path> paths, Consumer<Document> articles, Consumer<ReadFailure> failures) {
        read(paths, articles, failures, skipped -> { });
    }

    /** @param skipped archive records that are not articles (requests, images, 404s), each with its reason */
    public void read(List<Path> paths, Consumer<Document> articles, Consumer<ReadFailure> failures,
                     Consumer<SkippedRecord> skipped) {
        for (Path file : files(paths, failures)) {
            read(file, articles, failures, skipped);
        }
    }

    /**
     * The article files the paths name, in reading order: files as given, folders walked in sorted order. A path
     * that is missing or of an unsupported type is reported and left out. Listing first lets a long run show how far
     * it has come and remember which files it finished.
     */
    public List<Path> files(List<Path> paths, Consumer<ReadFailure> failures) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(listFolder(path, failures));
            } else if (!Files.exists(path)) {
                failures.accept(new ReadFailure(path.toString(), "no such file or folder"));
            } else if (!isReadable(path)) {
                failures.accept(new ReadFailure(path.toString(), "unsupported file type ." + extension(path)
                        + "; expected .txt .md .html .htm .json .jsonl .warc .warc.gz"));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** The articles of one article file (as {@link #files} lists them), each bad one reported. */
    public void read(Path file, Consumer<Document> articles, Consumer<ReadFailure> failures) {
        readOne(file, articles, failures, skipped -> { });
    }

    /** The articles of one article file or archive, with the archive records that are not articles. */
    public void read(Path file, Consumer<Document> articles, Consumer<ReadFailure> failures,
                     Consumer<SkippedRecord> skipped) {
        readOne(file, articles, failures, skipped);
    }

    /**
     * Whether a folder walk reads a file of this name: a known article extension and not an annotation file. Readers
     * that list folders themselves (the Spark job lists them on a cluster's file system) pick files by the same rule.
     */
    public static boolean isArticleFile(String fileName) {
        return isReadable(Path.of(fileName)) && !NOT_ARTICLES.contains(fileName);
    }

    /** The articles of one file; throws {@link UnreadableInput} with the reason when it holds none. */
    public List<Document> readFile(Path file) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<ReadFailure> failed = new ArrayList<>();
        readOne(file, docs::add, failed::add, skipped -> { });
        if (!failed.isEmpty() && docs.isEmpty()) {
            throw new UnreadableInput(failed.get(0).reason());
        }
        return docs;
    }

    /**
     * The article files under a folder, links followed: a link that loops back into a folder it is in, or that points
     * at nothing, is reported by name and the walk goes on.
     */
    private List<Path> listFolder(Path folder, Consumer<ReadFailure> failures) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                            return isHidden(folder, dir) ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                                    : java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                            if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                                failures.accept(new ReadFailure(file.toString(), "a link to nothing (dangling symbolic link)"));
                            } else if (attrs.isRegularFile() && !isHidden(folder, file) && isArticleFile(file.getFileName().toString())) {
                                found.add(file);
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                            failures.accept(new ReadFailure(file.toString(), e instanceof java.nio.file.FileSystemLoopException
                                    ? "a link that loops back into a folder above it; not followed"
                                    : "cannot read: " + e.getMessage()));
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            failures.accept(new ReadFailure(folder.toString(), "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
        found.sort(null);
        return found;
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReadable(Path file) {
        return EXTENSIONS.contains(extension(file)) || WarcArticles.isArchive(file);
    }

    private void readOne(Path file, Consumer<Document> articles, Consumer<ReadFailure> failures,
                         Consumer<SkippedRecord> skipped) {
        String name = file.getFileName().toString();
        try {
            if (WarcArticles.isArchive(file)) {
                archives.read(file, articles, failures, skipped);
                return;
            }
            if (extension(file).equals("jsonl")) {
                readJsonLines(file, articles, failures);
                return;
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new UnreadableInput("too large: " + size + " bytes; the limit is 20 MB per article file");
            }
            byte[] bytes = Files.readAllBytes(file);
            checkText(bytes);
            switch (extension(file)) {
                case "html", "htm" -> articles.accept(nonEmpty(HtmlArticle.parse(name, bytes)));
                case "json" -> readJson(name, EncodingDetector.decode(bytes), articles, failures, file.toString());
                default -> articles.accept(nonEmpty(textArticle(name, EncodingDetector.decode(bytes))));
            }
        } catch (NoSuchFileException e) {
            failures.accept(new ReadFailure(file.toString(), "no such file or folder"));
        } catch (UnreadableInput e) {
            failures.accept(new ReadFailure(file.toString(), e.getMessage()));
        } catch (IOException e) {
            failures.accept(new ReadFailure(file.toString(), "cannot read: " + e));
        } catch (RuntimeException e) {
            failures.accept(new ReadFailure(file.toString(), "cannot parse: " + e));
        }
    }

    /** A .txt or .md article: optional header block, else a dateline near the top gives the date. */
    static Document textArticle(String name, String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        HeaderBlock header = HeaderBlock.parse(text);
        String body = ArticleCleaner.clean(header.body());
        List<String> notes = new ArrayList<>();
        LocalDate date = DatelineField.read(header.dateField(), notes);
        var published = date != null ? date : DatelineFinder.find(body).orElse(null);
        return new Document(name, header.url(), header.title(), published, body, notes);
    }

    private void readJson(String name, String json, Consumer<Document> articles, Consumer<ReadFailure> failures,
                          String source) throws UnreadableInput {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableInput("malformed JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new UnreadableInput("no text");
        }
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                try {
                    articles.accept(record(root.get(i), name + "#" + (i + 1)));
                } catch (UnreadableInput e) {
                    failures.accept(new ReadFailure(source + "[" + (i + 1) + "]", e.getMessage()));
                }
            }
        } else {
            articles.accept(record(root, name));
        }
    }

    /** JSONL is streamed a line at a time: a file of any size, each bad line reported with its number. */
    private void readJsonLines(Path file, Consumer<Document> articles, Consumer<ReadFailure> failures) throws IOException {
        String name = file.getFileName().toString();
        int count = 0;
        try (InputStream in = Files.newInputStream(file);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            BoundedLines bounded = new BoundedLines(lines, MAX_FILE_BYTES);
            BoundedLines.Line next;
            int number = 0;
            while ((next = bounded.next()) != null) {
                number++;
                String where = file + ":" + number;
                if (next.tooLong()) {
                    count++;
                    failures.accept(new ReadFailure(where, "line too large: over 20 MB"));
                    continue;
                }
                String line = next.text();
                if (line.isBlank()) {
                    continue;
                }
                count++;
                try {
                    JsonNode node = JSON.readTree(line);
                    articles.accept(record(node, name + "#" + number));
                } catch (JsonProcessingException e) {
                    failures.accept(new ReadFailure(where, "malformed JSON (" + e.getOriginalMessage() + ")"));
                } catch (UnreadableInput e) {
                    failures.accept(new ReadFailure(where, e.getMessage()));
                }
            }
        }
        if (count == 0) {
            throw new UnreadableInput("empty file");
        }
    }

    private static Document record(JsonNode node, String fallbackName) throws UnreadableInput {
        if (node == null || !node.isObject()) {
            throw new UnreadableInput("not a JSON object");
        }
        String text = field(node, "text", "body", "content");
        if (text == null || text.isBlank()) {
            throw new UnreadableInput("no text (expected a \"text\", \"body\" or \"content\" field)");
        }
        String id = field(node, "id", "name");
        String date = field(node, "date", "published", "published_at", "datePublished");
        List<String> notes = new ArrayList<>();
        return new Document(id != null && !id.isBlank() ? id : fallbackName, field(node, "url"), field(node, "title"),
                DatelineField.read(date, notes), ArticleCleaner.clean(text), notes);
    }

    private static String field(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && !v.isNull()) {
                return v.asText();
            }
        }
        return null;
    }

    /** Binary data is refused before it is decoded: NUL bytes or many control characters are not an article. */
    private static void checkText(byte[] bytes) throws UnreadableInput {
        if (bytes.length == 0) {
            throw new UnreadableInput("empty file");
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0 && !utf16) {
                throw new UnreadableInput("binary file, not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (control > n / 20) {
            throw new UnreadableInput("binary file, not text");
        }
    }

    private static Document nonEmpty(Document d) throws UnreadableInput {
        if (d.text().isBlank()) {
            throw new UnreadableInput("no text");
        }
        return d;
    }

    static String extension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
