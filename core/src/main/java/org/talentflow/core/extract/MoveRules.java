package org.talentflow.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.extract.Item.Type;

/**
 * The sentence-level move patterns. Each verb of moving anchors a pattern: who moved is found to its left
 * (a name, a list of names, "who" after a name, or a pronoun), the organizations around it by the
 * prepositions news uses ("left A for B", "hired X from A", "lost X to B"). A claim inside the scope of a
 * hedge or denial is not made.
 */
public final class MoveRules {

    private static final int MAX_SUBJECT_DISTANCE = 45;

    /**
     * Who works (or worked) where, by apposition or title ("Acme CEO X", "X, head of Acme's lab"), or, as history, by a
     * past post told in its own clause ("X previously worked at Acme"), which may lie further back in a career.
     */
    public record Affiliation(String person, int position, OrgRef org, String role, boolean history) {
    }

    /**
     * What the rules found in one sentence: claims, affiliations, the people whose move the sentence denies
     * or negates ("X will not be stepping down"), and an announced group whose names may follow
     * ("Meta hired four OpenAI researchers. They are A, B, C and D.").
     */
    public record Found(List<Claim> claims, List<Affiliation> affiliations, List<Mention> denied, Group group) {
    }

    /** A person as named at a place in the document. */
    public record Mention(String name, int position) {
    }

    /** A move of people not yet named: the names come in the next sentences. */
    public record Group(MoveKind kind, OrgRef from, OrgRef to, int sentenceIndex) {
    }

    private final List<Mention> denied = new ArrayList<>();

    public Found apply(TaggedSentence s) {
        return apply(s, null);
    }

    /** Applies the patterns to a sentence; an open group from the sentences before may take its names. */
    public Found apply(TaggedSentence s, Group open) {
        denied.clear();
        List<Claim> claims = new ArrayList<>();
        for (int t = 0; t < s.size(); t++) {
            Item item = s.get(t);
            if (item.type() != Type.WORD) {
                continue;
            }
            String w = item.lower();
            // "have both joined": the tagger may call a participle after an adverb an adjective (and not lemmatize it)
            boolean participle = "JJ".equals(item.pos()) && w.endsWith("ed") && t >= 2
                    && s.get(t - 1).isWord("both", "all", "also", "since") && s.get(t - 2).isWord("have", "has", "had");
            if (participle) {
                w = w.substring(0, w.length() - 2);
            }
            boolean verb = participle || item.pos() != null && item.pos().startsWith("VB");
            if (verb && (Lexicon.ARRIVE.contains(w) || isStartOrLandAt(s, t)) && !(isNowOrBecame(s, t) && !followedByTo(s, t))) {
                arrive(s, t, claims); // but "is now heading Netflix's studio" holds a post (below), "headed to" arrives
            } else if (verb && Lexicon.DEPART.contains(w) || isStepDown(s, t) || isPartWays(s, t) || isBidAdieu(s, t)) {
                depart(s, t, claims);
            } else if (verb && (Lexicon.HIRE.contains(w) || isBringOn(s, t))) {
                hire(s, t, claims);
            } else if (verb && Lexicon.LOSE.contains(w)) {
                lose(s, t, claims);
            } else if (verb && Lexicon.REMOVE.contains(w) && item.pos().matches("VB[ND]")) {
                removed(s, t, claims);
            } else if (isFoundVerb(s, t)) {
                found(s, t, claims);
            } else if (!verb && Lexicon.DEPARTURE_NOUNS.contains(w)) {
                departureNoun(s, t, claims);
            } else if (!verb && w.equals("hire") && t + 1 < s.size() && s.get(t + 1).isWord("include", "are", "were", ":")) {
                hiresInclude(s, t, claims);
            } else if (isTakeTheHelm(s, t)) {
                takeTheHelm(s, t, claims);
            } else if (isBeBack(s, t) || isBeenWith(s, t)) {
                backOrWith(s, t, claims);
            } else if (isNowOrBecame(s, t)) {
                nowAt(s, t, claims);
            }
        }
        if (claims.isEmpty() && open != null && s.sentence().index() - open.sentenceIndex() <= 2) {
            namesOfGroup(s, open, claims);
        }
        Group group = claims.isEmpty() ? GroupAnnouncements.find(s) : null;
        return new Found(claims, Affiliations.find(s), List.copyOf(denied), group);
    }

    // ---- patterns ----

    private void arrive(TaggedSentence s, int t, List<Claim> out) {
        String w = s.get(t).lower();
        if (fromAToB(s, t, out)) {
            return;
        }
        if (Lexicon.ARRIVE_WITH_TO.contains(w) && !followedByTo(s, t)) {
            return;
        }
        int toIdx = orgAfter(s, t, 6);
        if (toIdx < 0 || notAJob(s, t, toIdx) || visitPurpose(s, toIdx)) {
            return;
        }
        List<Integer> subjects = subjectsBefore(s, t);
        if (subjects.isEmpty() || hedged(s, subjects, t)) {
            return;
        }
        if (toIdx == t + 2 && s.get(t + 1).isWord("from") || toIdx > t + 2 && s.get(toIdx - 1).isWord("from")) {
            joinedFrom(s, t, subjects, s.get(toIdx).org(), out);
            return;
        }
        OrgRef to = s.get(toIdx).org();
        for (int subj : subjects) {
            OrgRef from = orgBetween(s, subj, t, to);
            if (from == null) {
                from = fromAfterDestination(s, toIdx, to);
            }
            if (from == null) {
                from = frontedDeparture(s, subj);
            }
            if (from == null) {
                from = yearsAtAfter(s, toIdx, to); // "joins Rivian after 11 years at Tesla"
            }
            if (from == null && w.equals("return")) {
                from = null; // a return names where they come back to; where from is the document's business
            }
            MoveKind kind = from != null ? MoveKind.MOVE : MoveKind.JOIN;
            out.add(claim(s, subj, kind, from, to, t, from != null ? 0.85 : 0.8));
        }
    }

    /**
     * "Apple's AI chief will retire, and X, who joined from Microsoft, takes over": the organization after "from" is the
     * origin; the one the sentence is about, named before the person, is the destination.
     */
    private static void joinedFrom(TaggedSentence s, int t, List<Integer> subjects, OrgRef from, List<Claim> out) {
        for (int subj : subjects) {
            OrgRef to = null;
            for (int i = subj - 1; i >= 0 && to == null; i--) {
                if (s.get(i).is(Type.ORG) && !isMedia(s.get(i)) && !sameOrg(s.get(i).org(), from)) {
                    to = s.get(i).org();
                }
            }
            out.add(to != null ? claim(s, subj, MoveKind.MOVE, from, to, t, 0.6) : claim(s, subj, MoveKind.LEAVE, from, null, t, 0.6));
        }
    }

    /** "defected from Google to Anthropic", "moved from A over to B": both ends after the verb. */
    private boolean fromAToB(TaggedSentence s, int t, List<Claim> out) {
        if (t + 4 >= s.size() || !s.get(t + 1).isWord("from") || !s.get(t + 2).is(Type.ORG)) {
            return false;
        }
        int to = s.get(t + 3).isWord("to") ? t + 4 : s.get(t + 3).isWord("over") && s.get(t + 4).isWord("to") ? t + 5 : -1;
        if (to < 0 || to >= s.size() || !s.get(to).is(Type.ORG)) {
            return false;
        }
        List<Integer> subjects = subjectsBefore(s, t);
        if (subjects.isEmpty() || hedged(s, subjects, t)) {
            return true;
        }
        for (int subj : subjects) {
            out.add(claim(s, subj, MoveKind.MOVE, s.get(t + 2).org(), s.get(to).org(), t, 0.85));
        }
        return true;
    }

    /** "joined Anthropic from OpenAI": the origin follows the destination. */
    private static OrgRef fromAfterDestination(TaggedSentence s, int toIdx, OrgRef to) {
        for (int i = toIdx + 1; i < s.size() && i - toIdx <= 4; i++) {
            Item it = s.get(i);
            if (it.isWord("from") && i + 1 < s.size() && s.get(i + 1).is(Type.ORG)
                    && !"media".equals(s.get(i + 1).lower()) && !sameOrg(s.get(i + 1).org(), to)) {
                return s.get(i + 1).org();
            }
            if (it.is(Type.PERSON) || it.isWord(";", "and", "but", "while", "who", "which")) {
                return null;
            }
        }
        return null;
    }

