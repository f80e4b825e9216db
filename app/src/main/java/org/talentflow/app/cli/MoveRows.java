package org.talentflow.app.cli;

import org.talentflow.storage.MovePage;
import org.talentflow.storage.StoredMove;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** How a list of stored moves reads in a terminal. */
final class MoveRows {

    private MoveRows() {
    }

    /** The latest moves of a longer list: the heading says how many of how many. */
    static void print(String heading, MovePage page, PrintStream out) {
        if (page.moves().size() < page.total()) {
            out.println(heading + " (latest " + page.moves().size() + " of " + page.total() + ")");
            print(null, page.moves(), out);
        } else {
            print(heading, page.moves(), out);
        }
    }

    static void print(String heading, List<StoredMove> moves, PrintStream out) {
        if (heading != null) {
            out.println(heading + " (" + moves.size() + ")");
        }
        if (moves.isEmpty()) {
            out.println("  none");
            return;
        }
        // sources: independent ones (syndicated copies of a story, and stories of one site, count once); docs: all articles.
        Table table = new Table("when", "person", "kind", "from", "to", "role", "sources", "docs", "conf");
        for (StoredMove m : moves) {
            table.row(when(m), PersonLabel.of(m.person()), m.kind().label(), org(m.fromOrganization(), m.fromUnit()),
                    org(m.toOrganization(), m.toUnit()), m.role(), m.sources(), m.documents(),
                    String.format(Locale.ROOT, "%.2f", m.confidence()));
        }
        table.print(out);
    }

    /** The move's own date, else "~" and the date of its first report. */
    static String when(StoredMove m) {
        if (m.date() != null) {
            return m.date();
        }
        return m.evidence().stream().map(e -> e.published()).filter(java.util.Objects::nonNull).sorted().findFirst()
                .map(d -> "~" + d).orElse("");
    }

    static String org(String organization, String unit) {
        if (organization == null) {
            return "";
        }
        return unit == null ? organization : organization + " / " + unit;
    }
}
