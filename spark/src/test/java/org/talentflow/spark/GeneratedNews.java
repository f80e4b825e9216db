package org.talentflow.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Short news items made from templates of our own, seeded so every run makes the same ones: some report a move in one
 * of the shapes news uses, the rest are ordinary business news that mention people and companies but no move.
 */
final class GeneratedNews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] FIRST = {"Lena", "Omar", "Priya", "Marcus", "Yuki", "Sofia", "Daniel", "Amara",
            "Felix", "Hana", "Victor", "Ines", "Kofi", "Mei", "Jonas", "Talia"};
    private static final String[] LAST = {"Park", "Haddad", "Raman", "Webb", "Tanaka", "Moretti", "Ortiz", "Okafor",
            "Brandt", "Kim", "Laurent", "Silva", "Mensah", "Lin", "Berg", "Cohen"};
    private static final String[] ORGS = {"Alibaba", "Tencent", "ByteDance", "Baidu", "Xiaomi", "Huawei", "Google",
            "Microsoft", "Meta", "OpenAI", "Anthropic", "JD.com"};
    private static final String[] ROLES = {"head of research", "chief scientist", "vice president of engineering",
            "director of its speech lab", "principal engineer"};
    private static final String[] MONTHS = {"January", "March", "May", "July", "September", "November"};

    private static final String[] MOVES = {
            "%1$s, former %4$s at %2$s, has joined %3$s.",
            "%1$s left %2$s for %3$s in %5$s.",
            "%3$s poached %1$s from %2$s in %5$s.",
            "%3$s has hired %1$s, who previously worked at %2$s.",
            "%1$s defected from %2$s to %3$s this spring.",
            "%1$s stepped down as %4$s of %2$s on Friday."};
    private static final String[] FILLER = {
            "%2$s reported higher quarterly revenue, driven by its cloud business.",
            "Analysts expect %3$s to spend more on data centres next year.",
            "Shares of %2$s rose 3 percent in Hong Kong trading on the news.",
            "%1$s, an analyst who follows %2$s, said the market had priced in the change.",
            "The company declined to comment further.",
            "%3$s opened a new research office in Singapore in %5$s."};

    private final Random random;

    GeneratedNews(long seed) {
        this.random = new Random(seed);
    }

    /** An article of a few sentences; with a move, one of its sentences reports it. */
    String article(boolean withMove) {
        String person = pick(FIRST) + " " + pick(LAST);
        String from = pick(ORGS);
        String to = pick(ORGS);
        while (to.equals(from)) {
            to = pick(ORGS);
        }
        Object[] slots = {person, from, to, pick(ROLES), pick(MONTHS)};
        List<String> sentences = new ArrayList<>();
        sentences.add(String.format(pick(FILLER), slots));
        if (withMove) {
            sentences.add(String.format(pick(MOVES), slots));
        }
        sentences.add(String.format(pick(FILLER), slots));
        sentences.add(String.format(pick(FILLER), slots));
        return String.join(" ", sentences);
    }

    /** One JSONL line in the fields core's reader takes: text, title, url, date, and id when given. */
    String jsonLine(String id, String title, String date, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (id != null) {
            m.put("id", id);
        }
        m.put("title", title);
        m.put("url", "https://news.example.com/" + title.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        m.put("date", date);
        m.put("text", text);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