    /**
     * "After leaving Baidu in March, X joined ...", "After eight years at Apple, X left ...": a clause in front of the
     * subject that names where they were.
     */
    private static OrgRef frontedDeparture(TaggedSentence s, int subj) {
        for (int i = 0; i + 1 < subj; i++) {
            if (s.get(i).isWord("leave", "leaving", "quit", "quitting", "depart", "departing", "exit", "exiting")
                    && s.get(i + 1).is(Type.ORG) && !"media".equals(s.get(i + 1).lower())) {
                return s.get(i + 1).org();
            }
        }
        if (subj > 0 && s.get(0).isWord("after", "following")) {
            for (int i = 1; i + 2 < subj && i <= 6; i++) {
                if (s.get(i).isWord("year", "decade", "stint", "tenure", "month") && s.get(i + 1).isWord("at", "with")
                        && s.get(i + 2).is(Type.ORG) && !isMedia(s.get(i + 2))) {
                    return s.get(i + 2).org();
                }
            }
        }
        return null;
    }

    private void depart(TaggedSentence s, int t, List<Claim> out) {
        Item verb = s.get(t);
        if (verb.lower().equals("leave") && !verb.pos().matches("VB[DNGZP]?")) {
            return;
        }
        List<Integer> subjects = subjectsBefore(s, t);
        if (subjects.isEmpty()) {
            subjects = namedAfterIncluding(s, t); // "Three engineers have quit A, including X, Y and Z"
        }
        if (subjects.isEmpty() || hedged(s, subjects, t)) {
            return;
        }
        if (leavesABoard(s, t)) {
            return; // "would step down from the boards of two startups": board seats, not a job
        }
        // "stepped down as chief technology officer of Baidu": the title stands between verb and employer.
        int fromIdx = orgAfter(s, t, isStepDown(s, t) ? 9 : 5);
        if (fromIdx < 0 && leavesSomethingElse(s, t)) {
            return; // "leaving the world better", "left the stage": not an employer
        }
        if (fromIdx >= 0 && precededBy(s, fromIdx, "for")) {
            fromIdx = -1; // "left for ByteDance": that organization is where they went
        }
        if (fromIdx >= 0 && notAJob(s, t, fromIdx)) {
            return; // "will retire from Apple's board": a board seat, not a job
        }
        OrgRef from = fromIdx >= 0 ? s.get(fromIdx).org() : null;
        int searchFrom = fromIdx >= 0 ? fromIdx : t;
        OrgRef to = destinationAfter(s, searchFrom);
        if (to != null && fromIdx < 0 && visitAfterDestination(s, searchFrom)) {
            return; // "He left for Taipei the next day to attend a conference"
        }
        if (from != null && to == null && stint(s, fromIdx, subjects, from, t, out)) {
            return;
        }
        for (int subj : subjects) {
            OrgRef origin = from != null ? from : nearestOrgBefore(s, t, subj, to);
            if (origin == null) {
                origin = frontedDeparture(s, subj);
            }
            if (origin == null && to == null) {
                // "Databricks said ..., succeeding X, who is retiring": the company telling it is the one left; else
                // the origin is filled in from the document
                out.add(claim(s, subj, MoveKind.LEAVE, reportingOrg(s), null, t, 0.6));
            } else if (origin == null) {
                out.add(claim(s, subj, MoveKind.JOIN, null, to, t, 0.7).with(MoveKind.JOIN, null, to, 0.75));
            } else if (to == null) {
                out.add(claim(s, subj, MoveKind.LEAVE, origin, null, t, from != null ? 0.85 : 0.7));
            } else if (!sameOrg(origin, to)) {
                out.add(claim(s, subj, MoveKind.MOVE, origin, to, t, 0.9));
            }
        }
    }

    private void hire(TaggedSentence s, int t, List<Claim> out) {
        boolean passive = t > 0 && s.get(t - 1).isWord("be", "was", "were", "been", "is", "are", "being")
                && "VBN".equals(s.get(t).pos());
        int hirerIdx;
        List<Integer> hired;
        if (passive) {
            hired = subjectsBefore(s, t);
            int by = orgAfter(s, t, 4);
            hirerIdx = precededBy(s, by, "by") ? by : -1;
        } else {
            hirerIdx = subjectOrgBefore(s, t);
            hired = objectsAfter(s, t);
        }
        if (hired.isEmpty()) {
            return;
        }
        int hedgeStart = Math.min(hirerIdx >= 0 ? hirerIdx : Math.max(0, t - 3), hired.get(0));
        if (hedged(s, hedgeStart, t)) {
            return;
        }
        int last = hired.get(hired.size() - 1);
        OrgRef to = hirerIdx >= 0 ? s.get(hirerIdx).org() : null;
        String hirerPerson = null;
        if (to == null) {
            int dest = orgAfterWord(s, last, "to", 8); // "welcome X back to OpenAI", "poached X to lead Meta's lab"
            to = dest >= 0 ? s.get(dest).org() : null;
        }
        if (to == null && leadsItsUnit(s, last)) {
            // "Baidu said X had been tapped to lead its driving unit": "its" is the organization named before
            for (int i = hired.get(0) - 1; i >= 0 && to == null; i--) {
                if (s.get(i).is(Type.ORG) && !isMedia(s.get(i))) {
                    to = s.get(i).org();
                }
            }
        }
        if (to == null && passive) {
            // "X was appointed chief executive of Xiaomi": the employer follows the title.
            int employer = orgAfterWord(s, t, "of", 8);
            if (employer < 0) {
                employer = orgAfterWord(s, t, "at", 8);
            }
            to = employer >= 0 ? s.get(employer).org() : null;
        }
        if (to == null && !passive && t > 0 && s.get(t - 1).is(Type.PERSON)) {
            hirerPerson = s.get(t - 1).text(); // "Zuckerberg poached X": his employer hired X
        }
        if (to == null && hirerPerson == null) {
            return;
        }
        boolean appointment = s.get(t).isWord("appoint", "appointed", "appoints", "appointing", "name", "elect");
        if (appointment && to != null && INTERNAL_BODY.matcher(to.mostSpecific()).find()) {
            return; // "appointed chief scientist of the CEO's Office": a post inside the company, not a move
        }
        if (appointment && boardSeat(s, t)) {
            return; // "appointed three outside directors to its board": a board seat, not a job
        }
        int fromIdx = orgAfterWord(s, last, "from", 10);
        OrgRef sharedFrom = fromIdx >= 0 ? s.get(fromIdx).org() : null;
        if (sharedFrom == null) {
            sharedFrom = orgInObjectSpan(s, t, hired.get(0), to);
        }
        if (sharedFrom == null) {
            sharedFrom = workedAt(s, last, to);
        }
        if (sharedFrom == null && premodifierOrg(s, hired.get(0)) != null && hired.size() > 1) {
            sharedFrom = premodifierOrg(s, hired.get(0)); // "hired Windsurf CEO X, co-founder Y": Y is from Windsurf too
        }
        OrgRef otherInClause = hirerIdx >= 0 ? otherOrgBetween(s, hirerIdx, t, to) : null;
        for (int h : hired) {
            OrgRef from = premodifierOrg(s, h);
            if (from == null) {
                from = appositiveOrg(s, h, to);
            }
            if (from == null && hired.size() > 1) {
                from = ownOrigin(s, h, to); // "X, who spent four years at Google, and Y from Meta": each their own
            }
            if (from == null) {
                from = sharedFrom != null ? sharedFrom : otherInClause;
            }
            if (from != null && sameOrg(from, to)) {
                from = null;
            }
            // An appointment is as often a promotion inside the company as an arrival from outside.
            double confidence = appointment ? (from != null ? 0.7 : 0.55) : from != null ? 0.9 : 0.75;
            Claim c = claim(s, h, from != null ? MoveKind.MOVE : MoveKind.JOIN, from, to, t, confidence);
            out.add(hirerPerson != null ? c.withHirer(hirerPerson) : c);
        }
    }

    /** "is back to lead the company", "has been with Xiaomi since 2021": arrivals without a verb of moving. */
    private void backOrWith(TaggedSentence s, int t, List<Claim> out) {
        List<Integer> subjects = subjectsBefore(s, t);
        if (subjects.isEmpty() || hedged(s, subjects, t)) {
            return;
        }
        int toIdx = orgAfter(s, t, 6);
        for (int subj : subjects) {
            OrgRef to = toIdx >= 0 ? s.get(toIdx).org() : premodifierOrg(s, subj);
            if (to == null) {
                continue;
            }
            OrgRef from = orgBetween(s, subj, t, to);
            if (from == null) {
                OrgRef pre = premodifierOrg(s, subj);
                from = pre != null && !sameOrg(pre, to) ? pre : null;
            }
            out.add(claim(s, subj, from != null ? MoveKind.MOVE : MoveKind.JOIN, from, to, t, 0.7));
        }
    }

