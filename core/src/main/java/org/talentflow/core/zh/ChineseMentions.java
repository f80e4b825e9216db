package org.talentflow.core.zh;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.lexicon.Trigger;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.zh.ChineseSegmenter.Word;

/**
 * The pieces of a Chinese sentence the reader looks at, in order: people, organizations, titles, move words and
 * the marker words of markers.tsv; clause by clause (a clause ends at a comma, semicolon or colon; 、 joins a list
 * inside one).
 */
public final class ChineseMentions {

    public enum Kind { PERSON, ORG, TITLE, TRIGGER, PAST, NEWS, FROM, GO, LIST, UNDER, AS, PASSIVE, PRONOUN, GROUP, THIS, OF, AND, OTHER }

    /**
     * One piece.
     *
     * @param org     for an organization, as the gazetteer knows it or as written
     * @param weak    an organization only by its form (a Latin word): it fills a slot right after a move word or
     *                before a title, never stands for one by itself
     * @param trigger for a move word, its lexicon line
     */
    public record Item(Kind kind, String text, int begin, int end, int clause, OrgRef org, boolean weak,
                       Trigger trigger) {
        public boolean is(Kind k) {
            return kind == k;
        }

        /** An organization the gazetteer knows: its reference names it otherwise than the text does. */
        public boolean known() {
            return org != null && !org.organization().equals(text);
        }
    }

    private static final Set<String> PERSON_END = Set.of("于", "已", "已经", "将", "也", "亦", "并", "等", "在", "和", "与", "、",
            "表示", "称", "说", "则", "近日", "日前", "此前", "曾", "的", "同时", "因", "本人", "是");
    /** Characters that begin no organization's name but stand before one: 为, 从, 于, 到 ... (not 自: 自动驾驶中心) */
    private static final String LEADING_FUNCTION = "为从于到至去将已被和与及是";
    /** Legal forms that end a registered company name, longest first. */
    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司");
    /** What the segmenter glues before a name it tags as an organization: "向集团", "任本公司", "赴地方金融管理部". */
    private static final String NT_LEADING = LEADING_FUNCTION + "向对在由任赴让给把原";
    /** Company forms that end no name by themselves (org-suffixes.tsv: 有限公司, 集团 ...). */
    private static final Set<String> ORG_FORMS = Set.copyOf(org.talentflow.core.lexicon.ResourceLines
            .rows("/lexicon/zh/org-suffixes.tsv").stream().map(r -> r[0]).toList());
    /** Today's common words the segmenter's dictionary lacks (common-words.tsv): 智驾 is no name. */
    static final Set<String> COMMON_WORDS = Set.copyOf(org.talentflow.core.lexicon.ResourceLines
            .rows("/lexicon/zh/common-words.tsv").stream().map(r -> r[0]).toList());
    /** Marker kinds that shape names, not clauses: they stand in a sentence as plain words. */
    private static final Set<String> NOT_PIECES = Set.of("body", "people", "announce", "det", "field", "history", "follow", "speaker", "stay", "pair", "decree");
    private static final Set<String> AND = Set.of("、", "和", "与", "及", "以及");
    private static final Set<String> NOT_NAME_TAGS = Set.of("v", "vi", "p", "d", "w", "c", "cc", "m", "mq", "q", "f", "u",
            "ude1", "ule", "r", "rr", "vshi", "vyou", "t", "qt");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final Map<String, String> markers;
    /** Markers that are also common surnames (markers.tsv, third column). */
    private final Set<String> surnameMarkers;
    private final Map<String, List<Trigger>> triggers = new java.util.HashMap<>();
    private final Set<String> englishTitles;
    /** Organization words that also name a field of work (see org-name-words.tsv). */
    private final Set<String> fieldWords;
    /** Field words that also name an activity after a common noun: 战略投资, 数据智能 (org-name-words.tsv). */
    private final Set<String> activityWords;
    /** Words that end the name of a part or an institution: 研发中心, 大学 (org-name-words.tsv: unit). */
    private final Set<String> unitWords = new java.util.HashSet<>();

    public ChineseMentions(Lexicon chinese, Lexicon english, Gazetteer gazetteer) {
        this.lexicon = chinese;
        this.gazetteer = gazetteer;
        // A cleft word (还有, 是) says who moved only after a move clause and 的: the clause reader's business, no piece.
        this.markers = chinese.wordKinds("markers.tsv").entrySet().stream().filter(e -> !e.getValue().equals("cleft"))
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.surnameMarkers = org.talentflow.core.lexicon.ResourceLines.rows("/lexicon/zh/markers.tsv").stream()
                .filter(r -> r.length > 2 && r[2].equals("surname")).map(r -> r[0]).collect(java.util.stream.Collectors.toSet());
        for (var m : markers.entrySet()) {
            // A kind the reader does not know is a mistake in the data file: say so when it loads, not mid-article.
            if (!NOT_PIECES.contains(m.getValue()) && java.util.Arrays.stream(Kind.values())
                    .noneMatch(k -> k.name().equalsIgnoreCase(m.getValue()))) {
                throw new IllegalStateException("markers.tsv: unknown kind '" + m.getValue() + "' of " + m.getKey());
            }
        }
        chinese.triggers().forEach(t -> triggers.computeIfAbsent(t.lemma(), k -> new ArrayList<>()).add(t));
        this.englishTitles = english.titleWords();
        this.fieldWords = new java.util.HashSet<>();
        this.activityWords = new java.util.HashSet<>();
        chinese.wordKinds("org-name-words.tsv").forEach((w, k) -> {
            if (k.equals("field") || k.equals("activity")) {
                fieldWords.add(w);
            }
            if (k.equals("activity")) {
                activityWords.add(w);
            }
            if (k.equals("unit")) {
                unitWords.add(w);
            }
        });
    }

