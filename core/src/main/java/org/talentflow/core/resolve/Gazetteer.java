package org.talentflow.core.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.domain.Organization;

/**
 * The curated organizations: canonical names, aliases, parents, tickers and cities, read from a plain
 * tab-separated file (see {@code org-gazetteer.tsv}). Finds organization names in text and resolves a
 * surface name to its organization and top-level parent.
 */
public final class Gazetteer {

    /** A gazetteer name found in text. */
    public record Hit(int start, int end, String surface, Organization organization) {
    }

    private static final String DEFAULT_RESOURCE = "/org-gazetteer.tsv";

    private final Map<String, Organization> byName = new LinkedHashMap<>();
    private final Map<String, Organization> byFoldedAlias = new LinkedHashMap<>();
    private final NameTrie trie = new NameTrie();

    private Gazetteer() {
    }

    /** The gazetteer that ships with TalentFlow. */
    public static Gazetteer loadDefault() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            Gazetteer gazetteer = new Gazetteer();
            gazetteer.read(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
            return gazetteer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped gazetteer extended (and overridden, entry by entry) by the user's own files. */
    public static Gazetteer loadDefaultWith(List<Path> userFiles) {
        Gazetteer gazetteer = loadDefault();
        for (Path file : userFiles) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                gazetteer.read(reader, file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer " + file, e);
            }
        }
        return gazetteer;
    }

    /** A gazetteer from TSV text alone, for tests and tools. */
    public static Gazetteer parse(String tsv) {
        Gazetteer gazetteer = new Gazetteer();
        try {
            gazetteer.read(new java.io.StringReader(tsv), "text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gazetteer;
    }

    /**
     * Columns: name, kind, parent, ticker, city, aliases separated by '|'. Lines starting with '#' and
     * blank lines are skipped. A later line with the same name replaces the earlier entry.
     */
    private void read(Reader reader, String source) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = Arrays.copyOf(line.split("\t", -1), 6);
            String name = blankToNull(cols[0]);
            if (name == null) {
                throw new IllegalArgumentException(source + ":" + number + ": no organization name");
            }
            OrgKind kind;
            try {
                kind = OrgKind.fromLabel(cols[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + number + ": unknown kind '" + cols[1] + "'", e);
            }
            List<String> aliases = new ArrayList<>();
            if (cols[5] != null) {
                for (String alias : cols[5].split("\\|")) {
                    if (!alias.isBlank()) {
                        aliases.add(alias.strip());
                    }
                }
            }
            add(new Organization(name.strip(), kind, blankToNull(cols[2]), blankToNull(cols[3]),
                    blankToNull(cols[4]), aliases));
        }
    }

    private void add(Organization org) {
        byName.put(org.name(), org);
        for (String surface : allNames(org)) {
            byFoldedAlias.put(fold(surface), org);
            trie.add(surface, org);
            String upper = surface.toUpperCase(Locale.ROOT);
            if (!upper.equals(surface)) {
                trie.add(upper, org); // headlines and wire copy in capitals: "GOOGLE has hired ..."
            }
        }
    }

    private static List<String> allNames(Organization org) {
        List<String> names = new ArrayList<>();
        names.add(org.name());
        names.addAll(org.aliases());
        return names;
    }

    public Optional<Organization> byName(String canonicalName) {
        return Optional.ofNullable(byName.get(canonicalName));
    }

    /** The organization a surface name refers to, case- and punctuation-insensitively. */
    public Optional<Organization> lookup(String surface) {
        if (surface == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byFoldedAlias.get(fold(surface)));
    }

    /** The top-level organization above this one (itself when it has no parent). */
    public Organization topLevel(Organization org) {
        Organization current = org;
        for (int guard = 0; guard < 10 && current.parent() != null; guard++) {
            Organization parent = byName.get(current.parent());
            if (parent == null) {
                break;
            }
            current = parent;
        }
        return current;
    }

    /** A surface name as a move records it; unknown names become organizations of their own. */
    public OrgRef resolve(String surface) {
        return lookup(surface)
                .map(this::refOf)
                .orElseGet(() -> OrgRef.of(OrgNames.clean(surface)));
    }

    public OrgRef refOf(Organization org) {
        Organization top = topLevel(org);
        return new OrgRef(top.name(), top == org ? null : org.name());
    }

    /** Every gazetteer name in the text, longest first, not overlapping, on word boundaries. */
    public List<Hit> findAll(String text) {
        return trie.findAll(text);
    }

    public List<Organization> organizations() {
        return List.copyOf(byName.values());
    }

    static String fold(String name) {
        return OrgNames.foldKey(name);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
