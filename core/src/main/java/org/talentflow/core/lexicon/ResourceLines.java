package org.talentflow.core.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a tab-separated resource file: comments ('#') and blank lines skipped, cells stripped. */
public final class ResourceLines {

    private ResourceLines() {
    }

    public static List<String[]> rows(String resource) {
        List<String[]> rows = rowsIfPresent(resource);
        if (rows == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return rows;
    }

    /** The rows, or null when there is no such resource. */
    public static List<String[]> rowsIfPresent(String resource) {
        try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
