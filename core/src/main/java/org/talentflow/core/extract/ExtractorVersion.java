package org.talentflow.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.talentflow.core.domain.Limits;
import org.talentflow.core.domain.Organization;
import org.talentflow.core.resolve.Gazetteer;

/**
 * Which extractor made a document's moves, as a short string that changes whenever the moves found in the same text
 * can change. Stored with every document; {@code reextract} redoes the documents of another version.
 *
 * <p>Why these inputs: the extractor's behaviour is its code, the knowledge it reads and the caps it runs under.
 * Most changes are to the knowledge, which lives in data files (SentenceSelector, the frame patterns and the scorer
 * all read them), so every file under {@link #KNOWLEDGE} is hashed, byte for byte, found by listing the folders
 * rather than by a list kept by hand: a new lexicon file counts the day it is added. The gazetteer is hashed as
 * loaded, so a user's {@code --gazetteer} file counts too. The caps of {@link Limits} cut long documents. Changes to the
 * Java code (and to the CoreNLP models it depends on) cannot be seen from inside a run, so they are one constant,
 * {@link #CODE}, raised by hand when a change to the code changes what it finds. Hashing the class files instead
 * would make every refactoring, every recompile with another compiler, a reason to redo a whole store.
 */
public final class ExtractorVersion {

    /** Raise when a change to the extraction code or its CoreNLP models changes what it finds for the same text. */
    static final int CODE = 1;

    /** The resource folders of what the extractor knows: trigger words, titles, hedges, the patterns, the scorer. */
    static final List<String> KNOWLEDGE = List.of("lexicon", "patterns", "model");

    private ExtractorVersion() {
    }

    /** "c1-" and the first 20 hex digits of a SHA-256 over the knowledge files, the gazetteer and the caps. */
    public static String of(Gazetteer gazetteer, Limits limits) {
        MessageDigest sha = sha256();
        knowledgeFiles().forEach((name, bytes) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
            sha.update((byte) 0);
        });
        List<String> organizations = new ArrayList<>();
        for (Organization o : gazetteer.organizations()) {
            organizations.add(o.toString());
        }
        organizations.sort(null);
        for (String o : organizations) {
            sha.update(o.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        // The caps that cut what is read of a stored text; the time per document and the HTML depth do not: a
        // document over its time fails and is not stored, and the HTML was read before the text was stored.
        String caps = limits.sentences() + "," + limits.sentenceTokens() + "," + limits.taggedSentences() + ","
                + limits.parsedSentences() + "," + limits.people();
        sha.update(caps.getBytes(StandardCharsets.UTF_8));
        return "c" + CODE + "-" + HexFormat.of().formatHex(sha.digest()).substring(0, 20);
    }

    /**
     * Every file under the knowledge folders by its path, sorted: read from where this class was loaded (a folder of
     * classes, or the core jar), so that a folder of the same name in another jar on the class path is never taken.
     */
    static TreeMap<String, byte[]> knowledgeFiles() {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try {
            Path home = Path.of(ExtractorVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(home)) {
                for (String folder : KNOWLEDGE) {
                    try (Stream<Path> walk = Files.walk(home.resolve(folder))) {
                        for (Path p : walk.filter(Files::isRegularFile).toList()) {
                            files.put(home.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(home.toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry entry = entries.nextElement();
                        if (!entry.isDirectory() && KNOWLEDGE.stream().anyMatch(f -> entry.getName().startsWith(f + "/"))) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(entry.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the extractor's knowledge files", e);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot find the extractor's knowledge files", e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no knowledge files under " + KNOWLEDGE + " beside " + ExtractorVersion.class);
        }
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