    /** The marker kind of a word, or null; the lexicon keeps Latin words in lower case ("AI", "Agent"). */
    private String marker(String word) {
        return markers.get(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a sentence holds a move word at all (the cheap filter before segmentation). */
    public boolean mayReportMove(String sentence) {
        for (String lemma : triggers.keySet()) {
            if (sentence.contains(lemma)) {
                return true;
            }
        }
        // "创始人兼CEO X此前是A的负责人": a founder's title tells a founding (titles.tsv: founder).
        return FOUNDER_TITLES.stream().anyMatch(sentence::contains);
    }

    /** Whether a sentence holds a word of denial or rumour (hedges.tsv: denial): "消息不实，X仍在职". */
    public boolean mayDeny(String sentence) {
        return lexicon.hedges().entrySet().stream()
                .anyMatch(h -> h.getValue() == org.talentflow.core.lexicon.Hedge.DENIAL && sentence.contains(h.getKey()));
    }

    /** The titles that tell who founded the company they are of (titles.tsv, third column "founder"). */
    static final Set<String> FOUNDER_TITLES = org.talentflow.core.lexicon.ResourceLines.rows("/lexicon/zh/titles.tsv").stream()
            .filter(r -> r.length > 2 && r[2].equals("founder")).map(r -> r[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Names of people the words give outright, or by a surname before a move word or after a title. */
    public List<String> names(List<Word> words) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            // HanLP tags some common words as names ("车企" after "奔赴"): a name is not the object of a plain verb.
            // (A verbal noun is often a post: "投行主管冯卓贤".)
            // ("CTO为苏曼宁": after 为 that follows a title, a name is who holds it.)
            boolean afterVerb = i > 0 && !titleBefore(words, i) && (words.get(i - 1).tag().startsWith("v") && !words.get(i - 1).tag().equals("vn")
                    || words.get(i - 1).tag().equals("p")) && !triggers.containsKey(words.get(i - 1).text())
                    && !(i > 1 && isPersonTag(words.get(i - 2)) && AND.contains(words.get(i - 1).text().substring(words.get(i - 1).text().length() - 1)));
            // "云帆" before "汽车" is the name of a company, whatever the segmenter's model says.
            boolean beforeOrgWord = i + 1 < words.size() && orgNameWordEnding(words.get(i + 1).text()) != null
                    && orgNameWordEnding(words.get(i + 1).text()).equals(words.get(i + 1).text());
            String dotted = dottedName(words, i);
            if (dotted != null) {
                // "马克·安德森": a transliteration the segmenter tagged as a Chinese name and a rest.
                names.add(dotted);
                while (i + 2 < words.size() && isDot(words.get(i + 1).text())) {
                    i += 2;
                }
                continue;
            }
            // "宁波拓" + "岩新材料股份有限公司": a registered company's name the segmenter cut is no person's.
            boolean beforeRegistered = i + 1 < words.size() && words.get(i + 1).begin() == w.end()
                    && REGISTERED.matcher(words.get(i + 1).text()).find();
            if (isPersonTag(w) && plausibleName(w.text()) && !afterVerb && !beforeOrgWord && !beforeRegistered
                    && !COMMON_WORDS.contains(w.text())) {
                names.add(completed(words, i));
                continue;
            }
            String run = surnameRun(words, i);
            // A common word in a name's place ("公司", "任期") is a name only right after a title ("负责人王冠等").
            boolean titleBefore = titleBefore(words, i);
            // (Never one of today's words the lexicon lists: "副教授全职加入" is no one named 全职.)
            if (run != null && plausibleName(run) && (titleBefore && !COMMON_WORDS.contains(run) || !commonWord(run))) {
                names.add(run);
                continue;
            }
            String foreign = foreignName(words, i);
            if (foreign != null) {
                names.add(foreign);
            }
        }
        return names;
    }

    /**
     * A name the segmenter cut short ("武靖" + "澜", "皇甫子" + "谦"): a single character after it that is no function
     * word, marker or move word, where the longer name still fits and is followed by what follows a name.
     */
    private String completed(List<Word> words, int i) {
        String name = words.get(i).text();
        if (name.length() > 1 && isDot(name.substring(name.length() - 1)) && i + 1 < words.size()) {
            // "丹尼尔·" + "吴": a transliteration the segmenter cut after its dot ends with the next word.
            Word next = words.get(i + 1);
            boolean part = next.text().length() <= 4 && next.text().codePoints().allMatch(ChineseText::isHan)
                    && next.begin() == words.get(i).end() && marker(next.text()) == null && !triggers.containsKey(next.text())
                    && !AND.contains(next.text()) && !PERSON_END.contains(next.text()) && !next.text().equals("的");
            return part ? name + next.text() : name.substring(0, name.length() - 1);
        }
        int max = name.length() >= 2 && lexicon.isSurname(name.substring(0, 2)) ? 4 : 3;
        if (i + 1 >= words.size() || name.length() >= max) {
            return name;
        }
        Word next = words.get(i + 1);
        // "司徒" + "俊杰": a compound surname the segmenter left alone is followed by its given name of one or two
        // characters (not by a title, a marker, a move word or a function word: "司徒教授", "欧阳表示").
        if (name.length() == 2 && lexicon.isSurname(name) && next.begin() == words.get(i).end() && next.text().length() <= 2
                && next.text().codePoints().allMatch(ChineseText::isHan) && marker(next.text()) == null
                && !triggers.containsKey(next.text()) && !AND.contains(next.text()) && !PERSON_END.contains(next.text())
                && !isTitle(next.text()) && !next.tag().equals("nnt") && !NOT_NAME_TAGS.contains(next.tag())
                && !HONORIFIC.matcher(next.text()).find() && !next.tag().startsWith("v")) {
            return name + next.text();
        }
        // "上官雨" + "晴" (a verb to the segmenter): after a compound surname and one character, a name has room for one
        // more, whatever the segmenter took it for.
        boolean roomLeft = max == 4 && name.length() == 3 && next.tag().startsWith("v")
                // "吴昊" + "天" (a measure of time to the segmenter) before a word that ends a name.
                || next.tag().startsWith("q") && "年月日号时分秒".indexOf(next.text().charAt(0)) < 0;
        boolean onePlainChar = next.text().length() == 1 && ChineseText.hasHan(next.text())
                && (roomLeft || !NOT_NAME_TAGS.contains(next.tag()) && (!next.tag().startsWith("v") || next.tag().equals("vg")))
                && marker(next.text()) == null && !triggers.containsKey(next.text())
                && !AND.contains(next.text()) && !PERSON_END.contains(next.text()) && next.begin() == words.get(i).end();
        Word after = i + 2 < words.size() ? words.get(i + 2) : null;
        if (onePlainChar && endsName(after)) {
            return name + next.text();
        }
        // "欧阳思" + "敏为", "邝志" + "成因": the name's last character glued to the function word after it (为, 因).
        String tail = next.text().length() == 2 ? next.text().substring(1) : "";
        // "伍嘉" + "言和" + "隋默": a verb to the segmenter, but 和 between two names joins them.
        boolean andName = AND.contains(tail) && after != null && isPersonTag(after);
        boolean gluedTail = !tail.isEmpty() && (PERSON_END.contains(tail) || marker(tail) != null || AND.contains(tail))
                && ChineseText.isHan(next.text().charAt(0)) && (!next.tag().startsWith("v") && !NOT_NAME_TAGS.contains(next.tag()) || andName)
                && !PERSON_END.contains(next.text().substring(0, 1)) && marker(next.text().substring(0, 1)) == null
                && next.begin() == words.get(i).end();
        return gluedTail ? name + next.text().charAt(0) : name;
    }

    private static boolean isDot(String text) {
        return text.equals("·") || text.equals("•") || text.equals("・") || text.equals("‧");
    }

    /** A transliterated name written with a middle dot (约翰·史密斯), whatever the segmenter tagged its parts, or null. */
    private String dottedName(List<Word> words, int i) {
        if (i + 2 >= words.size() || !isDot(words.get(i + 1).text()) || i > 0 && isDot(words.get(i - 1).text())) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        // "研究员阿" + "米尔·拉希德": the first part's characters the segmenter left before it.
        for (int k = i - 1; k >= 0 && i - k <= 2 && words.get(k).text().length() == 1 && words.get(i).text().length() + (i - k) <= 4; k--) {
            String c = words.get(k).text();
            // A character right after a title is the name's, whatever its tag ("工程总监" + "拉" + "杰·帕特尔").
            boolean afterTitle = k > 0 && (words.get(k - 1).tag().equals("nnt") || isTitle(words.get(k - 1).text()));
            if (!ChineseText.hasHan(c) || triggers.containsKey(c) || marker(c) != null || AND.contains(c) || PERSON_END.contains(c)
                    || c.equals("的") || NOT_NAME_TAGS.contains(words.get(k).tag()) && !words.get(k).tag().equals("m") && !afterTitle) {
                break;
            }
            b.insert(0, c);
        }
        int j = i;
        boolean first = true;
        while (true) {
            Word part = words.get(j);
            if (part.text().length() > 5 || !part.text().codePoints().allMatch(ChineseText::isHan) || triggers.containsKey(part.text())
                    || marker(part.text()) != null || isTitle(part.text()) || gazetteer.lookup(part.text()).isPresent()) {
                return null;
            }
            // The characters found before the first part are its own ("拉" + "杰" is 拉杰).
            b.append(first ? "" : "·").append(part.text());
            first = false;
            if (j + 2 < words.size() && isDot(words.get(j + 1).text())) {
                j += 2;
            } else {
                break;
            }
        }
        // "伊森·卡" + "弗": the segmenter reads a transliteration's last part character by character.
        int partLength = words.get(j).text().length();
        for (int k = j + 1; k < words.size() && partLength < 4; k++) {
            String c = words.get(k).text();
            if (c.length() != 1 || !ChineseText.hasHan(c) || triggers.containsKey(c) || marker(c) != null || AND.contains(c)
                    || PERSON_END.contains(c) || c.equals("的")) {
                break;
            }
            b.append(c);
            partLength++;
        }
        return b.indexOf("·") > 0 ? b.toString() : null;
    }

    /**
     * A foreign name: a transliteration (HanLP's nrf, joined by ·: 山姆·奥特曼) or two or three capitalized Latin
     * words ("Sam Altman") before a move word or after a title; a known organization or a title is none.
     */
    private String foreignName(List<Word> words, int i) {
        Word w = words.get(i);
        if (w.tag().equals("nrf")) {
            StringBuilder b = new StringBuilder(w.text());
            for (int j = i + 1; j + 1 < words.size() && (words.get(j).text().equals("·") || words.get(j).text().equals("•"))
                    && words.get(j + 1).tag().equals("nrf"); j += 2) {
                b.append('·').append(words.get(j + 1).text());
            }
            if (isDot(b.substring(b.length() - 1))) {
                // "丹尼尔·" + "吴": cut after its dot, the name ends with the next word.
                String whole = completed(words, i);
                return whole.length() >= 2 && !isDot(whole.substring(whole.length() - 1)) ? whole : null;
            }
            return b.length() >= 3 || b.indexOf("·") > 0 ? b.toString() : null;
        }
        if (!isLatinName(w) || i > 0 && isLatinName(words.get(i - 1))
                || i > 1 && words.get(i - 1).text().equals(" ") && isLatinName(words.get(i - 2))) {
            return null;
        }
        List<String> parts = new ArrayList<>(List.of(w.text()));
        int j = i + 1;
        while (j + 1 < words.size() && words.get(j).text().equals(" ") && isLatinName(words.get(j + 1)) && parts.size() < 3) {
            parts.add(words.get(j + 1).text());
            j += 2;
        }
        Word next = j < words.size() ? words.get(j) : null;
        boolean titleBefore = titleBefore(words, i);
        boolean beforeMove = next != null && (triggers.containsKey(next.text()) || PERSON_END.contains(next.text()));
        String name = String.join(" ", parts);
        return parts.size() >= 2 && (titleBefore || beforeMove) && gazetteer.lookup(name).isEmpty() ? name : null;
    }

    private boolean isLatinName(Word w) {
        return w.text().matches("[A-Z][a-z]+") && !isTitle(w.text()) && gazetteer.lookup(w.text()).isEmpty();
    }

    /**
     * The pieces of a folded sentence; known holds the document's names of people found so far, introduced the names
     * of organizations the article introduces (see IntroducedOrgs), both longest first.
     */
    public List<Item> items(String sentence, List<Word> words, List<String> known, List<String> introduced) {
        return items(sentence, words, known, introduced, Map.of());
    }

    /**
     * The stems of the organizations among a sentence's pieces that end in an organization word ("国盛" of 国盛证券),
     * for the sentences after it: two characters or more, none a common word (平安 is one).
     */
    public Map<String, OrgRef> shortForms(List<Item> items, List<String> introduced) {
        Map<String, OrgRef> forms = new java.util.LinkedHashMap<>();
        for (Item it : items) {
            // "国盛证券研究所" gives 国盛证券 and 国盛: each organization word is taken off in turn. A field word (科技)
            // ends a name the article introduced (一家名为"帧跃科技"的公司 ... 加入帧跃), not others (金融科技).
            String name = it.is(Kind.ORG) && !it.weak() ? it.text() : "";
            // (or a name whose stem before the field word is no word of the dictionary at all: 衡语 of 衡语智能)
            String ending = orgNameWordEnding(name);
            boolean named = introduced.contains(name) || ending != null && name.length() - ending.length() >= 2
                    && name.substring(0, name.length() - ending.length()).codePoints().allMatch(ChineseText::isHan)
                    && com.hankcs.hanlp.dictionary.CoreDictionary.get(name.substring(0, name.length() - ending.length())) == null
                    && !COMMON_WORDS.contains(name.substring(0, name.length() - ending.length()));
            for (String word = orgNameWordEnding(name); word != null && (named || !fieldWords.contains(word)) && !unitWords.contains(word);
                 word = orgNameWordEnding(name)) {
                named = false;
                String stem = name.substring(0, name.length() - word.length());
                if (stem.length() < 2 || !stem.codePoints().allMatch(ChineseText::isHan) || commonWord(stem)
                        || marker(stem.substring(0, 1)) != null || gazetteer.lookup(stem).isPresent()) {
                    break;
                }
                forms.put(stem, it.org() != null ? it.org() : OrgRef.of(it.text()));
                name = stem;
            }
        }
        return forms;
    }

    public List<Item> items(String sentence, List<Word> words, List<String> known, List<String> introduced,
                            Map<String, OrgRef> shortForms) {
        List<Item> items = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length() + 1];
        for (String name : known) {
            for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + name.length())) {
                int after = at + name.length();
                boolean orgStem = lexicon.orgNameWords().stream().anyMatch(ow -> sentence.startsWith(ow, after))
                        || shortForms.keySet().stream().anyMatch(name::startsWith);
                if (!taken[at] && !taken[at + name.length() - 1] && !orgStem) {
                    items.add(new Item(Kind.PERSON, fullName(name, known), at, at + name.length(), 0, null, false, null));
                    java.util.Arrays.fill(taken, at, at + name.length(), true);
                }
            }
        }
        items.addAll(registeredNames(sentence, words, taken, introduced));
        introduced.forEach(name -> readWhole(sentence, name, OrgRef.of(name), false, taken, items));
        // A stem only where it stands alone: "国盛证券" later is read in full by the gazetteer or the segmenter.
        shortForms.forEach((name, ref) -> readWhole(sentence, name, ref, true, taken, items));
        // Known organizations of three characters or more stand whatever the segmenter made of them ("零一万物" read
        // as a number); shorter ones only where they are a word of their own (阿里, 联想 are words too).
        for (var hit : gazetteer.findAll(sentence)) {
            boolean ownWord = words.stream().anyMatch(w -> w.begin() == hit.start())
                    && words.stream().anyMatch(w -> w.end() == hit.end());
            if (ChineseText.hasHan(hit.surface()) && (hit.end() - hit.start() >= 3 || ownWord)
                    && !anyTaken(taken, hit.start(), hit.end())) {
                // A news outlet reports moves: it is where someone goes only where a move word names it (加入36氪).
                items.add(new Item(Kind.ORG, hit.surface(), hit.start(), hit.end(), 0,
                        gazetteer.refOf(hit.organization()), media(hit.organization()), null));
                java.util.Arrays.fill(taken, hit.start(), hit.end(), true);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.text().isBlank()) {
                continue;
            }
            if (anyTaken(taken, w.begin(), w.end())) {
                // "欧阳思敏" found before, cut here as 欧阳思/敏为: the word's rest after the name (为) is still a piece.
                int cut = w.begin();
                while (cut < w.end() && taken[cut]) {
                    cut++;
                }
                if (cut > w.begin() && cut < w.end() && !anyTaken(taken, cut, w.end())) {
                    List<Word> rest = new ArrayList<>(words);
                    rest.set(i, new Word(w.text().substring(cut - w.begin()), "u", cut));
                    items.addAll(itemsOf(rest, i));
                }
                continue;
            }
            items.addAll(itemsOf(words, i));
        }
        items.sort(Comparator.comparingInt(Item::begin));
        // "遵守《上海证券交易所科创板股票上市规则》": a name inside a document's title marks is no one's employer.
        java.util.regex.Matcher titled = BOOK_TITLE.matcher(sentence);
        while (titled.find()) {
            int b = titled.start();
            int e = titled.end();
            items.replaceAll(it -> it.is(Kind.ORG) && it.begin() >= b && it.end() <= e
                    ? new Item(Kind.OTHER, it.text(), it.begin(), it.end(), 0, null, false, null) : it);
        }
        List<Item> orgs = items.stream().filter(it -> it.is(Kind.ORG)).toList();
        // The words of a name read as one organization ("星河" of "星河科技") are no pieces of their own.
        items.removeIf(it -> !it.is(Kind.ORG) && orgs.stream().anyMatch(o -> o.begin() <= it.begin() && it.end() <= o.end()));
        return withClauses(sentence, unitsOfNamedOwners(sentence, formerEmployers(mergeOrgRuns(splitTriggers(items)))));
    }

    /**
     * "快手电商事业部负责人 ... 出任电商事业部副总裁": a unit named bare is the unit of the organization the sentence
     * names it with elsewhere.
     */
    private static List<Item> unitsOfNamedOwners(String sentence, List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        for (Item it : items) {
            Item owner = null;
            if (it.is(Kind.ORG) && !it.weak() && it.org() != null && it.org().organization().equals(it.text())) {
                for (Item k : items) {
                    if (k != it && k.is(Kind.ORG) && !k.weak() && k.org() != null && sentence.contains(k.text() + it.text())) {
                        owner = k;
                    }
                }
            }
            if (owner == null && it.is(Kind.ORG) && !it.weak() && it.org() != null && it.org().organization().equals(it.text())
                    && COMPANY_UNITS.stream().anyMatch(it.text()::endsWith)) {
                owner = ownerBefore(items, items.indexOf(it));
            }
            out.add(owner == null ? it : new Item(Kind.ORG, it.text(), it.begin(), it.end(), it.clause(), owner.org(), false, null));
        }
        return out;
    }

    /** Words that end the name of a part of a company, not of an institution of its own (大学, 医院). */
    private static final List<String> COMPANY_UNITS = List.of("事业部", "事业群", "研发中心", "研究中心", "实验室", "研究院", "部门");

    /**
     * "转赴英特尔担任晶圆代工事业部技术长": a part named after a post word that follows a known organization is that
     * organization's part.
     */
    private static Item ownerBefore(List<Item> items, int at) {
        for (int j = at - 1, seen = 0; j >= 0 && seen < 3; j--, seen++) {
            Item k = items.get(j);
            if (k.is(Kind.ORG)) {
                return !k.weak() && k.known() ? k : null;
            }
            boolean post = k.is(Kind.TRIGGER) && k.trigger() != null && k.trigger().when().equals("tie");
            if (!post && !(k.is(Kind.OTHER) && k.text().length() <= 2 && ChineseText.hasHan(k.text()))) {
                return null;
            }
        }
        return null;
    }

    /** Every untaken place of a name in the sentence as one organization; alone: not where an organization word follows. */
    private void readWhole(String sentence, String name, OrgRef ref, boolean alone, boolean[] taken, List<Item> items) {
        for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + name.length())) {
            int after = at + name.length();
            if (alone && lexicon.orgNameWords().stream().anyMatch(w -> sentence.startsWith(w, after)) || anyTaken(taken, at, after)) {
                continue;
            }
            items.add(new Item(Kind.ORG, name, at, after, 0, ref, false, null));
            java.util.Arrays.fill(taken, at, after, true);
        }
    }

    /** A document's title in its marks: 《…上市规则》 (the 《》 of Chinese typography; 〈〉 in Taiwan's). */
    private static final java.util.regex.Pattern BOOK_TITLE = java.util.regex.Pattern.compile("[《〈][^》〉]{1,40}[》〉]");

    /** Words after a surname that make it a way of addressing someone, not a given name: 欧阳总, 皇甫博士. */
    private static final String HONORIFICS = "总|博士|教授|先生|女士|老师";
    private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile("(" + HONORIFICS + ")$");

    /**
     * "欧阳总" (boss Ouyang), "皇甫博士": the one full name of the document with that surname, or the name as it is
     * when there is none or more than one.
     */
    private String fullName(String name, List<String> known) {
        java.util.regex.Matcher m = HONORIFIC.matcher(name);
        if (!m.find()) {
            return name;
        }
        String surname = name.substring(0, m.start());
        if (!lexicon.isSurname(surname)) {
            return name;
        }
        List<String> full = known.stream().filter(k -> k.startsWith(surname) && !k.equals(name)
                && !HONORIFIC.matcher(k).find() && k.length() > surname.length()).toList();
        return full.size() == 1 ? full.get(0) : name;
    }

    /**
     * Registered names: a place, a proper name and a trade before a legal form ("深圳市汇芯通信技术有限公司",
     * "北京光年之外科技有限公司") name one company however the segmenter cut them. The words before the form are
     * taken back to the first that cannot be part of a name (a verb, a function word, a title, a name of a person).
     */
    private List<Item> registeredNames(String sentence, List<Word> words, boolean[] taken, List<String> introduced) {
        List<Item> found = new ArrayList<>();
        for (String form : LEGAL_FORMS) {
            for (int at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + 1)) {
                int end = at + form.length();
                if (anyTaken(taken, at, end)) {
                    continue;
                }
                int start = at;
                for (int k = words.size() - 1; k >= 0; k--) {
                    Word w = words.get(k);
                    if (w.begin() >= at) {
                        continue;
                    }
                    boolean inside = w.end() > at;
                    String part = inside ? w.text().substring(0, at - w.begin()) : w.text();
                    if (at - w.begin() > 14 || !partOfRegisteredName(w, part) || anyTaken(taken, w.begin(), Math.min(w.end(), at))) {
                        break;
                    }
                    start = w.begin();
                }
                if (at - start >= 2) {
                    String name = sentence.substring(start, end);
                    var whole = gazetteer.lookup(name);
                    var inner = gazetteer.findAll(sentence.substring(start, at));
                    // "北京光年之外科技有限公司" registers the company the article calls 光年之外.
                    String core = introduced.stream().filter(name::contains).findFirst().orElse(name);
                    OrgRef ref = whole.map(gazetteer::refOf).orElse(inner.size() == 1
                            ? gazetteer.refOf(inner.get(0).organization()) : OrgRef.of(core));
                    found.add(new Item(Kind.ORG, name, start, end, 0, ref, false, null));
                    java.util.Arrays.fill(taken, start, end, true);
                }
            }
        }
        return found;
    }

    private boolean partOfRegisteredName(Word w, String part) {
        String tag = w.tag();
        return !part.isEmpty() && part.chars().allMatch(c -> ChineseText.isHan(c) || Character.isLetterOrDigit(c))
                && !(tag.startsWith("v") && !tag.equals("vn")) && !tag.startsWith("p") && !tag.startsWith("c")
                && !tag.startsWith("d") && !tag.startsWith("u") && !tag.startsWith("r") && !tag.equals("w")
                && !tag.startsWith("nr") && !triggers.containsKey(part) && !isTitle(part)
                && !IntroducedOrgs.CALLED_WORDS.contains(part)
                && !(marker(part) != null && !"field".equals(marker(part)));
    }

    private static boolean anyTaken(boolean[] taken, int begin, int end) {
        for (int k = begin; k < end; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    private List<Item> itemsOf(List<Word> words, int i) {
        Word w = words.get(i);
        if (isPersonTag(w) && startsWithMarker(w.text())) {
            Item marker = new Item(Kind.PAST, w.text().substring(0, 1), w.begin(), w.begin() + 1, 0, null, false, null);
            String rest = w.text().substring(1);
            return List.of(marker, new Item(Kind.OTHER, rest, w.begin() + 1, w.end(), 0, null, false, null));
        }
        Item item = item(words, i);
        return item == null ? List.of() : List.of(item);
    }

    private Item item(List<Word> words, int i) {
        Word w = words.get(i);
        String text = w.text();
        List<Trigger> t = triggers.get(text);
        if (t != null) {
            return new Item(Kind.TRIGGER, text, w.begin(), w.end(), 0, null, false, t.get(0));
        }
        String marker = marker(text);
        if (marker != null) {
            return new Item(NOT_PIECES.contains(marker) ? Kind.OTHER : Kind.valueOf(marker.toUpperCase(java.util.Locale.ROOT)),
                    text, w.begin(), w.end(), 0, null, false, null);
        }
        if (AND.contains(text)) {
            return new Item(Kind.AND, text, w.begin(), w.end(), 0, null, false, null);
        }
        if (text.equals("的")) {
            return new Item(Kind.OF, text, w.begin(), w.end(), 0, null, false, null);
        }
        if (isTitle(text) || w.tag().equals("nnt") && text.length() >= 2) {
            return new Item(Kind.TITLE, text, w.begin(), w.end(), 0, null, false, null);
        }
        var known = gazetteer.lookup(text);
        if (known.isPresent()) {
            return new Item(Kind.ORG, text, w.begin(), w.end(), 0, gazetteer.refOf(known.get()), media(known.get()), null);
        }
        List<Trigger> before = i > 0 ? triggers.get(words.get(i - 1).text()) : null;
        if (before != null && before.get(0).frame() == org.talentflow.core.lexicon.Frame.ARRIVE
                && (w.tag().startsWith("n") || w.tag().equals("j") || w.tag().startsWith("ns")) && !w.tag().startsWith("nr")
                && text.length() >= 2 && ChineseText.hasHan(text) && marker(text) == null && !commonWord(text)) {
            // "广达电脑 ... 加入广达": a proper name right after a word of joining, short for an organization the
            // sentence names in full, is where the person goes ("回归初心" is no organization).
            OrgRef owner = ownerInSentence(words, i, text);
            if (owner != null) {
                return new Item(Kind.ORG, text, w.begin(), w.end(), 0, owner, false, null);
            }
        }
        if (i > 0 && "det".equals(marker(words.get(i - 1).text()))) {
            // "一家投资机构", "多家银行": an organization not named.
            return new Item(Kind.OTHER, text, w.begin(), w.end(), 0, null, false, null);
        }
        String lead = i > 0 && properWord(words.get(i - 1)) ? orgNameWordLeading(text) : null;
        if (w.tag().startsWith("nt") && lead != null && !fieldWords.contains(lead)) {
            // "国投" + "证券汽车行业": the organization word begins the word after a proper name; the rest is a field.
            Word prev = words.get(i - 1);
            String name = prev.text() + lead;
            return new Item(Kind.ORG, name, prev.begin(), w.begin() + lead.length(), 0, OrgRef.of(name), false, null);
        }
        if (w.tag().startsWith("nt") && text.length() >= 2 && ChineseText.hasHan(text)) {
            // Its organization model runs a name over a comma now and then ("一事,华硕"): the name is what follows it.
            int cut = lastPunctuation(text) + 1;
            while (text.length() - cut > 2 && NT_LEADING.indexOf(text.charAt(cut)) >= 0) {
                cut++;
            }
            if (i > 0 && words.get(i - 1).tag().equals("m") && text.length() - cut > 2 && "名位家个".indexOf(text.charAt(cut)) >= 0) {
                // "两" + "名星河科技": the measure word after a number is no part of the name.
                cut++;
            }
            int end = text.length() - (PUNCTUATION.indexOf(text.charAt(text.length() - 1)) >= 0 ? 1 : 0);
            String name = withoutBody(text.substring(Math.min(cut, end), end));
            boolean company = w.tag().startsWith("ntc") && name.length() == 2 && !commonWord(name);
            if (name.length() == 3 && "所院部处科室组".indexOf(name.charAt(2)) >= 0 && commonNoun(name.substring(0, 2))
                    && gazetteer.lookup(name.substring(0, 2)).isEmpty()) {
                // "为公司发展所作出的贡献": a common word and 所 is no institute.
                return new Item(Kind.OTHER, text, w.begin(), w.end(), 0, null, false, null);
            }
            if (name.endsWith("所") && orgNameWordEnding(name) == null && i + 1 < words.size()
                    && words.get(i + 1).tag().startsWith("v")) {
                // "投资者关系工作所作出的贡献": 所 before a verb is the particle, not an institute's end.
                return new Item(Kind.OTHER, text, w.begin(), w.end(), 0, null, false, null);
            }
            if (name.length() >= 2 && plausibleOrg(name) && (namedOrg(name) || company && marker(name) == null)) {
                var whole = gazetteer.lookup(name);
                return new Item(Kind.ORG, name, w.begin() + cut, w.begin() + cut + name.length(), 0,
                        whole.map(gazetteer::refOf).orElse(OrgRef.of(name)), false, null);
            }
            OrgRef owner = name.length() >= 2 ? ownerInSentence(words, i, name) : null;
            if (owner != null) {
                // "中信建投计算机团队" beside "中信建投证券": a team or a business of the company the sentence names.
                return new Item(Kind.ORG, name, w.begin() + cut, w.begin() + cut + name.length(), 0, owner, false, null);
            }
        }
        String nameWord = orgNameWordEnding(text);
        if (nameWord != null && !fieldWords.contains(nameWord) && text.length() >= nameWord.length() + 2 && plausibleOrg(text)
                && ChineseText.hasHan(text) && !description(text)
                && marker(text.substring(0, 1)) == null) {
            // One word that ends in an organization word is a name by itself: "华为技术有限公司".
            return new Item(Kind.ORG, text, w.begin(), w.end(), 0, OrgRef.of(text), false, null);
        }
        if (nameWord != null && i > 0 && !description(text)) {
            // A stem before a kind of organization ("具身" + "智能公司") describes it; it names none.
            int stem = stemStart(words, i, fieldWords.contains(nameWord));
            if (stem >= 0) {
                String name = words.subList(stem, i + 1).stream().map(Word::text).reduce("", String::concat);
                // "被任命为/云帆汽车" cut as 为云/帆/汽车: a function character the segmenter glued on is no part of it.
                int cut = 0;
                while (name.length() - cut > nameWord.length() + 2 && LEADING_FUNCTION.indexOf(name.charAt(cut)) >= 0) {
                    cut++;
                }
                name = name.substring(cut);
                return new Item(Kind.ORG, name, words.get(stem).begin() + cut, w.end(), 0, OrgRef.of(name), false, null);
            }
        }
        if (w.tag().equals("nx") && Character.isUpperCase(text.charAt(0)) && text.length() > 1) {
            return new Item(Kind.ORG, text, w.begin(), w.end(), 0, OrgRef.of(text), true, null);
        }
        return new Item(Kind.OTHER, text, w.begin(), w.end(), 0, null, false, null);
    }

    private static boolean media(org.talentflow.core.domain.Organization o) {
        return o.kind() == org.talentflow.core.domain.OrgKind.MEDIA;
    }

    /** The organization word a longer word begins with ("证券汽车行业" begins with 证券), or null. */
    private String orgNameWordLeading(String word) {
        for (int k = word.length() - 1; k >= 2; k--) {
            if (lexicon.orgNameWords().contains(word.substring(0, k))) {
                return word.substring(0, k);
            }
        }
        return null;
    }

    /** The organization word a word ends with ("师范大学" ends with 大学), or null. */
    private String orgNameWordEnding(String word) {
        return lexicon.orgNameWordEnding(word);
    }

    /**
     * What the segmenter's organization tag (nt) holds is a name only when it has one: "为公司", "核心业务", "新公司",
     * "带领团队", "多人" are tagged so too. A name ending in an organization word needs a stem of two characters before
     * it ("浦发" 银行); one without needs three characters and no word of a sentence's frame at its end ("市场有"),
     * unless the segmenter calls it a company (ntc: "华硕") and it is no common word.
     */
    private boolean namedOrg(String name) {
        if (marker(name) != null || !plausibleOrg(name) || description(name)
                || lexicon.orgNouns().stream().anyMatch(n -> name.startsWith(n) && name.length() > n.length())) {
            // "公司股份", "公司董事会": a word for a company begins no company's name.
            return false;
        }
        for (int k = 0; k + 2 <= name.length(); k++) {
            if (isTitle(name.substring(k))) {
                // "产品经理", "通信事业部研发经理": a post, not an organization.
                return false;
            }
        }
        for (int k = 0; k < name.length(); k++) {
            String tail = name.substring(k);
            if (lexicon.orgNameWords().contains(tail) || ORG_FORMS.contains(tail)) {
                return k >= 2 || gazetteer.lookup(name.substring(0, k)).isPresent() && k > 0;
            }
        }
        char last = name.charAt(name.length() - 1);
        return name.length() >= 3 && "有人了的是".indexOf(last) < 0;
    }

    /**
     * A kind of organization, not a name: a word for one (org-nouns.tsv) after nothing, after a field ("智能公司",
     * "科技公司") or after a common word ("补齐公司"): where a name stands before 公司, it is a proper one (腾讯公司).
     */
    private boolean description(String name) {
        for (String noun : lexicon.orgNouns()) {
            if (name.endsWith(noun)) {
                String stem = name.substring(0, name.length() - noun.length());
                if (stem.isEmpty() || fieldWords.contains(stem) || lexicon.orgNouns().contains(stem)
                        || "为任在于到至".indexOf(stem.charAt(stem.length() - 1)) >= 0
                        || gazetteer.lookup(stem).isEmpty() && (commonWord(stem) || commonWords(stem))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The organization another word of the sentence names with the same first characters (two or more): a unit,
     * team or business is often named after its company ("中信建投计算机团队" beside "中信建投证券").
     */
    private OrgRef ownerInSentence(List<Word> words, int i, String name) {
        for (int j = 0; j < words.size(); j++) {
            String other = words.get(j).text();
            if (j == i || other.length() < 2 || !ChineseText.hasHan(other) || name.startsWith(other) && other.length() == name.length()) {
                continue;
            }
            var known = gazetteer.lookup(other);
            boolean org = known.isPresent() || words.get(j).tag().startsWith("nt") && namedOrg(other);
            if (org && other.charAt(0) == name.charAt(0) && other.charAt(1) == name.charAt(1)) {
                return known.map(gazetteer::refOf).orElse(OrgRef.of(other));
            }
        }
        return null;
    }

    private static final String PUNCTUATION = ",，、;；:：。!！?？";

    /** The last punctuation mark inside a word (one that ends it does not count: "西湖大学!"), or -1. */
    private static int lastPunctuation(String text) {
        for (int k = text.length() - 2; k >= 0; k--) {
            if (PUNCTUATION.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** An ordinal, a list or unnamed people is no organization's name: "第六届", "专家及公司", "相关人士处". */
    private boolean plausibleOrg(String name) {
        if (name.startsWith("首席")) {
            // "首席技术" + "官": a title the segmenter cut, not an organization.
            return false;
        }
        String low = name.toLowerCase(java.util.Locale.ROOT);
        return !name.startsWith("第") && !Character.isDigit(name.charAt(0)) && name.chars().noneMatch(c -> "及和与的有".indexOf(c) >= 0)
                && markers.entrySet().stream().noneMatch(m -> m.getValue().equals("people") && low.contains(m.getKey())
                        || m.getValue().equals("det") && low.startsWith(m.getKey())
                        || m.getValue().equals("field") && low.endsWith(m.getKey()));
    }

    /** "加盟云帆汽车" read as one name: the move word and the organization after it. */
    private List<Item> splitTriggers(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item it : items) {
            String lemma = !it.is(Kind.ORG) ? null : triggers.keySet().stream()
                    .filter(t -> t.length() >= 2 && it.text().startsWith(t) && it.text().length() >= t.length() + 2)
                    .findFirst().orElse(null);
            if (lemma == null) {
                out.add(it);
                continue;
            }
            String rest = it.text().substring(lemma.length());
            out.add(new Item(Kind.TRIGGER, lemma, it.begin(), it.begin() + lemma.length(), 0, null, false,
                    triggers.get(lemma).get(0)));
            out.add(new Item(Kind.ORG, rest, it.begin() + lemma.length(), it.end(), 0, OrgRef.of(rest), false, null));
        }
        return out;
    }

    /** "光大银行董事会", "腾讯方面": the organization without the body word after it. */
    private String withoutBody(String name) {
        for (var m : markers.entrySet()) {
            if (m.getValue().equals("body") && name.endsWith(m.getKey()) && name.length() > m.getKey().length()) {
                return name.substring(0, name.length() - m.getKey().length());
            }
        }
        return name;
    }

    /** A Latin title right after a name of an organization is a title, not a second name: "暴风TV CEO". */
    private boolean isTitle(String text) {
        return lexicon.titleWords().contains(text) || englishTitles.contains(text.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Where the name before an organization word begins: one proper word ("平安" 银行), or up to three short words
     * the segmenter could not join ("智/界" 汽车, "千/里" 科技) that are no function word, verb or marker; -1 if none.
     */
    private int stemStart(List<Word> words, int at, boolean field) {
        int last = at - 1;
        if (last > 0 && words.get(last).text().matches("[A-Za-z]{2,6}") && marker(words.get(last).text()) != null) {
            // "华硕" + "AI" + 研究中心: a Latin field word inside a unit's name belongs to it; the stem is before it.
            last--;
        }
        Word prev = words.get(last);
        if (prev.tag().startsWith("nt") || gazetteer.lookup(prev.text()).isPresent()) {
            // "南京大学" + "智能": a known organization followed by a field is a department, not a new name.
            return -1;
        }
        if (properWord(prev) && marker(prev.text()) == null) {
            return last;
        }
        int length = 0;
        int start = -1;
        for (int j = last; j >= 0 && j >= last - 2; j--) {
            Word w = words.get(j);
            // Right after a word of joining or founding a verb's character may begin a name: "加入" 生/数/科技.
            List<Trigger> joining = j > 0 ? triggers.get(words.get(j - 1).text()) : null;
            boolean nameStart = joining != null && (joining.get(0).frame() == org.talentflow.core.lexicon.Frame.ARRIVE
                    || joining.get(0).frame() == org.talentflow.core.lexicon.Frame.FOUND) && w.text().length() == 1;
            if (w.text().length() > 2 || !ChineseText.hasHan(w.text()) || NOT_NAME_TAGS.contains(w.tag()) && !(nameStart && w.tag().startsWith("v"))
                    || !plausibleOrg(w.text())
                    || w.tag().startsWith("v") && !w.tag().equals("vg") && !nameStart || marker(w.text()) != null
                    || triggers.containsKey(w.text())
                    || isTitle(w.text()) || orgNameWordEnding(w.text()) != null) {
                break;
            }
            length += w.text().length();
            if (length > 4) {
                break;
            }
            start = j;
        }
        if (field && start >= 0 && com.hankcs.hanlp.dictionary.CoreDictionary.contains(
                words.subList(start, at + 1).stream().map(Word::text).reduce("", String::concat))) {
            // "人工智能": a field word after the words of a common term is that term, not a name.
            return -1;
        }
        if (activityWords.contains(words.get(at).text()) && start >= 0 && commonNoun(words.subList(start, last + 1).stream().map(Word::text).reduce("", String::concat))) {
            // "战略投资", "数据智能": a field after a common word is a kind of work; a name's stem is proper (深蓝汽车).
            return -1;
        }
        return length >= 2 && start >= 0 && (start == 0 || !words.get(start - 1).tag().startsWith("n")
                || markers.containsKey(words.get(start - 1).text())) ? start : -1;
    }

    private static boolean properWord(Word w) {
        return w.tag().startsWith("ns") || w.tag().startsWith("nz") || w.tag().equals("j") || w.tag().startsWith("nt")
                || w.tag().equals("nx");
    }

    /** The legal form that ends a registered company's name. */
    private static final java.util.regex.Pattern REGISTERED = java.util.regex.Pattern.compile("(股份)?有限(责任)?公司$");

    /** Adjacent organization pieces of one name ("吉利" + "汽车" read apart; "暴风" + "TV") become one. */
    private List<Item> mergeOrgRuns(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item it : items) {
            Item last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.is(Kind.OTHER) && it.is(Kind.ORG) && !it.weak() && last.end() == it.begin()
                    && last.text().length() <= 3 && ChineseText.hasHan(last.text()) && marker(last.text()) == null
                    && !triggers.containsKey(last.text()) && !IntroducedOrgs.CALLED_WORDS.contains(last.text())
                    && REGISTERED.matcher(it.text()).find()
                    && it.org().organization().equals(it.text())) {
                // "宁波拓" + "岩新材料股份有限公司": the front of a registered name the segmenter cut off is part of it.
                String name = last.text() + it.text();
                out.set(out.size() - 1, new Item(Kind.ORG, name, last.begin(), it.end(), 0, OrgRef.of(name), false, null));
                continue;
            }
            if (last != null && last.is(Kind.ORG) && it.is(Kind.ORG) && it.begin() < last.end()) {
                // "小米" then "小米团体" (a name word after a known name): the longer reading stands.
                out.set(out.size() - 1, it);
            } else if (last != null && last.is(Kind.OTHER) && it.is(Kind.ORG) && it.weak() && last.end() == it.begin()
                    && ChineseText.hasHan(last.text()) && !ChineseText.hasHan(it.text()) && it.org().organization().equals(it.text())
                    && !lexicon.orgNouns().contains(last.text())) {
                String name = last.text() + it.text();
                out.set(out.size() - 1, new Item(Kind.ORG, name, last.begin(), it.end(), 0, OrgRef.of(name), false, null));
            } else if (last != null && last.is(Kind.ORG) && it.is(Kind.ORG) && last.end() == it.begin() && it.weak()
                    && !last.weak() && !ChineseText.hasHan(it.text()) && it.org().organization().equals(it.text())) {
                String name = last.text() + it.text();
                out.set(out.size() - 1, new Item(Kind.ORG, name, last.begin(), it.end(), 0,
                        last.org() != null && last.org().organization().equals(last.text()) ? OrgRef.of(name) : last.org(),
                        false, null));
            } else {
                out.add(it);
            }
        }
        return out;
    }

    /**
     * "原遐想团体副总裁X", "原中兴手机副总裁Y": the words between 原/前 and a title name the organization of the post,
     * whether or not the segmenter knows them as one.
     */
    private List<Item> formerEmployers(List<Item> items) {
        List<Item> out = new ArrayList<>(items);
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).is(Kind.PAST)) {
                continue;
            }
            int j = i + 1;
            while (j < out.size() && j <= i + 3 && out.get(j).is(Kind.OTHER) && out.get(j).begin() == out.get(j - 1).end()
                    && out.get(j).text().codePoints().allMatch(c -> ChineseText.isHan(c) || Character.isLetterOrDigit(c))) {
                j++;
            }
            boolean orgRun = j < out.size() && j > i + 1 && out.get(j).is(Kind.ORG) && out.get(j).begin() == out.get(j - 1).end();
            int end = orgRun ? j + 1 : j;
            if (j > i + 1 && end < out.size() && out.get(end).is(Kind.TITLE)) {
                Item first = out.get(i + 1);
                Item last = out.get(end - 1);
                String name = out.subList(i + 1, end).stream().map(Item::text).reduce("", String::concat);
                // "前技术副总裁", "原商家运营副总经理": common words between 原 and the title say what the post is, not
                // where, unless they end in an organization word (原遐想团体副总裁).
                if (name.length() >= 2 && name.length() <= 10 && !commonNoun(name) && !(commonWords(name) && orgNameWordEnding(name) == null)) {
                    Item org = new Item(Kind.ORG, name, first.begin(), last.end(), 0, OrgRef.of(name), false, null);
                    out.subList(i + 1, end).clear();
                    out.add(i + 1, org);
                }
            }
        }
        return out;
    }

    private static List<Item> withClauses(String sentence, List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        int clause = 0;
        int from = 0;
        for (Item it : items) {
            for (int k = from; k < it.begin(); k++) {
                char c = sentence.charAt(k);
                if (c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == ':' || c == '_' || c == '|'
                        || Character.isWhitespace(c) && k > 0 && k + 1 < sentence.length()
                        && ChineseText.isHan(sentence.charAt(k - 1)) && ChineseText.isHan(sentence.charAt(k + 1))) {
                    // A space between Chinese characters ends a headline or a junk line, as a comma ends a clause.
                    clause++;
                }
            }
            from = Math.max(from, it.begin());
            out.add(new Item(it.kind(), it.text(), it.begin(), it.end(), clause, it.org(), it.weak(), it.trigger()));
        }
        return out;
    }

    /**
     * A name of two to four characters that begins with a surname and holds no word of the sentence's frame: "曾在"
     * (once at), "梅和" (…mei and), "原行" (former bank) are what a segmenter misreads as names.
     */
    /** A count of a time unit: 一年, 两天, 几个月. */
    private static final java.util.regex.Pattern TIME_SPAN = java.util.regex.Pattern.compile("[一二两三四五六七八九十几半][个]?[年月天日周]");

    private boolean plausibleName(String name) {
        if (name.length() < 2 || name.length() > 4 || !startsWithSurname(name) || isTitle(name) || startsWithMarker(name)
                || gazetteer.lookup(name).isPresent()
                || gazetteer.findAll(name).stream().anyMatch(h -> h.end() == name.length() && h.end() - h.start() >= 2)) {
            // "由宏碁": a known organization at a name's end makes it none (由 is a surname too).
            return false;
        }
        String rest = name.substring(1);
        String last = name.substring(name.length() - 1);
        if (name.length() == 2 && last.equals("人")) {
            // "牛人", "达人", "新人": a kind of person, not a given name.
            return false;
        }
        if (TIME_SPAN.matcher(rest).matches()) {
            // "那一年", "这两天": a demonstrative (那 and 这 are surnames too) and a time, not a given name.
            return false;
        }
        return !(PERSON_END.contains(rest) || marker(rest) != null || AND.contains(last) || PERSON_END.contains(last)
                || name.length() == 2 && "past".equals(marker(name.substring(0, 1))) && !lexicon.isSurname(rest)
                || triggers.containsKey(rest));
    }

    /**
     * A word of HanLP's core dictionary that is never a name there: "公司", "任期" begin with a surname (公, 任) and
     * stand where names stand, and a name once found is looked for in every sentence after. The dictionary holds no
     * personal names, but some names are words too (王冠, 金星).
     */
    private static boolean commonWord(String text) {
        if (COMMON_WORDS.contains(text)) {
            return true;
        }
        var entry = com.hankcs.hanlp.dictionary.CoreDictionary.get(text);
        return entry != null && java.util.Arrays.stream(entry.nature).noneMatch(n -> n.toString().startsWith("nr"));
    }

    /** Whether a text is common words of two characters or more end to end ("自动" + "驾驶"; not 星河, a name too). */
    private static boolean commonWords(String text) {
        int at = 0;
        while (at < text.length()) {
            int len = Math.min(4, text.length() - at);
            while (len >= 2 && !(commonWord(text.substring(at, at + len)) && commonNoun(text.substring(at, at + len)))) {
                len--;
            }
            if (len < 2) {
                return false;
            }
            at += len;
        }
        return !text.isEmpty();
    }

    /** A word of the core dictionary that is never a proper name there (战略, 数据; not 深蓝, 长城, 国投). */
    private static boolean commonNoun(String text) {
        if (COMMON_WORDS.contains(text)) {
            return true;
        }
        var entry = com.hankcs.hanlp.dictionary.CoreDictionary.get(text);
        return entry != null && java.util.Arrays.stream(entry.nature).map(Object::toString)
                .noneMatch(n -> n.startsWith("nz") || n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nr")
                        || n.startsWith("nx") || n.equals("j"));
    }

    /**
     * HanLP reads "原金立" (former Gionee) as a name: a word that begins with a marker is the marker and a rest, unless
     * the marker is also a common surname (曾学忠).
     */
    private boolean startsWithMarker(String text) {
        String first = text.substring(0, 1);
        return text.length() > 2 && "past".equals(marker(first)) && !surnameMarkers.contains(first);
    }

    private boolean isPersonTag(Word w) {
        return w.tag().equals("nr") || w.tag().equals("nrf");
    }

    private boolean startsWithSurname(String text) {
        return text.length() >= 2 && (lexicon.isSurname(text.substring(0, 1)) || lexicon.isSurname(text.substring(0, 2)));
    }

    /**
     * A name the segmenter did not take for one, found by its surname and its place: one word that is also a name
     * ("负责人王冠等") or a run of short words (郄 小 虎, 皇甫 子谦) that begins with a surname, between what stands
     * before a name (a title, the start of a clause, a list's 、, a word of announcing: 宣布X加入) and what follows
     * one (a move word, 于/已/将/等, a marker, a comma).
     */
    private String surnameRun(List<Word> words, int i) {
        Word first = words.get(i);
        if (!startsName(words, i) || !ChineseText.hasHan(first.text()) || first.tag().equals("w")) {
            return null;
        }
        boolean titleBefore = titleBefore(words, i);
        Word after = i + 1 < words.size() ? words.get(i + 1) : null;
        if (first.text().length() >= 2 && first.text().length() <= 3 && startsWithSurname(first.text())
                && !first.tag().startsWith("v") && !NOT_NAME_TAGS.contains(first.tag())
                && (endsName(after) && (titleBefore || movesNext(after)))) {
            return first.text();
        }
        // "资深处长" + "林冠" + "宏" + "已…离开": a name after a title the segmenter cut after its second character.
        Word third = i + 2 < words.size() ? words.get(i + 2) : null;
        if (titleBefore && first.text().length() == 2 && lexicon.isSurname(first.text().substring(0, 1)) && after != null
                && after.text().length() == 1 && ChineseText.hasHan(after.text()) && after.begin() == first.end()
                && !NOT_NAME_TAGS.contains(after.tag()) && marker(after.text()) == null && !triggers.containsKey(after.text())
                && !AND.contains(after.text()) && !PERSON_END.contains(after.text()) && endsName(third)
                && !NOT_NAME_TAGS.contains(first.tag()) && !first.tag().startsWith("v")) {
            return first.text() + after.text();
        }
        int max = first.text().length() == 2 && lexicon.isSurname(first.text()) ? 4 : 3;
        if (!lexicon.isSurname(first.text())) {
            return null;
        }
        StringBuilder run = new StringBuilder(first.text());
        for (int j = i + 1; j < words.size() && j <= i + 2; j++) {
            Word w = words.get(j);
            // A Han numeral is a given name's character as often as not: 陈一鸣, 王三川.
            boolean hanNumeral = w.tag().equals("m") && w.text().length() == 1 && ChineseText.hasHan(w.text());
            if (w.text().length() > 2 || !ChineseText.hasHan(w.text()) || NOT_NAME_TAGS.contains(w.tag()) && !hanNumeral
                    || triggers.containsKey(w.text()) || marker(w.text()) != null || isTitle(w.text())) {
                break;
            }
            run.append(w.text());
            // "欧" + "阳明" + "川": a compound surname cut across words still leaves room for a two-character name.
            int limit = run.length() >= 2 && lexicon.isSurname(run.substring(0, 2)) ? 4 : max;
            if (run.length() > limit) {
                return null;
            }
            Word next = j + 1 < words.size() ? words.get(j + 1) : null;
            // "邓浩贤和麦颖琳": a name before 和 or 、 and another name is one of a list.
            boolean listNext = next != null && AND.contains(next.text()) && j + 2 < words.size()
                    && (isPersonTag(words.get(j + 2)) || lexicon.isSurname(words.get(j + 2).text().substring(0, 1)));
            if (run.length() >= 2 && endsName(next) && (titleBefore || movesNext(next) || next == null
                    || next.tag().equals("w") || listNext)) {
                return run.toString();
            }
        }
        return null;
    }

    /** Whether a title stands right before a word, or before 为 or 是 before it ("联合创始人兼CTO为苏曼宁"). */
    private boolean titleBefore(List<Word> words, int i) {
        int t = i > 1 && (words.get(i - 1).text().equals("为") || words.get(i - 1).text().equals("是")) ? i - 2 : i - 1;
        return t >= 0 && (isTitle(words.get(t).text()) || words.get(t).tag().equals("nnt"));
    }

    /** What may stand right before a name: a title, a clause's start, a list's 、 or 和, a word of announcing. */
    private boolean startsName(List<Word> words, int i) {
        if (i == 0) {
            return true;
        }
        Word prev = words.get(i - 1);
        String kind = marker(prev.text());
        // "负责无人机业务的司马骁": a compound surname is no common word, so it begins a name even after 的.
        boolean compound = words.get(i).text().length() == 2 && lexicon.isSurname(words.get(i).text());
        return prev.tag().equals("w") || compound && prev.text().equals("的") || isTitle(prev.text()) || prev.tag().equals("nnt") || AND.contains(prev.text())
                || "announce".equals(kind) || "past".equals(kind) || "people".equals(kind) || triggers.containsKey(prev.text());
    }

    /** What may follow a name: nothing, punctuation, a move word, a word of time or manner, a marker. */
    private boolean endsName(Word next) {
        // "公孙伯" + "言" + "先生": an honorific ends the name before it.
        return next == null || next.tag().equals("w") || movesNext(next) || AND.contains(next.text())
                || next.text().matches(HONORIFICS)
                || marker(next.text()) != null && !"body".equals(marker(next.text()));
    }

    private boolean movesNext(Word next) {
        return next != null && (triggers.containsKey(next.text()) || PERSON_END.contains(next.text())
                || "news".equals(marker(next.text())) || "past".equals(marker(next.text()))
                || "from".equals(marker(next.text())));
    }
}
