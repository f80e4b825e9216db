package org.talentflow.core.zh;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.resolve.Gazetteer;

/**
 * The organizations an article introduces by name that no gazetteer knows: a new company is named once where the
 * text says what it is, and by its bare name after that ("灵枢机器人的另一位联合创始人", where the segmenter reads
 * 灵/枢机/器人). Four ways of introducing one are read off the folded text, before any segmentation:
 * <ul>
 *   <li>a listed company's name before its stock code: 华锐精密（688927）;</li>
 *   <li>a word for a kind of organization (org-nouns.tsv) and its name in quotes: 公司“灵枢机器人”, 新创「微光运算」;</li>
 *   <li>such a word and a name ending in an organization word (org-name-words.tsv): 创业公司星河智能;</li>
 *   <li>a name that opens a clause with its founding: 星河智能成立于2023年, 深度原力成立以来; or its founder's title: 云栖数据创始人X.</li>
 *   <li>a name followed by its Latin name in parentheses, where that is an organization's: 砌光智能（Qiguang AI）,
 *   沛星互动（Appier）, but not 李睿恩（Ryan Lee).</li>
 * </ul>
 * A quoted name ending in an organization word introduces itself (“灵犀机器人”完成融资). Every sentence of the
 * article then reads such a name whole, as it reads a gazetteer's.
 */
final class IntroducedOrgs {

