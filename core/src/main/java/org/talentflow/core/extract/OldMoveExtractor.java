package org.talentflow.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.extract.Item.Type;
import org.talentflow.core.extract.MoveRules.Affiliation;
import org.talentflow.core.nlp.DateWindows;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.pipeline.Sentence;
import org.talentflow.core.pipeline.SentenceSelector;
import org.talentflow.core.pipeline.SentenceSplitter;
import org.talentflow.core.resolve.Gazetteer;

/**
 * The extraction pipeline, its stages in order: split sentences (cheap), select those that may report a
 * move (cheap), tag them (expensive), apply the move patterns, resolve the document's people, combine
 * the claims into moves. Thread-safe: documents may be extracted in parallel with one set of models.
 */
public final class OldMoveExtractor {

    /** How much of a document the cascade let through to the expensive stage. */
    public record Stats(int sentences, int tagged) {
    }

    /** -Dtalentflow.debug=true prints every tagged sentence and its claims to stderr, for error analysis. */
    private static final boolean DEBUG = Boolean.getBoolean("talentflow.debug");

    private final SentenceSplitter splitter;
    private final SentenceSelector selector = new SentenceSelector();
    private final SentenceTagger tagger;
    private final Gazetteer gazetteer;
    private final boolean tagEverySentence;

    public OldMoveExtractor(Nlp nlp, Gazetteer gazetteer) {
        this(nlp, gazetteer, false);
    }

    /** With tagEverySentence the cascade is off: every sentence gets the expensive stage (for benchmarks). */
    public OldMoveExtractor(Nlp nlp, Gazetteer gazetteer, boolean tagEverySentence) {
        this.splitter = new SentenceSplitter(nlp);
        this.tagger = new SentenceTagger(nlp, gazetteer, tagEverySentence);
        this.gazetteer = gazetteer;
        this.tagEverySentence = tagEverySentence;
    }

    public DocumentMoves extract(Document document) {
        return extract(document, null);
    }

    public DocumentMoves extract(Document document, Stats[] statsOut) {
        if (!tagEverySentence && !selector.mayReportMoves(document.text())) {
            if (statsOut != null && statsOut.length > 0) {
                statsOut[0] = new Stats(splitter.split(document.text()).size(), 0);
            }
            return new DocumentMoves(document, List.of());
        }
        List<Sentence> sentences = splitter.split(document.text());
        SentenceTagger.Annotated[] annotated = new SentenceTagger.Annotated[sentences.size()];
        TaggedSentence[] tagged = new TaggedSentence[sentences.size()];
        boolean[] chosen = tagEverySentence ? everySentence(sentences) : mayReportMoves(sentences);
        tag(sentences, chosen, annotated, tagged, document);
        if (!tagEverySentence) {
            // Context (past employers, denials, the full name behind a surname) is read only for the people the
            // first cut made claims about: most sentences with a move word give none ("leave rates unchanged").
            List<String> claimed = claimedNames(tagged, document.text());
            if (!claimed.isEmpty()) {
                addContext(sentences, chosen, claimed);
                tag(sentences, chosen, annotated, tagged, document);
                readDatesOfClaims(annotated, tagged);
            }
        }
        List<TaggedSentence> inOrder = new ArrayList<>();
        for (TaggedSentence t : tagged) {
            if (t != null) {
                inOrder.add(t);
            }
        }
        if (statsOut != null && statsOut.length > 0) {
            statsOut[0] = new Stats(sentences.size(), inOrder.size());
        }
        return new DocumentMoves(document, movesOf(document, sentences, inOrder));
    }

    private void tag(List<Sentence> sentences, boolean[] chosen, SentenceTagger.Annotated[] annotated,
                     TaggedSentence[] tagged, Document document) {
        for (Sentence sentence : sentences) {
            int i = sentence.index();
            if (chosen[i] && annotated[i] == null) {
                annotated[i] = tagger.annotate(sentence, document.published());
                // The full pipeline has SUTime's dates already; the cascade reads them later, where claims are.
                tagged[i] = tagger.items(annotated[i], tagEverySentence);
            }
        }
    }

