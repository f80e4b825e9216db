package org.talentflow.app.cli;

import org.talentflow.analytics.Flow;
import org.talentflow.analytics.FlowLevel;
import org.talentflow.analytics.Period;
import org.talentflow.analytics.TalentAnalytics;
import org.talentflow.storage.MoveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/** Who drains whom: moves counted between organizations in a time window. */
@Command(name = "flows", mixinStandardHelpOptions = true,
        description = "Talent flows between organizations: moves with both a from and a to (founders included), "
                + "counted per pair, at parent-company or unit level.")
public final class FlowsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    PeriodOptions dates;

    @Option(names = "--level", paramLabel = "LEVEL", converter = LevelWord.class,
            description = "parent (or company, companies): roll units up to their company (default); "
                    + "unit (or units): keep labs and teams apart. Any case.")
    FlowLevel level = FlowLevel.PARENT;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        Period window = dates.period();
        try (MoveStore moves = store.openExisting()) {
            List<Flow> flows = new TalentAnalytics(moves).flows(window.since(), window.until(), level);
            if (json) {
                Json.print(flows, System.out);
            } else {
                print(flows, System.out);
            }
        }
        return 0;
    }

    /** The level as the web UI names it too; picocli's own enum reading knows only PARENT and UNIT. */
    static final class LevelWord implements ITypeConverter<FlowLevel> {
        @Override
        public FlowLevel convert(String value) {
            try {
                return FlowLevel.named(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static void print(List<Flow> flows, PrintStream out) {
        if (flows.isEmpty()) {
            out.println("no flows in the store for this window");
            return;
        }
        Table table = new Table("from", "to", "moves", "people");
        for (Flow f : flows) {
            table.row(f.from(), f.to(), f.moves(), String.join(", ", f.people().stream().map(PersonLabel::of).toList()));
        }
        table.print(out);
    }
}
