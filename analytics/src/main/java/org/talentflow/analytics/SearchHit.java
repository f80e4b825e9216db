package org.talentflow.analytics;

/**
 * A person or organization whose name (or one of its aliases) contains the searched text.
 *
 * @param name    the canonical name, the one pages and the API look up
 * @param alias   the other spelling that matched, or null when the name itself did
 * @param detail  for an organization its kind, and "unit of PARENT" for a unit; null for a person
 * @param moves   how many stored moves touch it (an organization's units included)
 */
public record SearchHit(String name, String alias, String detail, int moves) {
}
