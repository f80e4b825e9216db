package org.talentflow.core.frame;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * A file of Semgrex patterns: comments, {@code macro NAME = value} lines, {@code #>} example lines, and one
 * pattern a line. Macros from the lexicon come first; a file's own may use them.
 */
public final class PatternFile {

    /** A sentence that a pattern must match, and the words its named nodes must bind. */
    public record Example(String sentence, Map<String, String> bindings) {
    }

    /** One pattern: where it stands (its id in features and debugging), the compiled pattern, its examples. */
    public record Line(String id, String source, SemgrexPattern pattern, List<Example> examples) {
    }

    private static final Pattern MACRO = Pattern.compile("^macro\\s+(\\w+)\\s*=\\s*(.+)$");
    private static final Pattern USE = Pattern.compile("\\$\\{(\\w+)}");

    private PatternFile() {
    }

    /** Reads a resource ("/patterns/en/arrive.semgrex") with the given macro lines in front. */
    public static List<Line> read(String resource, String macroLines) {
        Map<String, String> macros = new LinkedHashMap<>();
        for (String line : macroLines.split("\n")) {
            Matcher m = MACRO.matcher(line.strip());
            if (m.matches()) {
                macros.put(m.group(1), m.group(2).strip());
            }
        }
        String name = resource.substring(resource.lastIndexOf('/') + 1).replace(".semgrex", "");
        List<Line> lines = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        try (InputStream in = PatternFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing pattern file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.startsWith("#>")) {
                    examples.add(example(text.substring(2)));
                    continue;
                }
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                Matcher macro = MACRO.matcher(text);
                if (macro.matches()) {
                    macros.put(macro.group(1), expand(macro.group(2).strip(), macros, resource, number));
                    continue;
                }
                String expanded = expand(text, macros, resource, number);
                try {
                    lines.add(new Line(name + ":" + number, text, SemgrexPattern.compile(expanded), List.copyOf(examples)));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(resource + ":" + number + ": " + e.getMessage(), e);
                }
                examples.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static String expand(String text, Map<String, String> macros, String resource, int number) {
        Matcher m = USE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = macros.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(resource + ":" + number + ": unknown macro ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Example example(String text) {
        int bar = text.lastIndexOf('|');
        String sentence = (bar < 0 ? text : text.substring(0, bar)).strip();
        Map<String, String> bindings = new LinkedHashMap<>();
        if (bar >= 0) {
            for (String pair : text.substring(bar + 1).strip().split("\\s+")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    bindings.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return new Example(sentence, bindings);
    }
}