    /**
     * "X is now chief product officer at OpenAI", "X now works at Lyft", "X has become chief scientist at Kuaishou": a
     * post held now is an arrival, the organization after its title and "at"/"of"/"for".
     */
    private static boolean isNowOrBecame(TaggedSentence s, int t) {
        Item it = s.get(t);
        if (it.pos() == null || !it.pos().startsWith("VB")) {
            return false;
        }
        // "now" may be a date item (SUTime reads it as the present) or a word
        boolean nowBefore = t > 0 && s.get(t - 1).text().equalsIgnoreCase("now");
        boolean nowAfter = t + 1 < s.size() && s.get(t + 1).text().equalsIgnoreCase("now");
        return it.isWord("become") || it.isWord("be") && nowAfter
                || nowBefore && it.isWord("work", "serve", "lead", "head", "run");
    }

    private void nowAt(TaggedSentence s, int t, List<Claim> out) {
        int verb = t;
        int start = s.get(t).isWord("be") ? t + 1 : t;
        int org = -1;
        boolean title = s.get(t).isWord("work", "serve");
        // "is now heading Netflix's games studio": a verb of leading takes its organization as its object
        boolean leads = s.get(t).isWord("lead", "head", "run");
        for (int i = start + 1; i < s.size() && i - start <= 10; i++) {
            Item it = s.get(i);
            title |= it.type() == Type.WORD && Lexicon.TITLE_WORDS.contains(it.lower());
            if (it.is(Type.ORG)) {
                boolean object = leads && (i == t + 1 || i == t + 2 && s.get(t + 1).isWord("the"));
                title |= object;
                org = (object || s.get(i - 1).isWord("at", "of", "for")) && !isMedia(it) ? i : -1;
                break;
            }
            if (it.is(Type.PERSON) || it.isWord(";", ",", "who", "which", "and", "but")) {
                break;
            }
        }
        // "Databricks said that X will become its chief financial officer": "its" is the company before the person
        boolean its = org < 0 && title && start + 1 < s.size() && s.get(start + 1).isWord("its");
        if (!its && (org < 0 || !title || notAJob(s, t, org))) {
            return;
        }
        List<Integer> subjects = subjectsBefore(s, verb);
        if (subjects.isEmpty() || hedged(s, subjects, t)) {
            return;
        }
        for (int i = subjects.get(0) - 1; its && i >= 0 && org < 0; i--) {
            org = s.get(i).is(Type.ORG) && !isMedia(s.get(i)) ? i : -1;
        }
        if (org < 0) {
            return;
        }
        OrgRef to = s.get(org).org();
        for (int subj : subjects) {
            OrgRef from = orgBetween(s, subj, verb, to);
            out.add(claim(s, subj, from != null ? MoveKind.MOVE : MoveKind.JOIN, from, to, t, from != null ? 0.75 : 0.7));
        }
    }

    /** The names that follow an announced group: "They are A, B and C", "identified those four as A, B, C and D". */
    private void namesOfGroup(TaggedSentence s, Group group, List<Claim> out) {
        for (int i = 0; i < s.size(); i++) {
            List<Integer> names = List.of();
            if (s.get(i).isWord("as", "are", "were", "include", "included", "including", ":", "-", "\u2022", "named")) {
                List<Integer> listed = nameList(s, i + 1);
                boolean bullet = i == 0 && listed.size() == 1;
                names = listed.size() >= 2 || bullet ? listed : names;
            } else if (s.get(i).isWord("is", "was", "be") && i >= 2 && s.get(i - 1).isWord("them") && s.get(i - 2).isWord("among")) {
                names = nameList(s, i + 1); // "Among them is X, who ...": one of the group named
            }
            if (!names.isEmpty()) {
                for (int p : names) {
                    out.add(claim(s, p, group.kind(), group.from(), group.to(), i, 0.65));
                }
                return;
            }
        }
    }

    /** "OpenAI has fired researcher X": a departure the company made, from that company. */
    private void removed(TaggedSentence s, int t, List<Claim> out) {
        int companyIdx = orgBefore(s, t, 4);
        List<Integer> people = objectsAfter(s, t);
        if (companyIdx < 0 || people.isEmpty() || hedged(s, companyIdx, t)) {
            return;
        }
        for (int p : people) {
            out.add(claim(s, p, MoveKind.LEAVE, s.get(companyIdx).org(), null, t, 0.75));
        }
    }

    private void lose(TaggedSentence s, int t, List<Claim> out) {
        int loserIdx = orgBefore(s, t, 6);
        List<Integer> lost = objectsAfter(s, t);
        if (loserIdx < 0 || lost.isEmpty() || hedged(s, loserIdx, t)) {
            return;
        }
        OrgRef from = s.get(loserIdx).org();
        int toIdx = orgAfterWord(s, lost.get(lost.size() - 1), "to", 6);
        OrgRef to = toIdx >= 0 ? s.get(toIdx).org() : null;
        for (int p : lost) {
            out.add(claim(s, p, to != null ? MoveKind.MOVE : MoveKind.LEAVE, from, to, t, to != null ? 0.85 : 0.75));
        }
    }

    private void found(TaggedSentence s, int t, List<Claim> out) {
        if (t + 1 < s.size() && s.get(t + 1).isWord("by") && t > 0 && s.get(t - 1).type() == Type.WORD) {
            return; // "the design firm founded by X": a founding told of the firm, long ago, not the subject's move
        }
        List<Integer> subjects = subjectsBefore(s, t);
        if (subjects.isEmpty() || hedged(s, subjects, t)) {
            return;
        }
        int orgIdx = orgAfter(s, t, 7);
        if (orgIdx >= 0 && orgIdx + 1 < s.size() && s.get(orgIdx + 1).isWord("say", "tell", "announce", "confirm")) {
            orgIdx = -1; // "... will start a robotics company, SenseTime said": the company that speaks
        }
        OrgRef to = orgIdx >= 0 ? s.get(orgIdx).org() : properNameAfter(s, t);
        if (to == null) {
            return;
        }
        // "Two former Intel designers, X and Y, have launched Z": the title before the list names where all came from
        int first = subjects.stream().mapToInt(Integer::intValue).min().orElseThrow();
        OrgRef listOrigin = premodifierOrg(s, first);
        if (listOrigin == null) {
            listOrigin = introducedAsLeavers(s, first);
        }
        for (int subj : subjects) {
            OrgRef from = orgBetween(s, subj, t, to);
            if (from == null && listOrigin != null && !sameOrg(listOrigin, to)) {
                from = listOrigin;
            }
            out.add(claim(s, subj, MoveKind.FOUND, from, to, t, 0.8));
        }
    }

    /**
     * "Runway's new hires include X from Adobe and Y from Pinterest": the company whose hires they are, and each one's
     * origin after "from".
     */
    private void hiresInclude(TaggedSentence s, int t, List<Claim> out) {
        OrgRef to = null;
        for (int i = t - 1; i >= 1 && t - i <= 4 && to == null; i--) {
            if (s.get(i).isWord("'s", "\u2019s")) {
                Item owner = s.get(i - 1);
                to = owner.is(Type.ORG) ? owner.org() : owner.type() == Type.WORD && Character.isUpperCase(owner.text().charAt(0))
                        ? OrgRef.of(owner.text()) : null; // the tagger does not always know a young company's name
            } else if (s.get(i).isWord("its")) {
                int org = orgBefore(s, i, 12);
                to = org >= 0 ? s.get(org).org() : null;
            }
        }
        if (to == null || hedged(s, t, t)) {
            return;
        }
        for (int i = t + 2; i < s.size(); i++) {
            Item it = s.get(i);
            if (it.isWord(";", ".") || it.type() == Type.WORD && it.pos() != null && it.pos().startsWith("VB")) {
                break;
            }
            if (!it.is(Type.PERSON)) {
                continue;
            }
            OrgRef from = ownOrigin(s, i, to);
            if (from == null) {
                from = premodifierOrg(s, i);
            }
            if (from != null && sameOrg(from, to)) {
                from = null;
            }
            out.add(claim(s, i, from != null ? MoveKind.MOVE : MoveKind.JOIN, from, to, t, from != null ? 0.8 : 0.7));
        }
    }