    /** Dates serve only to date claims: SUTime reads the sentences that make one, and no other. */
    private void readDatesOfClaims(SentenceTagger.Annotated[] annotated, TaggedSentence[] tagged) {
        MoveRules rules = new MoveRules();
        MoveRules.Group open = null;
        for (int i = 0; i < tagged.length; i++) {
            if (tagged[i] == null) {
                continue;
            }
            MoveRules.Found found = rules.apply(tagged[i], open);
            if (found.group() != null) {
                open = found.group();
            }
            if (!found.claims().isEmpty() && DateWindows.mayNameADate(annotated[i].text())) {
                tagged[i] = tagger.items(annotated[i], true);
            }
        }
    }

    /** The names the move patterns make claims about in the sentences tagged so far (a group counts as a claim). */
    private static List<String> claimedNames(TaggedSentence[] tagged, String documentText) {
        MoveRules rules = new MoveRules();
        List<String> names = new ArrayList<>();
        MoveRules.Group open = null;
        for (TaggedSentence s : tagged) {
            if (s == null) {
                continue;
            }
            MoveRules.Found found = rules.apply(DocumentPeople.withUntypedNames(s, documentText), open);
            found.claims().forEach(c -> names.add(c.person()));
            if (found.group() != null) {
                open = found.group();
                names.add("");
            }
        }
        return names;
    }

    private static boolean[] everySentence(List<Sentence> sentences) {
        boolean[] all = new boolean[sentences.size()];
        java.util.Arrays.fill(all, true);
        return all;
    }

    /** The cascade's first cut: sentences with a move word and someone to be about, and the list a colon opens. */
    private boolean[] mayReportMoves(List<Sentence> sentences) {
        boolean[] chosen = new boolean[sentences.size()];
        for (Sentence s : sentences) {
            if (selector.mayMentionMove(s.text())) {
                chosen[s.index()] = true;
                // "... departed, including:" and then a list of names, one a line.
                for (int i = s.index() + 1; s.text().endsWith(":") && i < sentences.size()
                        && selector.isListItem(sentences.get(i).text()); i++) {
                    chosen[i] = true;
                }
            }
        }
        return chosen;
    }

    /**
     * The second cut: the sentence a claim leans on for who is meant, and nearby sentences that say more of a claimed
     * person (by a word of their name, or a pronoun): where they were before, what was denied.
     */
    private void addContext(List<Sentence> sentences, boolean[] chosen, List<String> claimed) {
        boolean[] firstCut = chosen.clone();
        for (Sentence s : sentences) {
            if (firstCut[s.index()] && s.index() > 0 && selector.leansOnPrevious(s.text())) {
                chosen[s.index() - 1] = true;
            }
        }
        boolean[] nearMove = new boolean[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            for (int j = Math.max(0, i - CONTEXT_WINDOW); chosen[i] && j <= Math.min(chosen.length - 1, i + CONTEXT_WINDOW); j++) {
                nearMove[j] = true;
            }
        }
        java.util.regex.Pattern about = aboutPattern(claimed);
        for (Sentence s : sentences) {
            if (!chosen[s.index()] && nearMove[s.index()] && selector.givesContext(s.text())
                    && about.matcher(s.text()).find()) {
                chosen[s.index()] = true;
            }
        }
        selectFullNamesOfSurnames(sentences, chosen);
    }

    /** A word of any claimed name, or a personal pronoun; a group announcement ("departed, including:") takes any. */
    private static java.util.regex.Pattern aboutPattern(List<String> claimed) {
        if (claimed.contains("")) {
            return java.util.regex.Pattern.compile("");
        }
        java.util.Set<String> words = new java.util.TreeSet<>(List.of("he", "she", "his", "her", "him"));
        for (String name : claimed) {
            for (String word : name.split("[\\s\\p{Punct}]+")) {
                if (word.length() > 1) {
                    words.add(java.util.regex.Pattern.quote(word.toLowerCase(java.util.Locale.ROOT)));
                }
            }
        }
        return java.util.regex.Pattern.compile("(?iu)\\b(?:" + String.join("|", words) + ")\\b");
    }

