package org.talentflow.spark;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The PostgreSQL store the job writes to, as the tasks see it. Tasks write at the same time, and the store merges a
 * move into an earlier report of it (select, then insert) without a unique key to stop two tasks inserting the same
 * move: so every connection runs its transactions SERIALIZABLE, where PostgreSQL refuses the second of two conflicting
 * writers, and {@link PostgresSink} tries it again.
 *
 * @param url    a jdbc:postgresql: URL
 * @param schema the schema to work in (created if missing), or null for the connection's default
 */
record PostgresTarget(String url, String schema) implements Serializable {

    PostgresTarget {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--postgres takes a jdbc:postgresql: URL, not " + url);
        }
    }

    /** The URL with serializable isolation for every transaction of the session (pgjdbc's {@code options}). */
    String serializableUrl() {
        if (url.contains("options=")) {
            throw new IllegalArgumentException("--postgres: the job sets the connection's options itself; "
                    + "leave options= out of the URL");
        }
        String option = URLEncoder.encode("-c default_transaction_isolation=serializable", StandardCharsets.UTF_8)
                .replace("+", "%20");
        return url + (url.contains("?") ? "&" : "?") + "options=" + option;
    }
}
