package org.talentflow.storage;

import org.talentflow.core.resolve.PersonNames;

/**
 * People, one row per resolution key (see {@link PersonNames#key}): "Zhou Chang" and "Chang Zhou" are one row, the
 * first spelling seen is its name and every other spelling an alias. A name in Han characters brings its pinyin in
 * both orders as aliases too (张迪: "Zhang Di", "Di Zhang"), so a search by part of the pinyin finds the person.
 * <p>
 * A Han spelling is the name whenever one is known, even when a Latin one came first: the Han name says what its
 * pinyin cannot (周畅 or 周昌 are both "Zhou Chang"), and every reader shows it beside its pinyin ("周畅 (Zhou Chang)").
 * Nothing copies a person's name out of this table, so a rename here is seen by every answer at once.
 */
final class PeopleTable {

    private final Sql sql;

    PeopleTable(Sql sql) {
        this.sql = sql;
    }

    /** The person a name refers to, created on first sight; a new spelling becomes an alias. */
    long idFor(String name) {
        String display = PersonNames.display(name);
        if (display.isEmpty()) {
            throw new IllegalArgumentException("a move without a person's name");
        }
        String key = PersonNames.key(display);
        Long id = sql.queryLong("SELECT id FROM people WHERE person_key = ?", key);
        if (id == null) {
            id = sql.insert("INSERT INTO people (person_key, name) VALUES (?, ?)", key, display);
        } else if (writtenInHan(display) && !writtenInHan(sql.queryString("SELECT name FROM people WHERE id = ?", id))) {
            rename(id, display);
        } else {
            addAlias(id, display);
        }
        for (String pinyin : PersonNames.pinyin(display)) {
            addAlias(id, pinyin);
        }
        return id;
    }

    private static boolean writtenInHan(String name) {
        return !PersonNames.pinyin(name).isEmpty();
    }

    /** The new name stops being an alias, the old one becomes one. */
    private void rename(long id, String name) {
        String old = sql.queryString("SELECT name FROM people WHERE id = ?", id);
        sql.update("DELETE FROM person_aliases WHERE person_id = ? AND alias = ?", id, name);
        sql.update("UPDATE people SET name = ? WHERE id = ?", name, id);
        addAlias(id, old);
    }

    private void addAlias(long id, String spelling) {
        if (!sql.exists("SELECT 1 FROM people WHERE id = ? AND name = ?", id, spelling)
                && !sql.exists("SELECT 1 FROM person_aliases WHERE person_id = ? AND alias = ?", id, spelling)) {
            sql.update("INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)", id, spelling);
        }
    }

    /** By resolution key, else by a stored spelling, case-insensitively; null when unknown. */
    Long find(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Long id = sql.queryLong("SELECT id FROM people WHERE person_key = ?", PersonNames.key(name));
        return id != null ? id
                : sql.queryLong("SELECT person_id FROM person_aliases WHERE LOWER(alias) = LOWER(?) ORDER BY person_id",
                        PersonNames.display(name));
    }
}
