package org.talentflow.app.cli;

import org.talentflow.storage.MoveStore;
import org.talentflow.storage.PersonView;
import org.talentflow.storage.StoredEvidence;
import org.talentflow.storage.StoredMove;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Optional;
import java.util.concurrent.Callable;

/** One person's career as the news reported it, with every source. */
@Command(name = "person", mixinStandardHelpOptions = true,
        description = "A person's moves, oldest first, with the evidence of each.")
public final class PersonCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The person's name in any order, case or accents, "
            + "with or without a title or middle initial (\"Maria Gonzalez\", \"gonzalez maria\" and "
            + "\"Dr. María González\" find the same person), or any other spelling stored for them. "
            + "Quote a name with spaces.")
    String name;

    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (MoveStore moves = store.openExisting()) {
            Optional<PersonView> person = moves.person(name);
            if (person.isEmpty()) {
                System.err.println("talentflow: no person named '" + name + "' in the store");
                return 1;
            }
            if (json) {
                Json.print(person.get(), System.out);
                return 0;
            }
            PersonView view = person.get();
            System.out.println(view.name() + (view.aliases().isEmpty() ? "" : "  (also: " + String.join(", ", view.aliases()) + ")"));
            MoveRows.print("Timeline", view.moves(), System.out);
            System.out.println();
            for (StoredMove m : view.moves()) {
                System.out.println(m.kind().label() + " " + MoveRows.org(m.fromOrganization(), m.fromUnit())
                        + " -> " + MoveRows.org(m.toOrganization(), m.toUnit()) + ": " + m.sources()
                        + (m.sources() == 1 ? " source, " : " sources, ") + m.documents()
                        + (m.documents() == 1 ? " article" : " articles"));
                for (StoredEvidence e : m.evidence()) {
                    System.out.println("  [" + e.doc() + (e.published() == null ? "" : ", " + e.published())
                            + (e.copyOf() == null ? "" : ", copy of " + e.copyOf()) + "] " + e.sentence());
                    if (e.url() != null) {
                        System.out.println("    " + e.url());
                    }
                }
            }
        }
        return 0;
    }
}
