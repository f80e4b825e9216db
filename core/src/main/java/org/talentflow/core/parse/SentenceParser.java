package org.talentflow.core.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.pipeline.Sentence;
import org.talentflow.core.resolve.Gazetteer;

/**
 * The expensive stage, run only on the sentences the cascade selects: part of speech, lemmas and names, the
 * gazetteer's organizations marked as proper nouns (the tagger calls "Anthropic" an adjective, and the parser
 * trusts the tags), then the dependency parse, repaired where the parser is known to go wrong for move verbs.
 */
public final class SentenceParser {

    private final Nlp nlp;
    private final Gazetteer gazetteer;
    private final GraphRepairs repairs;
    private final Lexicon lexicon;
    private final org.talentflow.core.mention.IntroducedCompanies companies;

    public SentenceParser(Nlp nlp, Gazetteer gazetteer, Lexicon lexicon) {
        this.nlp = nlp;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.companies = new org.talentflow.core.mention.IntroducedCompanies(lexicon);
        this.repairs = new GraphRepairs(lexicon);
    }

    /**
     * A sentence with its parts of speech and lemmas, the gazetteer's organizations marked, and once {@code named} its
     * named entities: what the cascade checks before it pays for the parse.
     */
    public record Tagged(Sentence sentence, Annotation annotation, List<Gazetteer.Hit> known, ParsedSentence words,
            boolean named) {
    }

    public ParsedSentence parse(Sentence sentence, LocalDate published) {
        return parse(tag(sentence, published));
    }

    public ParsedSentence parse(Sentence sentence, LocalDate published, List<String> introduced) {
        return parse(tag(sentence, published, introduced));
    }

    /** The companies an article's text introduces by what it says of them (see IntroducedCompanies). */
    public List<String> companiesIn(String documentText) {
        return companies.in(documentText);
    }

    public Tagged tag(Sentence sentence, LocalDate published) {
        return tag(sentence, published, List.of());
    }