    /** "X's departure from A", "the departure of X", "departures include X and Y, ... at A". */
    private void departureNoun(TaggedSentence s, int t, List<Claim> out) {
        List<Integer> people = new ArrayList<>();
        if (t >= 2 && s.get(t - 1).isWord("'s", "\u2019s") && isPersonLike(s.get(t - 2))) {
            people.add(t - 2);
        } else if (t >= 1 && s.get(t - 1).isWord("his", "her")) {
            people.add(t - 1);
        } else if (t + 2 < s.size() && s.get(t + 1).isWord("of") && personAfterTitles(s, t + 2) >= 0) {
            people.add(personAfterTitles(s, t + 2)); // "the resignation of (its chief scientist) X"
        } else if (t + 1 < s.size() && s.get(t + 1).isWord("include", "included", "includes", "including")) {
            people.addAll(nameList(s, t + 2));
        }
        if (people.isEmpty() || hedged(s, people, t)) {
            return;
        }
        int fromIdx = orgAfterWord(s, t, "from", 3);
        OrgRef from = fromIdx >= 0 ? s.get(fromIdx).org() : premodifierOrg(s, people.get(0));
        if (from == null && s.get(t + 1 < s.size() ? t + 1 : t).isWord("include", "included", "includes", "including")) {
            int atIdx = orgAfter(s, people.get(people.size() - 1), 12);
            from = atIdx >= 0 ? s.get(atIdx).org() : null;
        }
        int toIdx = fromIdx >= 0 ? orgAfterWord(s, fromIdx, "to", 2) : -1; // "X's departure from A to B"
        OrgRef to = toIdx >= 0 && !sameOrg(s.get(toIdx).org(), from) ? s.get(toIdx).org() : null;
        for (int p : people) {
            out.add(to != null ? claim(s, p, MoveKind.MOVE, from, to, t, 0.8)
                    : claim(s, p, MoveKind.LEAVE, from, null, t, from != null ? 0.75 : 0.55));
        }
    }

    /** The person at i, or after a possessive and title words from i on ("its chief scientist X"); -1 when none. */
    private static int personAfterTitles(TaggedSentence s, int i) {
        for (int j = i; j < s.size() && j - i <= 5; j++) {
            Item it = s.get(j);
            if (it.is(Type.PERSON)) {
                return j;
            }
            boolean titleish = it.type() == Type.WORD && (Lexicon.TITLE_WORDS.contains(it.lower())
                    || it.isWord("its", "the", "their", "former", "senior", "top", "vice", "of") || isNounOrAdjective(it));
            if (!titleish) {
                return -1;
            }
        }
        return -1;
    }

    /** The names a count of people is made of, told after the verb: "..., including X, Y and Z". */
    private static List<Integer> namedAfterIncluding(TaggedSentence s, int t) {
        if (t == 0 || !s.get(t - 1).isWord("have", "has", "had") && !(s.get(t - 1).type() == Type.WORD
                && s.get(t - 1).pos() != null && s.get(t - 1).pos().startsWith("NNS"))) {
            if (t < 2 || !(s.get(t - 2).pos() != null && s.get(t - 2).pos().startsWith("NNS"))) {
                return List.of();
            }
        }
        for (int i = t + 1; i < s.size() && i - t <= 12; i++) {
            if (s.get(i).isWord("include", "including")) {
                return nameList(s, i + 1);
            }
            if (s.get(i).is(Type.PERSON) || s.get(i).isWord(";", "but", "while")) {
                return List.of();
            }
        }
        return List.of();
    }

    // ---- finding the people ----