    private static final Pattern QUOTED = Pattern.compile("[“「『\"]([\\p{IsHan}A-Za-z0-9·]{2,12})[”」』\"]");
    private static final Pattern FOUNDED = Pattern.compile(
            "(?:^|[,;:。!?\\s])([\\p{IsHan}A-Za-z0-9]{2,10}?)(?:已于|于)?(?:成立于|创立于|诞生于|成立以来|成立至今|创立以来)");
    /** A name that opens a clause before its founder's title: "云栖数据创始人庄晓白". */
    private static final Pattern FOUNDER = Pattern.compile(
            "(?:^|[,;:。!?\\s、])([\\p{IsHan}A-Za-z0-9]{2,8}?)(?:联合创始人|创始人|创办人)");
    /** A listed company before its stock code: 华锐精密（688927）, 中国平安（601318.SH/02318.HK）, 网易云音乐（09899）. */
    private static final Pattern LISTED = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{2,10})\\((?:[A-Z]{0,2}\\d{4,6}(?:\\.[A-Za-z]{2})?(?:[/,、][^)]{0,24})?)\\)");
    /** A Chinese name and its Latin one in parentheses: 砌光智能（Qiguang AI）. */
    private static final Pattern LATIN_ALIAS = Pattern.compile(
            "([\\p{IsHan}]{2,10})\\(([A-Z][A-Za-z0-9.&'-]*(?: [A-Za-z0-9.&'-]+){0,3})\\)");
    /** Words that may stand between the kind and its quoted name: 一家名为“X”的公司, 公司叫“X”. */
    static final List<String> CALLED_WORDS = List.of("名为", "名叫", "叫做", "叫", "取名", "命名为");
    private static final Pattern CALLED = Pattern.compile("(?:" + String.join("|", CALLED_WORDS) + ")$");
    /** Words that give a company's short name before it in quotes: 对外品牌为“X”, 简称“X”. */
    private static final Pattern BRANDED = Pattern.compile("(?:品牌|品牌名|简称|注册名|商号)(?:为|是)?$");
    /** A registered name with its city in brackets, whose first part is the name used: 极光矩阵（杭州）智能科技有限公司. */
    private static final Pattern REGISTERED = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{2,8})\\([\\p{IsHan}]{2,4}\\)[\\p{IsHan}]{0,12}(?:有限公司|有限责任公司)");
    /** Characters that end a name read after a kind word: a list, a possessive, a verb of saying where it is. */
    private static final String NAME_ENDS = "的和与及、在于是将已也为地得了着过把被让对向";

    private final Lexicon lexicon;
    private final Lexicon english;
    private final Gazetteer gazetteer;
    private final List<String> kinds;
    private final Set<String> orgNameWords;
    private final Map<String, String> markers;
    private final Set<String> triggers;
    private final Set<String> titles;
    /** Words of joining and founding (triggers.tsv: arrive, found) of two characters or more. */
    private final List<String> joinWords;

    IntroducedOrgs(Lexicon chinese, Lexicon english, Gazetteer gazetteer) {
        this.lexicon = chinese;
        this.english = english;
        this.gazetteer = gazetteer;
        this.kinds = chinese.orgNouns().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.orgNameWords = chinese.orgNameWords();
        this.markers = chinese.wordKinds("markers.tsv");
        this.titles = chinese.titleWords().stream().filter(ChineseText::hasHan).collect(java.util.stream.Collectors.toSet());
        this.triggers = new java.util.HashSet<>();
        chinese.triggers().forEach(t -> triggers.add(t.lemma()));
        this.joinWords = chinese.triggers().stream().filter(t -> t.lemma().length() >= 2
                && (t.frame() == org.talentflow.core.lexicon.Frame.ARRIVE || t.frame() == org.talentflow.core.lexicon.Frame.FOUND))
                .map(org.talentflow.core.lexicon.Trigger::lemma).distinct().toList();
    }

    /** The names the folded text introduces, longest first; people's names (known) are never organizations. */
    List<String> in(String text, List<String> people) {
        List<String> found = new ArrayList<>();
        Matcher q = QUOTED.matcher(text);
        while (q.find()) {
            String name = q.group(1);
            String before = text.substring(Math.max(0, q.start() - 8), q.start());
            String lead = CALLED.matcher(before).replaceAll("");
            // A defined term ("以下简称'公司'", 简称"本集团") stands for a name; it is none.
            boolean kindBefore = kinds.stream().anyMatch(lead::endsWith) || BRANDED.matcher(before).find()
                    && kinds.stream().noneMatch(name::endsWith) && "本该我贵".indexOf(name.charAt(0)) < 0;
            // A quoted phrase that ends in 公司 is a name only without the words of a phrase in it ("住在公司").
            boolean phrase = name.chars().anyMatch(c -> "在是的了着过".indexOf(c) >= 0);
            if (kindBefore || endsInOrgWord(name) && !phrase && !com.hankcs.hanlp.dictionary.CoreDictionary.contains(name)) {
                add(found, name, people);
            }
        }
        for (String kind : kinds) {
            for (int at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + 1)) {
                int end = at + kind.length();
                int start = at;
                if (gazetteer.findAll(text.substring(Math.max(0, at - 8), end)).stream()
                        .anyMatch(h -> h.end() == Math.min(8, start) || h.end() == Math.min(8, start) + kind.length())) {
                    // "百度公司智能云事业群": the kind word ends a known name, and what follows is its unit.
                    continue;
                }
                String before = text.substring(Math.max(0, at - 2), at);
                if (before.endsWith("有限") || before.endsWith("股份") || before.endsWith("分") || before.endsWith("子")) {
                    // "…有限公司智能云事业群", "张掖分公司": the kind word ends a registered name or a branch's.
                    continue;
                }
                String name = nameAfter(text, end);
                char prev = at > 0 ? text.charAt(at - 1) : ' ';
                if (name != null && name.endsWith("有限公司") && Character.UnicodeScript.of(prev) == Character.UnicodeScript.HAN
                        && "家个是的为了在从到与和及、名叫称".indexOf(prev) < 0) {
                    // "上海澄岳私募基金管理有限公司": the kind word is inside a registered name, which is read whole.
                    continue;
                }
                if (name != null) {
                    add(found, name, people);
                }
            }
        }
        Matcher fo = FOUNDER.matcher(text);
        while (fo.find()) {
            String name = fo.group(1);
            if (kinds.stream().noneMatch(name::endsWith) && titles.stream().noneMatch(name::endsWith) && !name.endsWith("联合")) {
                add(found, name, people);
            }
        }
        for (String verb : joinWords) {
            for (int at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
                String name = repeatedAfter(text, at + verb.length());
                if (name != null) {
                    add(found, name, people);
                }
            }
        }
        Matcher r = REGISTERED.matcher(text);
        while (r.find()) {
            String name = afterLastEnd(r.group(1));
            if (name.length() >= 2 && kinds.stream().noneMatch(name::endsWith)) {
                add(found, name, people);
            }
        }
        Matcher l = LISTED.matcher(text);
        while (l.find()) {
            // The code says the name is a company's, whatever a segmenter makes of it (华锐 reads as a person's name).
            String name = afterLastEnd(l.group(1));
            if (name.length() >= 2 && !found.contains(name) && plausible(name, List.of())) {
                found.add(name);
            }
        }
        Matcher la = LATIN_ALIAS.matcher(text);
        while (la.find()) {
            String name = afterLastEnd(la.group(1));
            String latin = la.group(2);
            String[] latinWords = latin.split(" ");
            // A person's Latin name has two words or more and no organization word ("Ryan Lee"); an organization's
            // ends in one ("Qiguang AI"), is known, or is one word ("Appier").
            boolean organization = english.orgNameWords().contains(latinWords[latinWords.length - 1].toLowerCase(java.util.Locale.ROOT))
                    || latinWords[latinWords.length - 1].matches("AI|[A-Z]{2,5}") || gazetteer.lookup(latin).isPresent()
                    || latinWords.length == 1 && latin.length() >= 4 || endsInOrgWord(name);
            // Not a word the dictionary knows (代理（Agent）), nor a post (首席技术官（CTO）).
            boolean word = com.hankcs.hanlp.dictionary.CoreDictionary.contains(name) || titles.stream().anyMatch(name::endsWith)
                    || english.titleWords().contains(latin.toLowerCase(java.util.Locale.ROOT))
                    || english.titleWords().contains(latin);
            if (organization && !word && name.length() >= 2 && name.length() <= 8) {
                add(found, name, people);
            }
        }
        Matcher f = FOUNDED.matcher(text);
        while (f.find()) {
            String name = f.group(1);
            if (kinds.stream().noneMatch(name::endsWith) && (endsInOrgWord(name) || name.length() >= 3)) {
                add(found, name, people);
            }
        }
        found.sort(Comparator.comparingInt(String::length).reversed());
        return found;
    }

    /** What follows the last character that ends a name before it (的, 和, a marker): "一年的砌光智能" is 砌光智能. */
    private String afterLastEnd(String run) {
        for (int k = run.length() - 1; k >= 0; k--) {
            if (NAME_ENDS.indexOf(run.charAt(k)) >= 0 || markers.containsKey(run.substring(k, k + 1))) {
                return run.substring(k + 1);
            }
        }
        return run;
    }

    /**
     * "三位新伙伴加入深度原力 ... 深度原力迎来 ... 深度原力成立以来": what a word of joining or founding names, where the
     * article names it twice more, is an organization: the longest such run of three to six characters.
     */
    private String repeatedAfter(String text, int afterVerb) {
        int from = afterVerb;
        while (from < text.length() && "了过".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        for (int len = 6; len >= 3; len--) {
            if (from + len > text.length()) {
                continue;
            }
            String run = text.substring(from, from + len);
            if (!run.codePoints().allMatch(c -> ChineseText.isHan(c) || Character.isLetterOrDigit(c))
                    || NAME_ENDS.indexOf(run.charAt(run.length() - 1)) >= 0) {
                continue;
            }
            int count = 0;
            for (int at = text.indexOf(run); at >= 0 && count < 3; at = text.indexOf(run, at + 1)) {
                count++;
            }
            // "加入工商时报LINE好友": a page's own call, not a name's end.
            boolean latinAfter = from + len < text.length() && Character.isLetter(text.charAt(from + len))
                    && !ChineseText.isHan(text.charAt(from + len));
            if (latinAfter) {
                return null;
            }
            if (count >= 3 && !com.hankcs.hanlp.dictionary.CoreDictionary.contains(run)) {
                return run;
            }
        }
        return null;
    }

    /** The longest run after a kind word that ends in an organization word and has a stem of two characters. */
    private String nameAfter(String text, int from) {
        if (titles.stream().anyMatch(t -> text.startsWith(t, from))) {
            // "公司首席技术官": a post of the company, no name.
            return null;
        }
        int end = from;
        while (end < text.length() && end - from < 12) {
            char c = text.charAt(end);
            if (!(ChineseText.isHan(c) || Character.isLetterOrDigit(c)) || NAME_ENDS.indexOf(c) >= 0) {
                break;
            }
            end++;
        }
        for (int e = end; e > from; e--) {
            String run = text.substring(from, e);
            String word = orgWordEnding(run);
            if (word != null && run.length() - word.length() >= 2) {
                return run;
            }
        }
        return null;
    }

    private boolean endsInOrgWord(String name) {
        String word = orgWordEnding(name);
        return word != null && name.length() - word.length() >= 2;
    }

    private String orgWordEnding(String name) {
        return lexicon.orgNameWordEnding(name);
    }

    private void add(List<String> found, String name, List<String> people) {
        if (found.contains(name) || !plausible(name, people)) {
            return;
        }
        found.add(name);
    }

    /**
     * A name of its own: no person's, not one the gazetteer already reads (阿里云, 华硕AI研究中心 begin with a known
     * organization), no marker or move word inside (该公司, 这家, 离职), and a stem that is no field (人工智能实验室).
     */
    private boolean plausible(String name, List<String> people) {
        if (!ChineseText.hasHan(name) || people.stream().anyMatch(name::contains) || name.matches(".*[位名个向对给为在于和与及的是将已也被把让]$")
                || "另其各每首第一二两三四五六七八九十数多几".indexOf(name.charAt(0)) >= 0
                || gazetteer.findAll(name).stream().anyMatch(h -> h.start() == 0)) {
            return false;
        }
        for (var m : markers.entrySet()) {
            if (name.contains(m.getKey()) && m.getKey().length() >= 2 && !"field".equals(m.getValue())) {
                return false;
            }
        }
        if (markers.containsKey(name.substring(0, 1)) || triggers.stream().anyMatch(t -> t.length() >= 2 && name.contains(t))) {
            return false;
        }
        String word = orgWordEnding(name);
        String stem = word == null ? name : name.substring(0, name.length() - word.length());
        return !(orgNameWords.contains(stem) || orgWordEnding(stem) != null && com.hankcs.hanlp.dictionary.CoreDictionary.contains(stem));
    }
}