    /**
     * The same, where the article introduced the companies {@code introduced} (see IntroducedCompanies): in this
     * sentence too they are organizations, as the gazetteer's are.
     */
    public Tagged tag(Sentence sentence, LocalDate published, List<String> introduced) {
        // Offsets stay true: one character for one.
        String text = leadInCapitalsAsAName(withoutAsides(sentence.text().replace('\n', ' ').replace('\r', ' ')));
        Annotation annotation = new Annotation(text);
        if (published != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        nlp.posTagger().annotate(annotation);
        List<CoreLabel> labels = annotation.get(CoreAnnotations.TokensAnnotation.class);
        List<Gazetteer.Hit> known = new ArrayList<>(gazetteer.findAll(text));
        for (int[] at : org.talentflow.core.mention.IntroducedCompanies.occurrences(text, introduced)) {
            known.add(new Gazetteer.Hit(at[0], at[1], text.substring(at[0], at[1]), null));
        }
        markKnownOrganizations(known, labels);
        TagRepairs.apply(labels, lexicon);
        return new Tagged(sentence, annotation, known, new ParsedSentence(sentence, tokens(sentence, labels), bare(labels), labels),
                false);
    }

    /** The tagged sentence with its named entities (persons, organizations, places). */
    public Tagged name(Tagged tagged) {
        if (tagged.named()) {
            return tagged;
        }
        Annotation annotation = tagged.annotation();
        nlp.entities().annotate(annotation);
        List<CoreLabel> labels = annotation.get(CoreAnnotations.TokensAnnotation.class);
        // The entity tagger labels every token afresh: the gazetteer's organizations are marked again.
        markKnownOrganizations(tagged.known(), labels);
        TagRepairs.apply(labels, lexicon);
        Sentence sentence = tagged.sentence();
        return new Tagged(sentence, annotation, tagged.known(),
                new ParsedSentence(sentence, tokens(sentence, labels), bare(labels), labels), true);
    }

    public ParsedSentence parse(Tagged tagged) {
        Tagged named = name(tagged);
        Annotation annotation = named.annotation();
        Sentence sentence = named.sentence();
        List<CoreLabel> labels = annotation.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph graph = null;
        if (labels.size() <= Nlp.MAX_PARSE_TOKENS) {
            int cut = attributionStart(labels);
            if (cut > 0) {
                graph = parsed(clause(annotation, labels.subList(0, cut)));
                boolean clauseOfAVerb = graph != null && graph.getRoots().stream().allMatch(r -> r.tag() != null
                        && r.tag().startsWith("VB"));
                if (clauseOfAVerb) {
                    for (int i = cut; i < labels.size(); i++) {
                        graph.addVertex(new edu.stanford.nlp.ling.IndexedWord(labels.get(i)));
                    }
                } else {
                    graph = null; // ("The researchers—A, B and C—started at Meta, the people said": whole, it is a clause)
                }
            }
            if (graph == null) {
                graph = parsed(annotation);
            }
        }
        if (graph == null) {
            // Too long to parse (a list or page junk run together): the tokens alone, for the word-order reading.
            graph = bare(labels);
        }
        List<Token> tokens = tokens(sentence, labels);
        repairs.apply(graph, tokens);
        return new ParsedSentence(sentence, tokens, graph, labels);
    }

    /** The dependencies of the one sentence of an annotation, or null where the parser gave up. */
    private SemanticGraph parsed(Annotation annotation) {
        nlp.parser().annotate(annotation);
        CoreMap parsed = annotation.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        Tree tree = parsed.get(TreeCoreAnnotations.TreeAnnotation.class);
        return tree != null && !"X".equals(tree.value()) ? Nlp.dependencies(tree) : null;
    }

    /** Verbs of a closing attribution: "..., the library's board of trustees announced Tuesday." */
    private static final java.util.Set<String> ATTRIBUTING = java.util.Set.of("say", "announce", "confirm", "report",
            "add", "tell", "write", "state", "disclose");
    /** The most words an attribution after the last comma may have. */
    private static final int MAX_ATTRIBUTION = 9;

    /**
     * Where a closing attribution starts (its comma), or 0 when the sentence has none: "X has been named director of
     * B, the library's board of trustees announced Tuesday." The parser often reads such a sentence as a clause
     * ("director ... announced") and loses the move, so the move's clause is parsed without it; the attribution's
     * words stay as tokens, unattached. Not where a quotation opens the sentence ("'...,' the company said": the
     * speaker is who the quote is of).
     */
    private static int attributionStart(List<CoreLabel> labels) {
        int n = labels.size();
        int end = n > 0 && labels.get(n - 1).tag().equals(".") ? n - 1 : n;
        if (n < 10 || labels.get(0).tag().equals("``") || labels.get(0).word().equals("\"")) {
            return 0;
        }
        for (int c = end - 1; c >= Math.max(6, end - MAX_ATTRIBUTION - 1); c--) {
            CoreLabel t = labels.get(c);
            if (t.tag().equals("''") || t.tag().equals("``")) {
                return 0;
            }
            if (t.word().equals(",")) {
                for (int v = c + 2; v < end; v++) {
                    CoreLabel w = labels.get(v);
                    if (w.tag().matches("VB[DZP]") && ATTRIBUTING.contains(w.lemma().toLowerCase(Locale.ROOT))) {
                        return c;
                    }
                }
                return 0;
            }
        }
        return 0;
    }

    /** An annotation of the first words of a sentence alone, for the parser. */
    private static Annotation clause(Annotation whole, List<CoreLabel> words) {
        List<CoreLabel> tokens = new ArrayList<>(words);
        Annotation clause = new Annotation(whole.get(CoreAnnotations.TextAnnotation.class));
        clause.set(CoreAnnotations.TokensAnnotation.class, tokens);
        CoreMap sentence = new edu.stanford.nlp.util.ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
        clause.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        return clause;
    }

    private static SemanticGraph bare(List<CoreLabel> labels) {
        SemanticGraph graph = new SemanticGraph();
        for (CoreLabel label : labels) {
            graph.addVertex(new edu.stanford.nlp.ling.IndexedWord(label));
        }
        return graph;
    }

    private static List<Token> tokens(Sentence sentence, List<CoreLabel> labels) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            String lemma = label.lemma() == null ? label.word() : label.lemma();
            tokens.add(new Token(label.index(), label.word(), lemma.toLowerCase(Locale.ROOT), label.tag(),
                    label.ner() == null ? "O" : label.ner(), sentence.begin() + label.beginPosition(),
                    sentence.begin() + label.endPosition()));
        }
        return tokens;
    }

    /**
     * "X (pictured above, left), an 11-year veteran of A, ...": an aside in brackets breaks the clause the parser sees,
     * so it is blanked, one space for one character (offsets stay true). What an aside says of a person is read
     * from the sentence's own text (see SentenceReader).
     */
    static String withoutAsides(String text) {
        StringBuilder b = new StringBuilder(text);
        java.util.regex.Matcher dateline = DATELINE.matcher(text);
        if (dateline.find()) {
            // "BEIJING, Oct 2 (TechWire) - Moonshot AI has lost ...": the place, date and agency are no part of the clause
            for (int j = 0; j < dateline.end(); j++) {
                b.setCharAt(j, ' ');
            }
        }
        java.util.regex.Matcher bullet = BULLET.matcher(text);
        if (bullet.lookingAt()) {
            // "• Kwame Asante, formerly of Unilever, joins ...": the parser hangs the name on a bullet it reads as a word
            for (int j = 0; j < bullet.end(); j++) {
                b.setCharAt(j, ' ');
            }
        }
        int open = -1;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '(') {
                open = i;
            } else if (c == ')' && open >= 0) {
                if (i - open <= MAX_ASIDE && open > 0) {
                    for (int j = open; j <= i; j++) {
                        b.setCharAt(j, ' ');
                    }
                }
                open = -1;
            }
        }
        return b.toString();
    }

    /** Words in capitals that open a sentence, up to a word in lower case, a possessive or a comma. */
    private static final java.util.regex.Pattern LEAD_IN_CAPITALS = java.util.regex.Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu}&'.-]*(?:\\s+\\p{Lu}[\\p{Lu}&'.-]*)+)(?=\\s+\\p{Ll}|['’]s\\b|,)");
    private static final java.util.regex.Pattern CAPITALIZED_WORD = java.util.regex.Pattern.compile("[\\p{Lu}&'.-]+");
    private static final Set<String> SMALL_WORDS = Set.of("OF", "AND", "THE", "FOR", "DE");

    /**
     * "VELMONT RE has named X", "BANK OF LOTHIAN's head of wealth": a round-up opens each item on the company's name in
     * capitals, which the tagger reads as no name; written as a name (offsets stay true: one character for one) it is
     * one. Words of three letters or fewer stay as they are ("RE", "AI" may be acronyms), small words go to lower case.
     */
    static String leadInCapitalsAsAName(String text) {
        java.util.regex.Matcher m = LEAD_IN_CAPITALS.matcher(text);
        if (!m.lookingAt()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        java.util.regex.Matcher word = CAPITALIZED_WORD.matcher(m.group(1));
        while (word.find()) {
            String w = word.group();
            int at = m.start(1) + word.start();
            if (SMALL_WORDS.contains(w)) {
                b.replace(at, at + w.length(), w.toLowerCase(java.util.Locale.ROOT));
            } else if (w.length() >= 4) {
                b.replace(at + 1, at + w.length(), w.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return b.toString();
    }

    /** A list item's bullet (not a dash: a dash item's parse is read as it is, see affiliation.semgrex). */
    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile(
            "\\s*[" + org.talentflow.core.pipeline.SentenceSelector.BULLET_MARKS + "]\\s");

    /** "BEIJING, Oct 2 (TechWire) - ", "ANN ARBOR, Mich. -- ", "ANN ARBOR\u2014": a place in capitals, then a dash. */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu} .'-]+(?:,\\s+(?:\\p{Lu}[\\p{L}]*\\.\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*)?"
            + "(?:\\([^)]{1,40}\\)\\s*)?[-\u2013\u2014]+\\s|\\s*(?:\u2013|\u2014|--)\\s*)");

    /** Longer brackets hold sentences of their own, not asides. */
    private static final int MAX_ASIDE = 80;

    /** Gazetteer names are organizations and proper nouns, whatever the statistical tagger guessed. */
    private static void markKnownOrganizations(List<Gazetteer.Hit> known, List<CoreLabel> labels) {
        for (Gazetteer.Hit hit : known) {
            for (CoreLabel label : labels) {
                if (label.beginPosition() >= hit.start() && label.endPosition() <= hit.end()
                        && Character.isLetterOrDigit(label.word().codePointAt(0))) {
                    label.setNER("ORGANIZATION");
                    if (!label.tag().startsWith("NNP")) {
                        label.setTag("NNP");
                    }
                }
            }
        }
        for (CoreLabel label : labels) {
            boolean name = "PERSON".equals(label.ner()) || "ORGANIZATION".equals(label.ner());
            if (name && !label.tag().startsWith("NNP") && Character.isUpperCase(label.word().codePointAt(0))) {
                label.setTag("NNP");
            }
        }
    }
}