    /** How far from a possible move a context sentence is still read. */
    private static final int CONTEXT_WINDOW = 2;

    private static final java.util.regex.Pattern SURNAME_SUBJECT =
            java.util.regex.Pattern.compile("^\\W*(\\p{Lu}[\\p{L}'-]+)\\s+(?:has|had|is|was|will|would|also|then|later|recently|\\p{Ll}+ed)\\b");

    /**
     * "Park has joined Anthropic": the sentence that first gave "Linda Park" may hold no trigger word, yet the
     * surname needs it. The earliest sentence naming the surname with a given name is tagged too.
     */
    private static void selectFullNamesOfSurnames(List<Sentence> sentences, boolean[] chosen) {
        for (Sentence s : sentences) {
            if (!chosen[s.index()]) {
                continue;
            }
            java.util.regex.Matcher m = SURNAME_SUBJECT.matcher(s.text());
            if (!m.find()) {
                continue;
            }
            String surname = java.util.regex.Pattern.quote(m.group(1));
            java.util.regex.Pattern fullName = java.util.regex.Pattern.compile(
                    "\\b\\p{Lu}[\\p{L}'-]+\\s+" + surname + "\\b|\\b" + surname + "\\s+\\p{Lu}[\\p{L}'-]+\\b");
            for (int i = 0; i < s.index(); i++) {
                if (fullName.matcher(sentences.get(i).text()).find()) {
                    chosen[i] = true;
                    break;
                }
            }
        }
    }

    private List<Move> movesOf(Document document, List<Sentence> sentences, List<TaggedSentence> tagged) {
        DocumentPeople people = new DocumentPeople();
        MoveRules rules = new MoveRules(); // holds per-sentence state: one per document
        List<Claim> claims = new ArrayList<>();
        List<Affiliation> affiliations = new ArrayList<>();
        List<MoveRules.Mention> denied = new ArrayList<>();
        MoveRules.Group open = null;
        for (TaggedSentence t : tagged) {
            TaggedSentence named = DocumentPeople.withSurnamedOrgsAsPeople(DocumentPeople.withUntypedNames(
                    DocumentPeople.withoutCommonNounPeople(t), document.text()),
                    document.text(), name -> gazetteer.lookup(name).isPresent());
            TaggedSentence s = people.withLoneNamesAsEmployers(people.withKnownNames(named), gazetteer::resolve);
            for (Item item : s.items()) {
                if (item.is(Type.PERSON)) {
                    people.add(item.text(), item.begin());
                }
            }
            MoveRules.Found found = rules.apply(s, open);
            denied.addAll(found.denied());
            found = withGroupOrigin(found, open, s);
            if (found.group() != null) {
                open = anchored(found.group(), sentences);
            } else if (open != null && !startsWithBullet(s) && s.sentence().index() - open.sentenceIndex() > 2) {
                open = null;
            } else if (open != null && startsWithBullet(s)) {
                open = new MoveRules.Group(open.kind(), open.from(), open.to(), s.sentence().index());
            }
            if (DEBUG) {
                System.err.println("[" + document.name() + "] " + s.items().stream()
                        .map(i -> i.type() == Type.WORD ? i.text() + "/" + i.pos() : "<" + i.type() + " " + i.text()
                                + (i.org() != null ? "=" + i.org().mostSpecific() : "") + (i.date() != null ? "=" + i.date() : "") + ">")
                        .reduce((a, b) -> a + " " + b).orElse(""));
                found.claims().forEach(c -> System.err.println("   CLAIM " + c.person() + " " + c.kind() + " " + c.from() + " -> " + c.to()));
            }
            claims.addAll(found.claims());
            affiliations.addAll(found.affiliations());
        }
        java.util.Set<String> deniedPeople = new java.util.HashSet<>();
        for (MoveRules.Mention m : denied) {
            deniedPeople.add(people.resolve(m.name(), m.position()));
        }
        List<Claim> resolved = new ArrayList<>();
        for (Claim c : claims) {
            String name = people.resolve(c.person(), c.position());
            if (name == null || name.isBlank() || deniedPeople.contains(name)) {
                continue; // a move the document denies for this person elsewhere is not reported here either
            }
            Claim r = c.withPerson(name);
            resolved.add(c.hirer() == null ? r : r.withHirer(people.resolve(c.hirer(), c.position())));
        }
        List<Affiliation> resolvedAffiliations = new ArrayList<>();
        for (Affiliation a : affiliations) {
            resolvedAffiliations.add(new Affiliation(people.resolve(a.person(), a.position()), a.position(), a.org(),
                    a.role(), a.history()));
        }
        List<Claim> combined = new ClaimCombiner(resolvedAffiliations, topic(document), sentences).combine(resolved);
        List<Move> moves = new ArrayList<>();
        for (Claim c : combined) {
            if (c.from() == null && c.to() == null || isOldFoundingInPassing(c, document)) {
                continue;
            }
            Sentence s = c.sentence();
            Evidence evidence = new Evidence(document.name(), s.text(), s.begin(), s.end());
            moves.add(new Move(c.person(), c.kind(), c.from(), c.to(), c.role(), c.date(),
                    Math.round(c.confidence() * 100) / 100.0, evidence));
        }
        return moves;
    }

