package org.talentflow.core.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;

import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.domain.Organization;
import org.talentflow.core.nlp.DateWindows;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.pipeline.Sentence;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.resolve.OrgNames;

/**
 * The expensive stage: CoreNLP part of speech, lemmas and named entities (with SUTime dates normalized
 * against the publication date), then names grouped into items. Gazetteer names win over the
 * statistical tagger, which calls Hunyuan a person and misses JD.com.
 */
public final class SentenceTagger {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "they", "them", "their");
    private static final Set<String> TITLES = Set.of("dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "prof", "prof.");
    private static final Set<String> VENTURE_WORDS = Set.of("startup", "start-up", "venture", "company", "firm",
            "lab", "laboratory", "studio");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})(-\\d{2})?");
    /** Words the statistical tagger sometimes marks as organizations but that never name an employer. */
    private static final Set<String> NOT_EMPLOYERS = Set.of("ai", "llm", "llms", "ceo", "cto", "gpu", "gpus");

    private final Nlp nlp;
    private final Gazetteer gazetteer;

    public SentenceTagger(Nlp nlp, Gazetteer gazetteer) {
        this(nlp, gazetteer, false);
    }

    /** @param alwaysDates run SUTime on every sentence (the full pipeline the cascade is measured against) */
    public SentenceTagger(Nlp nlp, Gazetteer gazetteer, boolean alwaysDates) {
        this.nlp = nlp;
        this.gazetteer = gazetteer;
        this.alwaysDates = alwaysDates;
    }

    private final boolean alwaysDates;

    /** The full pipeline's dates where it runs, else SUTime on the words around date words. */
    private List<DateWindows.Found> windowDates(String text, List<CoreLabel> tokens, LocalDate published) {
        return alwaysDates || !DateWindows.mayNameADate(text) ? List.of() : nlp.dates().find(text, tokens, published);
    }

    /** A sentence through CoreNLP: its tokens with part of speech, lemma and name tags, before dates are read. */
    public record Annotated(Sentence sentence, String text, List<CoreLabel> tokens, LocalDate published) {
    }

    /** Tags a sentence and reads its dates. */
    public TaggedSentence tag(Sentence sentence, LocalDate published) {
        return items(annotate(sentence, published), true);
    }

    /** Part of speech, lemmas and names (and, in the full pipeline, SUTime's dates). */
    public Annotated annotate(Sentence sentence, LocalDate published) {
        String text = sentence.text().replace('\n', ' ').replace('\r', ' ');
        Annotation annotation = new Annotation(text);
        if (published != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        (alwaysDates ? nlp.tagger() : nlp.taggerWithoutDates()).annotate(annotation);
        return new Annotated(sentence, text, annotation.get(CoreAnnotations.TokensAnnotation.class), published);
    }

    /**
     * The sentence's items: names grouped, organizations resolved, and with readDates the dates SUTime finds around
     * date words (the cascade reads them only in sentences that make a claim; they serve nothing else).
     */
    public TaggedSentence items(Annotated annotated, boolean readDates) {
        Sentence sentence = annotated.sentence();
        String text = annotated.text();
        LocalDate published = annotated.published();
        List<DateWindows.Found> dates = readDates ? windowDates(text, annotated.tokens(), published) : List.of();
        List<Tok> toks = new ArrayList<>();
        for (CoreLabel label : annotated.tokens()) {
            String word = label.word();
            String ner = label.ner();
            String normalized = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            for (DateWindows.Found d : dates) {
                if (label.beginPosition() >= d.begin() && label.endPosition() <= d.end() && (ner == null || "O".equals(ner))) {
                    ner = "DATE";
                    normalized = d.value();
                }
            }
            toks.add(new Tok(word, word.toLowerCase(Locale.ROOT),
                    label.lemma() == null ? word.toLowerCase(Locale.ROOT) : label.lemma().toLowerCase(Locale.ROOT),
                    label.tag(), ner, normalized,
                    sentence.begin() + label.beginPosition(), sentence.begin() + label.endPosition()));
        }
        return new TaggedSentence(sentence, chunk(toks, sentence, text, published));
    }

    private List<Item> chunk(List<Tok> toks, Sentence sentence, String text, LocalDate published) {
        String[] gazetteerTag = new String[toks.size()];
        Organization[] gazetteerOrg = new Organization[toks.size()];
        int[] hitId = new int[toks.size()];
        Gazetteer.Hit[] exOrg = new Gazetteer.Hit[toks.size()];
        int id = 0;
        for (Gazetteer.Hit hit : gazetteer.findAll(text)) {
            id++;
            for (int i = 0; i < toks.size(); i++) {
                int b = toks.get(i).begin() - sentence.begin();
                int e = toks.get(i).end() - sentence.begin();
                if (b >= hit.start() && e <= hit.end()) {
                    gazetteerTag[i] = "ORG";
                    gazetteerOrg[i] = hit.organization();
                    hitId[i] = id;
                } else if (e == hit.end() && hit.start() - b == 3 && text.substring(b, hit.start()).equalsIgnoreCase("ex-")) {
                    exOrg[i] = hit; // "Ex-Huawei engineer X": one token, a former employer inside it
                }
            }
        }
        List<Item> items = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Tok tok = toks.get(i);
            if (gazetteerTag[i] != null) {
                int j = i;
                while (j + 1 < toks.size() && hitId[j + 1] == hitId[i]) {
                    j++;
                }
                items.add(orgItem(toks, i, j, gazetteer.refOf(gazetteerOrg[i]), gazetteerOrg[i]));
                i = j + 1;
                continue;
            }
            if (exOrg[i] != null) {
                int split = tok.begin() + 3;
                items.add(new Item(Item.Type.WORD, tok.word().substring(0, 3), "former", "JJ", tok.begin(), split, null, null));
                items.add(new Item(Item.Type.ORG, exOrg[i].surface(), "org", "NNP", split, tok.end(),
                        gazetteer.refOf(exOrg[i].organization()), null));
                i++;
                continue;
            }
            String ner = tok.ner();
            if ("PERSON".equals(ner) || "ORGANIZATION".equals(ner)) {
                int j = i;
                while (j + 1 < toks.size() && ner.equals(toks.get(j + 1).ner()) && gazetteerTag[j + 1] == null) {
                    j++;
                }
                items.add(nameItem(toks, i, j, ner, items));
                i = j + 1;
                continue;
            }
            if ("DATE".equals(ner)) {
                int j = i;
                while (j + 1 < toks.size() && "DATE".equals(toks.get(j + 1).ner())) {
                    j++;
                }
                items.add(new Item(Item.Type.DATE, span(toks, i, j), span(toks, i, j).toLowerCase(Locale.ROOT),
                        toks.get(j).pos(), toks.get(i).begin(), toks.get(j).end(), null,
                        pastMonth(isoDate(tok.normalized()), span(toks, i, j), text, published)));
                i = j + 1;
                continue;
            }
            Item.Type type = PRONOUNS.contains(tok.lower()) ? Item.Type.PRONOUN : Item.Type.WORD;
            String lower = type == Item.Type.WORD && isVerbOrNoun(tok.pos()) ? tok.lemma() : tok.lower();
            items.add(new Item(type, tok.word(), lower, tok.pos(), tok.begin(), tok.end(), null, null));
            i++;
        }
        return mergePossessiveUnits(productNamesAsWords(promoteUnknownEmployers(items, places(toks))));
    }

    /** Where the statistical tagger saw a place: never promoted to an employer ("president of France"). */
    private static Set<Integer> places(List<Tok> toks) {
        Set<Integer> begins = new java.util.HashSet<>();
        for (Tok t : toks) {
            if ("LOCATION".equals(t.ner())) {
                begins.add(t.begin());
            }
        }
        return begins;
    }

    private static final Set<String> MOVE_VERBS = Set.of("leave", "join", "quit", "rejoin", "exit", "depart", "come");
    private static final Set<String> MOVE_PREPOSITIONS = Set.of("for", "from");

    /** "from Wondery, where she was an editor": a place guess the clause after it shows to be an employer. */
    private static boolean whereTheyWorked(List<Item> items, int i) {
        return i + 4 < items.size() && items.get(i + 1).isComma() && items.get(i + 2).isWord("where")
                && items.get(i + 3).is(Item.Type.PRONOUN) && items.get(i + 4).isWord("be", "work", "was", "were", "worked", "had");
    }

    /**
     * Small or new companies are unknown to NER and to the gazetteer; in the object slot of a move verb ("left
     * Acme", "joined Initech from Acme", "left Acme for Globex"), after a word for a company ("the robotics startup
     * Acme", "his own venture, Acme Robotics"), after a title ("chief executive of Acme") or as the second end of
     * "from A to Acme", a run of proper nouns that is no place can only be the employer.
     */
    private List<Item> promoteUnknownEmployers(List<Item> items, Set<Integer> places) {
        List<Item> out = new ArrayList<>(items.size());
        int lastMoveVerb = -100;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            // After a move verb a proper noun is the employer even where the tagger guessed a place ("joined Hooli");
            // in the other slots a place is as likely ("left for Taipei", "president of France"), and the tagger decides.
            boolean slot = !out.isEmpty() && (MOVE_VERBS.contains(out.get(out.size() - 1).lower())
                    || titleOf(out) && !REGIONS.contains(item.text())
                    || (MOVE_PREPOSITIONS.contains(out.get(out.size() - 1).lower()) && i - lastMoveVerb <= 4
                    || employerSlot(out)) && (!places.contains(item.begin()) || whereTheyWorked(items, i)));
            if (slot && isProperNoun(item)) {
                int j = i;
                while (j + 1 < items.size() && isProperNoun(items.get(j + 1))) {
                    j++;
                }
                if (j + 2 < items.size() && items.get(j + 1).isWord("of", "at")
                        && (items.get(j + 2).is(Item.Type.ORG) || isProperNoun(items.get(j + 2)))) {
                    out.add(item); // "head of Research at Acme": a unit's name, the employer follows
                    continue;
                }
                Item first = items.get(i);
                Item last = items.get(j);
                String name = textBetween(items, i, j);
                if (!NOT_EMPLOYERS.contains(name.toLowerCase(Locale.ROOT))) {
                    out.add(new Item(Item.Type.ORG, name, "org", last.pos(), first.begin(), last.end(),
                            gazetteer.resolve(name), null));
                    i = j;
                    continue;
                }
            }
            if (item.type() == Item.Type.WORD && MOVE_VERBS.contains(item.lower())) {
                lastMoveVerb = i;
            }
            out.add(item);
        }
        return out;
    }

    /** The words just before are a company word, or "from A to". */
    private static boolean employerSlot(List<Item> before) {
        int n = before.size();
        Item last = before.get(n - 1);
        if (VENTURE_WORDS.contains(last.lower()) && !"VB".equals(last.pos())
                || n >= 2 && last.isComma() && VENTURE_WORDS.contains(before.get(n - 2).lower())) {
            return true;
        }
        return n >= 3 && last.isWord("to") && before.get(n - 2).is(Item.Type.ORG) && before.get(n - 3).isWord("from");
    }

    /**
     * A title and "of"/"at" just before: "chief executive of Brightloom". The statistical tagger calls many small
     * companies places here, so its guess does not count; regions a title may name ("head of Asia Pacific") do.
     */
    private static boolean titleOf(List<Item> before) {
        int n = before.size();
        return n >= 2 && before.get(n - 1).isWord("of", "at") && before.get(n - 2).type() == Item.Type.WORD
                && Lexicon.TITLE_WORDS.contains(before.get(n - 2).lower());
    }

    /** Regions a title names ("head of Europe", "president of Greater China"): never an employer. */
    private static final Set<String> REGIONS = Set.of("Asia", "Europe", "Africa", "America", "Americas", "EMEA", "APAC",
            "Asia-Pacific", "Greater", "North", "South", "East", "West", "Latin", "Middle", "China", "India", "Japan",
            "Korea", "Southeast", "International", "Global", "Research", "Engineering", "Product", "Sales", "Marketing",
            "Operations", "Finance", "Design", "Policy", "Communications", "Strategy", "Growth", "Science", "AI");

    private static boolean isProperNoun(Item item) {
        return item.type() == Item.Type.WORD && item.pos() != null && item.pos().startsWith("NNP")
                && !item.text().isEmpty() && Character.isUpperCase(item.text().charAt(0));
    }

    private static String textBetween(List<Item> items, int from, int to) {
        StringBuilder b = new StringBuilder(items.get(from).text());
        for (int k = from + 1; k <= to; k++) {
            b.append(items.get(k).begin() > items.get(k - 1).end() ? " " : "").append(items.get(k).text());
        }
        return b.toString();
    }

    private Item nameItem(List<Tok> toks, int from, int to, String ner, List<Item> before) {
        while (from < to && TITLES.contains(toks.get(from).lower())) {
            from++;
        }
        String text = span(toks, from, to);
        boolean afterVentureWord = !before.isEmpty()
                && (VENTURE_WORDS.contains(before.get(before.size() - 1).lower())
                || before.size() > 1 && before.get(before.size() - 1).isComma()
                && VENTURE_WORDS.contains(before.get(before.size() - 2).lower()));
        if ("ORGANIZATION".equals(ner) || afterVentureWord) {
            if (NOT_EMPLOYERS.contains(text.toLowerCase(Locale.ROOT)) || TITLES.contains(text.toLowerCase(Locale.ROOT))) {
                // "Dr." alone, tagged as an organization before a name the tagger split off: a word, never an employer
                return new Item(Item.Type.WORD, text, text.toLowerCase(Locale.ROOT), toks.get(to).pos(),
                        toks.get(from).begin(), toks.get(to).end(), null, null);
            }
            return orgItem(toks, from, to, gazetteer.resolve(text), null);
        }
        return new Item(Item.Type.PERSON, text, text.toLowerCase(Locale.ROOT), toks.get(to).pos(),
                toks.get(from).begin(), toks.get(to).end(), null, null);
    }

    private static Item orgItem(List<Tok> toks, int from, int to, OrgRef ref, Organization known) {
        String text = span(toks, from, to);
        // Media organizations report moves; they are never the employer a move is about.
        String type = known != null && known.kind() == OrgKind.MEDIA ? "media" : "org";
        return new Item(Item.Type.ORG, text, type, toks.get(to).pos(), toks.get(from).begin(), toks.get(to).end(),
                ref, null);
    }

    /**
     * "the Apple Watch", "the Google Pixel": a name the tagger calls an organization right after a known company, and
     * unknown to the gazetteer, is the company's product, not an employer.
     */
    private List<Item> productNamesAsWords(List<Item> items) {
        List<Item> out = new ArrayList<>(items);
        for (int i = 1; i < out.size(); i++) {
            Item before = out.get(i - 1);
            Item it = out.get(i);
            if (before.is(Item.Type.ORG) && it.is(Item.Type.ORG) && gazetteer.lookup(before.text()).isPresent()
                    && gazetteer.lookup(it.text()).isEmpty()) {
                out.set(i, new Item(Item.Type.WORD, it.text(), it.text().toLowerCase(Locale.ROOT), it.pos(), it.begin(), it.end(),
                        null, null));
            }
        }
        return out;
    }

    /** "JD.com's Explore Academy", "Tencent's Hunyuan team": one organization named down to its unit. */
    private List<Item> mergePossessiveUnits(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.is(Item.Type.ORG) && i + 2 < items.size() && items.get(i + 1).isWord("'s", "\u2019s", "'")
                    && items.get(i + 2).is(Item.Type.ORG)) {
                Item unit = items.get(i + 2);
                if (gazetteer.lookup(item.text()).isEmpty() && gazetteer.lookup(unit.text())
                        .filter(o -> o.parent() == null).isPresent()) {
                    out.add(unit); // "Elon Musk's xAI": a company of its own, whoever the tagger took the owner for
                    i += 2;
                    continue;
                }
                OrgRef merged = unit.org();
                if (!merged.organization().equals(item.org().organization())) {
                    boolean knownUnit = gazetteer.lookup(unit.text()).isPresent();
                    merged = knownUnit ? item.org() : new OrgRef(item.org().organization(), OrgNames.clean(unit.text()));
                }
                out.add(new Item(Item.Type.ORG, item.text() + "'s " + unit.text(), item.lower(), unit.pos(),
                        item.begin(), unit.end(), merged, null));
                i += 2;
                continue;
            }
            out.add(item);
        }
        return out;
    }

    private static boolean isVerbOrNoun(String pos) {
        return pos != null && (pos.startsWith("VB") || pos.startsWith("NN"));
    }

    private static String span(List<Tok> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (k > from && toks.get(k).begin() > toks.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(toks.get(k).word());
        }
        return sb.toString();
    }

    private static final Pattern FUTURE = Pattern.compile("\\b(will|set to|expected to|plans? to|is to|due to|slated to)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "left OpenAI in August", written in February: SUTime resolves a bare month forward, but news reports a
     * departure after it happened, so a bare month later than publication is last year's, unless the sentence
     * speaks of the future.
     */
    static String pastMonth(String iso, String span, String sentence, LocalDate published) {
        if (iso == null || published == null || iso.length() != 7 || span.matches(".*\\d.*")
                || FUTURE.matcher(sentence).find()) {
            return iso;
        }
        java.time.YearMonth month = java.time.YearMonth.parse(iso);
        return month.isAfter(java.time.YearMonth.from(published)) ? month.minusYears(1).toString() : iso;
    }

    static String isoDate(String normalized) {
        if (normalized == null) {
            return null;
        }
        var m = ISO_DATE.matcher(normalized);
        if (!m.find()) {
            return null;
        }
        return m.group(2) == null ? m.group(1) : m.group(1) + m.group(2);
    }
}
