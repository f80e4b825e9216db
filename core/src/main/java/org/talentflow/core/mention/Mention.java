package org.talentflow.core.mention;

import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;

/**
 * A name or a word that stands for someone or some organization, in one parsed sentence.
 *
 * @param type     what it is
 * @param first    first token (1-based)
 * @param last     last token
 * @param text     its text in the document
 * @param begin    document offset
 * @param end      document offset one past the end
 * @param org      for organizations, the organization (top level and unit); else null
 * @param orgKind  for organizations, the gazetteer's kind (OTHER when unknown); else null
 * @param source   how it was recognized: "gazetteer", "ner", "proper-noun" (an untyped run of proper nouns in a
 *                 slot only a name can fill), "pronoun", "description"
 */
public record Mention(Type type, int first, int last, String text, int begin, int end, OrgRef org, OrgKind orgKind,
                      String source) {

    public enum Type { PERSON, ORG, PRONOUN, ORG_NOUN }

    public boolean is(Type t) {
        return type == t;
    }

    public boolean covers(int token) {
        return token >= first && token <= last;
    }

    /** Number of words of a person's name: one-word names ("Llama") are surnames or no person at all. */
    public int words() {
        return text.split("\\s+").length;
    }

    public boolean known() {
        return "gazetteer".equals(source);
    }
}