    /**
     * "Huang, who co-founded Nvidia in 1993, said ...": a founding told as background (half confidence) and dated two
     * years or more before the article says who someone is; the article reports no move.
     */
    private static boolean isOldFoundingInPassing(Claim c, Document document) {
        if (c.kind() != org.talentflow.core.domain.MoveKind.FOUND || c.confidence() >= 0.5 || c.date() == null
                || document.published() == null || c.date().length() < 4) {
            return false;
        }
        return Integer.parseInt(c.date().substring(0, 4)) <= document.published().getYear() - 2;
    }

    /** "Several leaders departed, including: - X, who joined Meta": X left where the group left. */
    private static MoveRules.Found withGroupOrigin(MoveRules.Found found, MoveRules.Group open, TaggedSentence s) {
        if (open == null || open.kind() != org.talentflow.core.domain.MoveKind.LEAVE || open.from() == null
                || !startsWithBullet(s)) {
            return found;
        }
        List<Claim> claims = new ArrayList<>();
        for (Claim c : found.claims()) {
            claims.add(c.from() == null && c.to() != null && !MoveRules.sameOrg(open.from(), c.to())
                    ? c.with(org.talentflow.core.domain.MoveKind.MOVE, open.from(), c.to(), c.confidence() - 0.1) : c);
        }
        return new MoveRules.Found(claims, found.affiliations(), found.denied(), found.group());
    }

    /** A departure group that names no organization left the one the sentences just before were about. */
    private MoveRules.Group anchored(MoveRules.Group group, List<Sentence> sentences) {
        if (group == null || group.from() != null || group.kind() != org.talentflow.core.domain.MoveKind.LEAVE) {
            return group;
        }
        for (int i = group.sentenceIndex(); i >= 0 && i >= group.sentenceIndex() - 2; i--) {
            List<Gazetteer.Hit> hits = gazetteer.findAll(sentences.get(i).text());
            for (int h = hits.size() - 1; h >= 0; h--) {
                if (hits.get(h).organization().kind() != org.talentflow.core.domain.OrgKind.MEDIA) {
                    return new MoveRules.Group(group.kind(), gazetteer.refOf(hits.get(h).organization()), null,
                            group.sentenceIndex());
                }
            }
        }
        return group;
    }

    private static boolean startsWithBullet(TaggedSentence s) {
        return s.size() > 0 && s.get(0).isWord("-", "\u2022", "*");
    }

    /** The organization a story is about: named clearly more often than any other, title included. */
    private OrgRef topic(Document document) {
        Map<String, Integer> counts = new HashMap<>();
        String text = (document.title() == null ? "" : document.title() + "\n") + document.text();
        for (Gazetteer.Hit hit : gazetteer.findAll(text)) {
            if (hit.organization().kind() != org.talentflow.core.domain.OrgKind.MEDIA) {
                counts.merge(gazetteer.refOf(hit.organization()).organization(), 1, Integer::sum);
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return best != null && first >= 3 && first * 2 > second * 3 ? OrgRef.of(best) : null;
    }
}