    /** Who does the verb at t: the nearest person (or "who" after a person, or a pronoun) on its left, with any list. */
    static List<Integer> subjectsBefore(TaggedSentence s, int t) {
        if (t >= 2 && s.get(t - 1).isWord("to") && s.get(t - 2).type() == Type.WORD && s.get(t - 2).pos() != null
                && s.get(t - 2).pos().startsWith("NNS")) {
            return List.of(); // "researchers to leave Chinese giants": the plural noun does it, no one named
        }
        boolean commaCrossed = false;
        for (int i = t - 1; i >= 0 && t - i <= MAX_SUBJECT_DISTANCE; i--) {
            Item it = s.get(i);
            if (it.is(Type.PERSON) && !(i + 1 < s.size() && s.get(i + 1).isWord("'s", "\u2019s"))) {
                int antecedent = commaCrossed ? whoClauseAntecedent(s, i) : -1;
                if (antecedent >= 0) {
                    return listEndingAt(s, antecedent); // "X, who worked on Baidu's Ernie models, has joined": not Ernie
                }
                List<Integer> people = new ArrayList<>(listEndingAt(s, i));
                people.addAll(alongWith(s, i, t));
                return people;
            }
            if (it.is(Type.PRONOUN) && it.isWord("he", "she")) {
                int speaker = speakerOfReportedSpeech(s, i);
                return List.of(speaker >= 0 ? speaker : i);
            }
            if (it.type() == Type.WORD && it.text().equals("I")) {
                int speaker = speakerOfQuote(s, t);
                return speaker >= 0 ? List.of(speaker) : List.of();
            }
            if (it.isWord("who")) {
                int antecedent = i - 1;
                while (antecedent >= 0 && s.get(antecedent).isComma()) {
                    antecedent--;
                }
                if (antecedent >= 0 && s.get(antecedent).is(Type.PERSON)) {
                    return listEndingAt(s, antecedent);
                }
                if (commaCrossed) {
                    continue; // "X, a former A researcher who worked on Y, has joined B": the clause closed at the comma
                }
                return List.of();
            }
            commaCrossed |= it.isComma();
            if (it.is(Type.ORG) && i + 1 < t && isFiniteVerb(s.get(i + 1))) {
                return List.of(); // an organization is the subject of this clause
            }
            if (it.isWord(";", "said", "says", "told", "according")) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * "X, one of the founders of Elon Musk's xAI, said on Tuesday he was leaving": the pronoun after a verb of saying
     * is the person who said it, not the last name before it. The speaker, or -1.
     */
    private static int speakerOfReportedSpeech(TaggedSentence s, int pronoun) {
        int say = -1;
        for (int i = pronoun - 1; i >= 0 && pronoun - i <= 6; i--) {
            if (s.get(i).isWord("say", "tell", "announce", "add", "write", "confirm") && s.get(i).pos() != null
                    && s.get(i).pos().startsWith("VB")) {
                say = i;
                break;
            }
        }
        if (say < 0) {
            return -1;
        }
        for (int i = 0; i < say; i++) {
            if (s.get(i).is(Type.PERSON) && !(i + 1 < s.size() && s.get(i + 1).isWord("'s", "\u2019s"))) {
                return i; // the first name of the sentence that is not a possessive: the subject of the saying
            }
            if (s.get(i).is(Type.ORG) && i + 1 < say && isFiniteVerb(s.get(i + 1))) {
                return -1; // "Acme said he ...": an organization speaks
            }
        }
        return -1;
    }

    /** '"I left A for B," said X' or '..., X said': the person who speaks the quote, or -1. */
    private static int speakerOfQuote(TaggedSentence s, int t) {
        boolean quoted = false;
        for (int i = 0; i < t; i++) {
            quoted |= s.get(i).text().matches("[\"\u201C\u201D`']+|``|''");
        }
        if (!quoted) {
            return -1;
        }
        for (int i = t + 1; i + 1 < s.size(); i++) {
            boolean sayWord = s.get(i).isWord("say", "said", "says", "tell", "told", "add", "added");
            if (sayWord && s.get(i + 1).is(Type.PERSON)) {
                return i + 1;
            }
            if (s.get(i).is(Type.PERSON) && s.get(i + 1).isWord("say", "said", "says", "tell", "told", "add", "added")) {
                return i;
            }
        }
        return -1;
    }

    /** The person a "who" clause holding index i is about, when i sits inside one ("X, who worked with Y"); else -1. */
    private static int whoClauseAntecedent(TaggedSentence s, int i) {
        for (int j = i - 1; j >= 1; j--) {
            if (s.get(j).isComma() || s.get(j).isWord(";")) {
                return -1;
            }
            if (s.get(j).isWord("who")) {
                int a = j - 1;
                while (a >= 0 && s.get(a).isComma()) {
                    a--;
                }
                return a >= 0 && s.get(a).is(Type.PERSON) ? a : -1;
            }
        }
        return -1;
    }

    /** "X, along with Y, left" and "X left along with Y": Y did the same. */
    private static List<Integer> alongWith(TaggedSentence s, int subject, int t) {
        List<Integer> more = new ArrayList<>();
        for (int i = subject + 1; i < s.size() - 2 && i <= t + 12; i++) {
            if (s.get(i).isWord("along", "together") && s.get(i + 1).isWord("with") && s.get(i + 2).is(Type.PERSON)) {
                more.add(i + 2);
            }
        }
        return more;
    }

    /** "A, B and C": the names of a list that ends at index last. */
    private static List<Integer> listEndingAt(TaggedSentence s, int last) {
        List<Integer> names = new ArrayList<>();
        names.add(last);
        int i = last - 1;
        while (i >= 1) {
            Item sep = s.get(i);
            if (sep.isComma() || sep.isWord("and")) {
                int j = i - 1;
                if (j >= 1 && s.get(j).isComma() && sep.isWord("and")) {
                    j--;
                }
                if (s.get(j).isWord("and") && j >= 1) {
                    j--;
                }
                if (s.get(j).is(Type.PERSON)) {
                    names.add(0, j);
                    i = j - 1;
                    continue;
                }
            }
            break;
        }
        return names;
    }

    /** The people a hiring verb takes: names up to the end of its clause, across titles and "including". */
    private static List<Integer> objectsAfter(TaggedSentence s, int t) {
        List<Integer> people = new ArrayList<>();
        for (int i = t + 1; i < s.size() && i - t <= 30; i++) {
            Item it = s.get(i);
            if (it.is(Type.PERSON) && i + 1 < s.size()
                    && s.get(i + 1).isWord("said", "says", "say", "told", "tell", "added", "add", "noted", "note", "explained", "explain", "wrote", "write")) {
                break; // "... and hiring, Kon said": the speaker closes the clause, nobody was hired
            }
            if (it.is(Type.PERSON)) {
                people.add(i);
                continue;
            }
            int next = it.isWord("who") && !people.isEmpty() ? listGoesOnAfterClause(s, i) : -1;
            if (next >= 0) {
                i = next - 1; // "X, who spent four years at Google, and Y from Meta": the list goes on after the clause
                continue;
            }
            if (it.isWord(";", "who", "which", "said", "says", "according", "but", "while", "after", "because",
                    "to", "for", "in", "last", "this", "earlier")) {
                if (!people.isEmpty() || it.isWord(";", "said", "says", "according", "but", "while", "because")) {
                    break;
                }
            }
            if (!people.isEmpty() && (it.isWord("citing", "cite", "saying", "say", "add", "adding")
                    || it.type() == Type.WORD && it.pos() != null && it.pos().matches("VB[DZP]|MD"))) {
                break;
            }
        }
        return people;
    }

    /** Where the next name of a list stands after the who-clause opening at i ("..., and Y"), else -1. */
    private static int listGoesOnAfterClause(TaggedSentence s, int who) {
        for (int i = who + 1; i + 2 < s.size() && i - who <= 15; i++) {
            if (s.get(i).isComma()) {
                return s.get(i + 1).isWord("and") && s.get(i + 2).is(Type.PERSON) ? i + 2 : -1;
            }
            if (s.get(i).isWord(";") || s.get(i).is(Type.PERSON)) {
                return -1;
            }
        }
        return -1;
    }

    private static List<Integer> nameList(TaggedSentence s, int start) {
        List<Integer> people = new ArrayList<>();
        for (int i = start; i < s.size(); i++) {
            Item it = s.get(i);
            if (it.is(Type.PERSON)) {
                people.add(i);
            } else if (!(it.isComma() || it.isWord("and"))) {
                break;
            }
        }
        return people;
    }

    // ---- finding the organizations ----

    /** The first organization after index t within max items, across function words; -1 when none. */
    static int orgAfter(TaggedSentence s, int t, int max) {
        for (int i = t + 1; i < s.size() && i - t <= max; i++) {
            Item it = s.get(i);
            if (it.is(Type.ORG)) {
                return isMedia(it) ? -1 : i;
            }
            if (it.is(Type.PERSON) || it.isWord(";", ".") || it.type() == Type.WORD && it.pos() != null
                    && it.pos().startsWith("VB") && !it.isWord("be", "become", "lead", "head", "run", "call", "name", "rival")) {
                return -1; // but "a startup called X", "a company named X" lead on to the name
            }
        }
        return -1;
    }

    private static int orgAfterWord(TaggedSentence s, int t, String word, int max) {
        for (int i = t + 1; i < s.size() && i - t <= max; i++) {
            if (s.get(i).isWord(word)) {
                return orgAfter(s, i, 4);
            }
            if (s.get(i).isWord(";")) {
                return -1;
            }
        }
        return -1;
    }

    private static int orgBefore(TaggedSentence s, int t, int max) {
        for (int i = t - 1; i >= 0 && t - i <= max; i--) {
            Item it = s.get(i);
            if (it.is(Type.ORG) && !isMedia(it)) {
                return i;
            }
            if (it.is(Type.PERSON) || it.isWord(";", "that", "said")) {
                return -1;
            }
        }
        return -1;
    }

    /** The organization doing the verb: one right before a verb ("Google licensed ... and hired"), else the nearest. */
    private static int subjectOrgBefore(TaggedSentence s, int t) {
        int nearest = orgBefore(s, t, 8);
        for (int i = t - 1; i >= 0 && t - i <= 14; i--) {
            Item it = s.get(i);
            if (it.is(Type.PERSON) || it.isWord(";", "that", "said")) {
                break;
            }
            if (it.is(Type.ORG) && !isMedia(it) && i + 1 < s.size() && (isFiniteVerb(s.get(i + 1))
                    || s.get(i + 1).pos() != null && s.get(i + 1).pos().startsWith("RB"))) {
                return i;
            }
        }
        return nearest;
    }

    /**
     * "recruited four former OpenAI researchers", "poached three engineers from Baidu, including X": the organization in
     * front of the people hired.
     */
    private static OrgRef orgInObjectSpan(TaggedSentence s, int t, int firstPerson, OrgRef exclude) {
        for (int i = t + 1; i < firstPerson; i++) {
            Item it = s.get(i);
            if (it.is(Type.ORG) && !isMedia(it) && !sameOrg(it.org(), exclude)
                    && (s.get(i - 1).isWord("former", "ex", "from") || i + 1 < s.size() && s.get(i + 1).type() == Type.WORD
                    && s.get(i + 1).pos() != null && s.get(i + 1).pos().startsWith("NN"))) {
                return it.org();
            }
            if (it.isWord(";", "for", "to") && i > t + 1) {
                return null;
            }
        }
        return null;
    }

    /** "Google licensed Windsurf's technology and hired its CEO": the other organization of the clause. */
    private static OrgRef otherOrgBetween(TaggedSentence s, int hirer, int t, OrgRef exclude) {
        for (int i = hirer + 1; i < t; i++) {
            Item it = s.get(i);
            if (it.is(Type.ORG) && !isMedia(it) && !sameOrg(it.org(), exclude)) {
                return it.org();
            }
        }
        return null;
    }

    /** In "X, former head of A, joined B": the organization A between the person and the verb. */
    private static OrgRef orgBetween(TaggedSentence s, int subj, int t, OrgRef exclude) {
        int start = subj;
        if (s.get(subj).is(Type.PRONOUN)) {
            start = subj; // the apposition sits after the antecedent; the pronoun's own clause has none
        }
        for (int i = start + 1; i < t; i++) {
            Item it = s.get(i);
            if (it.is(Type.ORG) && !isMedia(it) && !sameOrg(it.org(), exclude)
                    && !(i > 0 && s.get(i - 1).isWord("previous", "earlier", "prior"))) {
                return it.org();
            }
        }
        OrgRef pre = premodifierOrg(s, subj);
        return pre != null && !sameOrg(pre, exclude) ? pre : null;
    }

    /**
     * "Windsurf CEO Varun Mohan", "former OpenAI researcher X", "Tesla's former AI director X": the organization named
     * right before the person. Other nouns may stand between ("Alibaba's Qwen lead X") only beside a title word.
     */
    static OrgRef premodifierOrg(TaggedSentence s, int person) {
        int budget = 6;
        boolean title = false;
        boolean otherWords = false;
        int start = person - 1;
        while (start >= 0 && s.get(start).isWord("dr.", "dr", "prof.", "prof", "mr.", "ms.", "mrs.")) {
            start--; // an honorific between the title and the name
        }
        // set off by commas, or opening a list: "Two former Intel designers, X and Y, ..."
        boolean setOff = start >= 1 && s.get(start).isComma() && person + 1 < s.size()
                && (s.get(person + 1).isComma() || s.get(person + 1).isWord("and"));
        if (setOff && s.get(start - 1).is(Type.ORG) && !isMedia(s.get(start - 1)) && start >= 3
                && s.get(start - 2).isWord("at", "of") && titleWithin(s, start - 3, 5)) {
            return s.get(start - 1).org(); // "The head of research at Acme's lab, Dr. X, ..."
        }
        if (setOff && s.get(start - 1).type() == Type.WORD && isNounOrAdjective(s.get(start - 1))) {
            start--; // "Ant Group's chief AI scientist, Qi Yuan, has ...": the title set off before the name
        }
        for (int i = start; i >= 0 && budget-- > 0; i--) {
            Item it = s.get(i);
            if (it.isWord(")", "-rrb-")) { // "Meituan (HKG: 3690) co-founder X": skip the ticker
                while (i > 0 && !s.get(i).isWord("(", "-lrb-")) {
                    i--;
                }
                continue;
            }
            if (it.is(Type.ORG)) {
                return isMedia(it) || otherWords && !title ? null : it.org();
            }
            if (it.type() != Type.WORD) {
                return null;
            }
            if (it.isWord("its") && title) {
                // "Baidu confirmed the resignation of its chief scientist X": the organization "its" points back to
                for (int j = i - 1; j >= 0; j--) {
                    if (s.get(j).is(Type.ORG) && !isMedia(s.get(j))) {
                        return s.get(j).org();
                    }
                }
                return null;
            }
            if (Lexicon.TITLE_WORDS.contains(it.lower()) && isNounOrAdjective(it)) {
                title = true;
            } else if (it.isWord("'s", "\u2019s")) {
                otherWords = true;
            } else if (!it.isWord("former", "ex", "co", "-", "of", "at", "senior", "top", "principal", "its")) {
                if (!isNounOrAdjective(it)) {
                    return null;
                }
                otherWords = true;
            }
        }
        return null;
    }

    /** A title word at index from or up to n items before it. */
    private static boolean titleWithin(TaggedSentence s, int from, int n) {
        for (int i = from; i >= 0 && from - i < n; i--) {
            if (s.get(i).type() == Type.WORD && Lexicon.TITLE_WORDS.contains(s.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    static boolean isNounOrAdjective(Item it) {
        return it.pos() != null && (it.pos().startsWith("NN") || it.pos().startsWith("JJ"));
    }

    /**
     * "... the trio had been working at OpenAI's Zurich office", "X, who led Sony's AI lab, ...": where the people came
     * from.
     */
    private static OrgRef workedAt(TaggedSentence s, int after, OrgRef exclude) {
        for (int i = after + 1; i < s.size(); i++) {
            if (s.get(i).isWord("work", "working", "worked", "employ", "employed", "former", "formerly")
                    || s.get(i).isWord("lead", "head", "run", "spend", "serve") && "VBD".equals(s.get(i).pos())
                    || s.get(i).isWord("year", "decade", "stint", "tenure") && i + 1 < s.size() && s.get(i + 1).isWord("at", "with")) {
                int org = orgAfter(s, i, 7); // "who led a compiler research group at Google"
                if (org >= 0 && !sameOrg(s.get(org).org(), exclude)) {
                    return s.get(org).org();
                }
            }
        }
        return null;
    }

    private static boolean visitAfterDestination(TaggedSentence s, int from) {
        for (int i = from + 1; i < s.size() && i - from <= 8; i++) {
            if (s.get(i).is(Type.ORG)) {
                for (int j = i + 1; j + 1 < s.size() && j <= i + 8; j++) {
                    if (s.get(j).isWord("to") && VISITS.contains(s.get(j + 1).lower())) {
                        return true;
                    }
                    if (s.get(j).isWord(",", ";", "and", "but", "where", "as")) {
                        return false;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "left A for B", "left to join B", "departed for B". */
    /** "Two executives who left Stripe this year, X and Y, ...": the organization the words before the list left. */
    private static OrgRef introducedAsLeavers(TaggedSentence s, int first) {
        if (first < 2 || !s.get(first - 1).isComma()) {
            return null;
        }
        for (int i = first - 2; i >= 1; i--) {
            if (s.get(i).is(Type.ORG) && !isMedia(s.get(i))
                    && (s.get(i - 1).isWord("leave", "left", "quit", "from", "former") || i >= 2 && s.get(i - 2).isWord("leave", "left", "quit"))) {
                return s.get(i).org();
            }
            if (s.get(i).is(Type.PERSON) || s.get(i).isWord(";")) {
                return null;
            }
        }
        return null;
    }

    /** "X, a longtime Tesla battery engineer, ...": the organization of the title set off right after the person. */
    static OrgRef appositiveOrg(TaggedSentence s, int person, OrgRef exclude) {
        if (person + 2 >= s.size() || !s.get(person + 1).isComma() || !s.get(person + 2).isWord("a", "an", "the")) {
            return null;
        }
        for (int i = person + 3; i < s.size() && i <= person + 7; i++) {
            Item it = s.get(i);
            if (it.is(Type.ORG)) {
                boolean titled = false;
                for (int j = i + 1; j < s.size() && j <= i + 3 && !s.get(j).isComma(); j++) {
                    titled |= Lexicon.TITLE_WORDS.contains(s.get(j).lower());
                }
                return titled && !isMedia(it) && !sameOrg(it.org(), exclude) ? it.org() : null;
            }
            if (it.isComma() || it.type() != Type.WORD) {
                return null;
            }
        }
        return null;
    }

    /** The origin told right after one person of a list: "Y from Meta", "X, who spent four years at Google,". */
    private static OrgRef ownOrigin(TaggedSentence s, int person, OrgRef exclude) {
        if (person + 2 < s.size() && s.get(person + 1).isWord("from") && s.get(person + 2).is(Type.ORG)) {
            return isMedia(s.get(person + 2)) ? null : s.get(person + 2).org();
        }
        if (person + 2 < s.size() && s.get(person + 1).isComma() && s.get(person + 2).isWord("who")) {
            int end = person + 3;
            while (end < s.size() && !s.get(end).isComma() && !s.get(end).isWord(";", ".")) {
                end++;
            }
            OrgRef at = workedAt(s, person, exclude);
            int atIdx = -1;
            for (int i = person + 3; i < end; i++) {
                if (s.get(i).is(Type.ORG) && at != null && s.get(i).org().equals(at)) {
                    atIdx = i;
                }
            }
            return atIdx >= 0 ? at : null;
        }
        return null;
    }

    /** "after 11 years at Tesla", "after a stint at Uber", told after the destination: where the person came from. */
    private static OrgRef yearsAtAfter(TaggedSentence s, int toIdx, OrgRef to) {
        for (int i = toIdx + 1; i + 2 < s.size() && i - toIdx <= 6; i++) {
            if (s.get(i).isWord("after") || s.get(i).isWord("following")) {
                for (int j = i + 1; j + 2 < s.size() && j - i <= 4; j++) {
                    if (s.get(j).isWord("year", "years", "decade", "stint", "tenure", "month", "months") && s.get(j + 1).isWord("at", "with")
                            && s.get(j + 2).is(Type.ORG) && !isMedia(s.get(j + 2)) && !sameOrg(s.get(j + 2).org(), to)) {
                        return s.get(j + 2).org();
                    }
                    if (s.get(j).isWord("year", "years", "decade", "stint", "tenure") && s.get(j + 1).isWord("as")) {
                        // "after two years as chief operating officer of Pinecone"
                        int employer = orgAfterWord(s, j + 1, "of", 7);
                        if (employer < 0) {
                            employer = orgAfterWord(s, j + 1, "at", 7);
                        }
                        return employer >= 0 && !sameOrg(s.get(employer).org(), to) ? s.get(employer).org() : null;
                    }
                }
                return null;
            }
            if (s.get(i).isWord(";", "but", "where") || s.get(i).is(Type.PERSON)) {
                return null;
            }
        }
        return null;
    }

    /** Whether the words right after a verb of leaving name a board ("from the boards of", "down from its board"). */
    private static boolean leavesABoard(TaggedSentence s, int t) {
        for (int i = t + 1; i < s.size() && i <= t + 5; i++) {
            if (s.get(i).is(Type.ORG) || s.get(i).is(Type.PERSON)) {
                return false;
            }
            if (s.get(i).isWord("board", "boards", "directors")) {
                return true;
            }
        }
        return false;
    }

    /** The organization a sentence opens by reporting: "Databricks said on Thursday that ...", else null. */
    private static OrgRef reportingOrg(TaggedSentence s) {
        if (s.size() < 2 || !s.get(0).is(Type.ORG) || isMedia(s.get(0))) {
            return null;
        }
        for (int i = 1; i < s.size() && i <= 3; i++) {
            if (s.get(i).isWord("say", "announce", "confirm", "said", "announced", "confirmed")) {
                return s.get(0).org();
            }
            if (!s.get(i).is(Type.DATE) && !s.get(i).isWord("on", "has", "have")) {
                return null;
            }
        }
        return null;
    }

    /**
     * "left Tesla in 2024 and briefly worked at Scale AI before joining xAI": a stay between the two, told after the
     * departure, is a move of its own on each side.
     */
    private boolean stint(TaggedSentence s, int fromIdx, List<Integer> subjects, OrgRef from, int t, List<Claim> out) {
        for (int i = fromIdx + 1; i < s.size() && i - fromIdx <= 6; i++) {
            if (!s.get(i).isWord("work", "worked", "join", "joined", "spend", "spent")) {
                continue;
            }
            int mid = orgAfter(s, i, 4);
            if (mid < 0 || sameOrg(s.get(mid).org(), from)) {
                return false;
            }
            int before = findWord(s, mid, "before");
            int last = before >= 0 && before - mid <= 3 ? orgAfter(s, before + 1, 4) : -1;
            if (last < 0 || !s.get(before + 1).isWord("join", "joining", "move", "moving")) {
                return false;
            }
            OrgRef via = s.get(mid).org();
            OrgRef to = s.get(last).org();
            for (int subj : subjects) {
                out.add(claim(s, subj, MoveKind.MOVE, from, via, t, 0.8));
                out.add(claim(s, subj, MoveKind.MOVE, via, to, t, 0.8));
            }
            return true;
        }
        return false;
    }

    private static OrgRef destinationAfter(TaggedSentence s, int from) {
        for (int i = from + 1; i < s.size() && i - from <= 8; i++) {
            Item it = s.get(i);
            if (it.isWord("for") || it.isWord("join") || it.isWord("to") && i + 1 < s.size()
                    && s.get(i + 1).isWord("join", "become", "lead", "head")) {
                int org = orgAfter(s, it.isWord("to") ? i + 1 : i, 5);
                if (org >= 0) {
                    return s.get(org).org();
                }
            }
            if (it.isWord(";", "but", "after", "because", "where") || it.is(Type.PERSON)) {
                return null;
            }
        }
        return null;
    }

    /** For "X, who worked at A for four years before leaving": the nearest organization before the verb. */
    private static OrgRef nearestOrgBefore(TaggedSentence s, int t, int subj, OrgRef exclude) {
        int start = Math.max(0, Math.min(subj, t));
        for (int i = t - 1; i >= start; i--) {
            Item it = s.get(i);
            if (it.is(Type.ORG) && !isMedia(it) && !sameOrg(it.org(), exclude)) {
                return it.org();
            }
        }
        return premodifierOrg(s, subj);
    }

    private static OrgRef properNameAfter(TaggedSentence s, int t) {
        for (int i = t + 1; i < s.size() && i - t <= 6; i++) {
            Item it = s.get(i);
            if (it.type() == Type.WORD && "NNP".equals(it.pos()) && Character.isUpperCase(it.text().charAt(0))) {
                StringBuilder name = new StringBuilder(it.text());
                int j = i + 1;
                while (j < s.size() && "NNP".equals(s.get(j).pos()) && s.get(j).type() == Type.WORD) {
                    name.append(' ').append(s.get(j).text());
                    j++;
                }
                return OrgRef.of(name.toString());
            }
            if (it.is(Type.PERSON) || it.type() == Type.WORD && it.pos() != null && it.pos().startsWith("VB")) {
                return null;
            }
        }
        return null;
    }

    // ---- guards ----

    /** Like hedged(), and when the move is denied or negated, remembers whose it was. */
    private boolean hedged(TaggedSentence s, List<Integer> people, int t) {
        if (people.isEmpty()) {
            return false;
        }
        // A speaker named after the quote ("'I will never leave A,' X said"): the scope opens where the quote does.
        int scope = people.get(0) > t ? quoteStart(s, t) : people.get(0);
        if (!hedged(s, scope, t)) {
            return false;
        }
        if (negated(s, scope, t)) {
            for (int p : people) {
                denied.add(new Mention(s.get(p).text(), s.get(p).begin()));
            }
        }
        return true;
    }

    /** Where the quote around index t opens (the first quotation mark before it), else 0. */
    private static int quoteStart(TaggedSentence s, int t) {
        for (int i = t - 1; i >= 0; i--) {
            if (s.get(i).text().matches("[\"\u201C`]+|``")) {
                return i;
            }
        }
        return 0;
    }

    private static boolean negated(TaggedSentence s, int from, int t) {
        for (int i = 0; i < t; i++) {
            Item it = s.get(i);
            if (Lexicon.DENIALS.contains(it.lower()) || i >= from && it.isWord("not", "n't", "never")) {
                return true;
            }
        }
        return false;
    }

    /** A hedge between the subject and the verb, or a denial anywhere before the verb. */
    private static boolean hedged(TaggedSentence s, int subjectIdx, int t) {
        // "If X left A, ...": a conditional clause opened right before the subject.
        for (int i = subjectIdx - 1; i >= 0 && subjectIdx - i <= 3; i--) {
            if (s.get(i).isComma()) {
                break;
            }
            if (s.get(i).isWord("if", "unless", "whether", "should")) {
                return true;
            }
        }
        for (int i = 0; i < t; i++) {
            Item it = s.get(i);
            if (it.type() != Type.WORD) {
                continue;
            }
            if (Lexicon.DENIALS.contains(it.lower()) || Lexicon.DENIALS.contains(it.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (i >= subjectIdx && (Lexicon.HEDGES.contains(it.lower())
                    || Lexicon.HEDGES.contains(it.text().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        // "in talks to join", "is said to be considering joining": the hedge may sit right after "to".
        for (int i = t + 1; i < s.size() && i <= t + 2; i++) {
            if (s.get(i).isWord("talks")) {
                return true;
            }
        }
        return false;
    }

    /** The appointment is to a board: "directors", "board", "board member" near the verb. */
    private static boolean boardSeat(TaggedSentence s, int t) {
        for (int i = Math.max(0, t - 3); i < s.size() && i <= t + 12; i++) {
            if (s.get(i).isWord("board", "director", "directors") && (s.get(i).isWord("board")
                    || i > 0 && s.get(i - 1).isWord("outside", "independent", "non-executive", "board"))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> VISITS = java.util.Set.of("give", "deliver", "speak", "attend", "visit",
            "meet", "receive", "accept", "celebrate", "present", "address", "discuss", "lecture", "talk", "watch", "see");

    /** "returned to Wuhan University to give a lecture", "left for Taipei to attend a conference": a visit, no job. */
    private static boolean visitPurpose(TaggedSentence s, int orgIdx) {
        for (int i = orgIdx + 1; i + 1 < s.size() && i <= orgIdx + 6; i++) {
            if (s.get(i).isWord("to", "for") && VISITS.contains(s.get(i + 1).lower())) {
                return true;
            }
            if (s.get(i).isWord(",", ";", "and", "but", "where", "as")) {
                return false;
            }
        }
        return false;
    }

    private static boolean notAJob(TaggedSentence s, int t, int orgIdx) {
        for (int i = t + 1; i < s.size() && i <= orgIdx + 3; i++) {
            if (Lexicon.NOT_A_JOB.contains(s.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedByTo(TaggedSentence s, int t) {
        for (int i = t + 1; i < s.size() && i <= t + 3; i++) {
            if (s.get(i).isWord("to")) {
                return true;
            }
            if (!s.get(i).isWord("over", "back", "ship", "officially", "formally")) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern INTERNAL_BODY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:office|department|board|committee|council|division|secretariat)\\b");

    /** "took the helm at A", "took over as chief executive of A", "took charge of A's lab". */
    private static boolean isTakeTheHelm(TaggedSentence s, int t) {
        if (s.get(t).isWord("put", "place", "placed") && t + 3 < s.size() && s.get(t + 1).isWord("in")
                && s.get(t + 2).isWord("charge") && s.get(t + 3).isWord("of")) {
            return true; // "has been put in charge of Honor's AI team"
        }
        if (!s.get(t).isWord("take", "took", "taken", "taking", "takes") || t + 1 >= s.size()) {
            return false;
        }
        return s.get(t + 1).isWord("over", "charge")
                || t + 2 < s.size() && s.get(t + 1).isWord("the") && s.get(t + 2).isWord("helm", "reins");
    }

    private void takeTheHelm(TaggedSentence s, int t, List<Claim> out) {
        int to = orgAfter(s, t, 9);
        if (to < 0 || "media".equals(s.get(to).lower())) {
            return;
        }
        List<Integer> subjects = subjectsBefore(s, t);
        if (subjects.isEmpty() || hedged(s, subjects, t)) {
            return;
        }
        for (int subj : subjects) {
            OrgRef from = orgBetween(s, subj, t, s.get(to).org());
            if (from == null) {
                OrgRef before = premodifierOrg(s, subj); // "Ex-Huawei engineer X has been put in charge of ..."
                from = before != null && !sameOrg(before, s.get(to).org()) ? before : null;
            }
            out.add(claim(s, subj, from != null ? MoveKind.MOVE : MoveKind.JOIN, from, s.get(to).org(), t,
                    from != null ? 0.8 : 0.75));
        }
    }

    private static boolean isStepDown(TaggedSentence s, int t) {
        return s.get(t).isWord("step") && t + 1 < s.size() && s.get(t + 1).isWord("down");
    }

    private static boolean isPartWays(TaggedSentence s, int t) {
        return s.get(t).isWord("part") && t + 1 < s.size() && s.get(t + 1).isWord("ways", "way");
    }

    private static final java.util.Set<String> EMPLOYER_NOUNS = java.util.Set.of("company", "firm", "group", "team",
            "lab", "startup", "start-up", "organization", "organisation", "business", "role", "post", "position", "job",
            "unit", "division", "board", "bank", "agency", "government", "administration", "department", "office");

    private static final java.util.Set<String> TIME_NOUNS = java.util.Set.of("day", "week", "month", "year", "quarter",
            "spring", "summer", "autumn", "fall", "winter", "morning", "afternoon", "evening", "weekend", "time");

    /** The verb's object is a plain noun that is no employer: "leaving the world better". */
    private static boolean leavesSomethingElse(TaggedSentence s, int t) {
        int i = t + 1;
        while (i < s.size() && s.get(i).pos() != null && s.get(i).pos().startsWith("RB")) {
            i++;
        }
        if (i + 1 >= s.size() || s.get(i).pos() == null || !s.get(i).pos().matches("DT|PRP\\$")) {
            return false;
        }
        for (int j = i + 1; j < s.size() && j <= i + 3; j++) {
            Item it = s.get(j);
            if (it.type() == Type.WORD && it.pos() != null && it.pos().startsWith("NN")) {
                // "resigned this month" is no object: a time, whether or not SUTime has read it as a date yet
                return !EMPLOYER_NOUNS.contains(it.lower()) && !TIME_NOUNS.contains(it.lower());
            }
        }
        return false;
    }

    /** "will start at Meta in January", "has landed at Apple", "has surfaced at Tencent": where the work begins. */
    private static boolean isStartOrLandAt(TaggedSentence s, int t) {
        return s.get(t).isWord("start", "land", "surface") && t + 2 < s.size() && s.get(t + 1).isWord("at") && s.get(t + 2).is(Type.ORG);
    }

    private static boolean isBidAdieu(TaggedSentence s, int t) {
        return s.get(t).isWord("bid", "bade") && t + 1 < s.size() && s.get(t + 1).isWord("adieu", "farewell", "goodbye");
    }

    private static boolean isBeBack(TaggedSentence s, int t) {
        return s.get(t).isWord("back") && t > 0 && s.get(t - 1).isWord("be", "is", "was", "are", "'s")
                && t + 1 < s.size() && s.get(t + 1).isWord("to", "at", "with");
    }

    /** "has been with Xiaomi since 2021"; not "had been with A since 2015", a post held before the news. */
    private static boolean isBeenWith(TaggedSentence s, int t) {
        return s.get(t).isWord("with") && t > 1 && s.get(t - 1).text().equalsIgnoreCase("been") && orgAfter(s, t, 2) >= 0
                && findWord(s, t, "since") >= 0 && !s.get(t - 2).text().equalsIgnoreCase("had");
    }

    /** "... to lead its autonomous driving unit": the post is in the organization the sentence is about. */
    private static boolean leadsItsUnit(TaggedSentence s, int from) {
        for (int i = from + 1; i + 2 < s.size() && i - from <= 6; i++) {
            if (s.get(i).isWord("to") && s.get(i + 1).isWord("lead", "head", "run", "oversee") && s.get(i + 2).isWord("its")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBringOn(TaggedSentence s, int t) {
        return s.get(t).isWord("bring") && t + 1 < s.size() && s.get(t + 1).isWord("on", "in", "aboard");
    }

    private static boolean isFoundVerb(TaggedSentence s, int t) {
        Item it = s.get(t);
        String word = it.text().toLowerCase(Locale.ROOT);
        if (word.matches("(co-?)?founded|cofounded|(co-?)?founding")) {
            return true;
        }
        if (word.matches("(co-?)?found") && t > 0 && s.get(t - 1).isWord("to")) {
            return true;
        }
        return it.isWord("set") && t + 1 < s.size() && s.get(t + 1).isWord("up") && mentionsVenture(s, t)
                || it.isWord("start", "launch", "establish") && it.pos() != null && it.pos().startsWith("VB")
                && mentionsVenture(s, t);
    }

    private static boolean mentionsVenture(TaggedSentence s, int t) {
        for (int i = t + 1; i < s.size() && i <= t + 6; i++) {
            if (s.get(i).isWord("startup", "start-up", "company", "venture", "firm", "business", "lab")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFiniteVerb(Item it) {
        return it.type() == Type.WORD && it.pos() != null && it.pos().matches("VB[DZP]|MD");
    }

    private static boolean precededBy(TaggedSentence s, int idx, String word) {
        if (idx < 0) {
            return false;
        }
        for (int i = idx - 1; i >= 0 && idx - i <= 3; i--) {
            if (s.get(i).isWord(word)) {
                return true;
            }
            if (!Lexicon.SKIPPABLE.contains(s.get(i).lower())) {
                return false;
            }
        }
        return false;
    }

    private static int findWord(TaggedSentence s, int from, String... words) {
        for (int i = from + 1; i < s.size(); i++) {
            if (s.get(i).isWord(words)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPersonLike(Item it) {
        return it.is(Type.PERSON) || it.is(Type.PRONOUN);
    }

    static boolean isMedia(Item it) {
        return "media".equals(it.lower());
    }

    static boolean sameOrg(OrgRef a, OrgRef b) {
        return a != null && b != null && a.organization().equals(b.organization());
    }

    private static Claim claim(TaggedSentence s, int personIdx, MoveKind kind, OrgRef from, OrgRef to, int t,
                               double confidence) {
        Item person = s.get(personIdx);
        String date = DateFinder.near(s, t);
        String role = Roles.near(s, personIdx);
        if (isBackground(s, t)) {
            confidence *= 0.5;
        }
        return new Claim(person.text(), person.begin(), kind, from, to, role, date, confidence, s.sentence(), t, null);
    }

    /**
     * "Before joining Alibaba, he ...", "X, who earlier co-founded A, ...": a move told as the background of something
     * else, often years old. Kept, since it did happen, but with half the confidence of a move reported as news.
     */
    private static boolean isBackground(TaggedSentence s, int t) {
        Item verb = s.get(t);
        if (t > 0 && "VBG".equals(verb.pos()) && s.get(t - 1).isWord("before", "after", "since", "upon", "prior")) {
            return true;
        }
        // "Suleyman, who earlier co-founded DeepMind, will ...": a past told in passing about the subject
        if (t > 1 && s.get(t - 1).isWord("earlier", "previously", "once", "formerly") && s.get(t - 2).isWord("who")) {
            return true;
        }
        // "Huang, who co-founded Nvidia in 1993, said ...": who someone is, not news
        return t > 0 && s.get(t - 1).isWord("who") && isFoundVerb(s, t);
    }
}
