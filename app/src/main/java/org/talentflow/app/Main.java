package org.talentflow.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.talentflow.app.cli.DemoCommand;
import org.talentflow.app.cli.EvalCommand;
import org.talentflow.app.cli.ExportCommand;
import org.talentflow.app.cli.ExtractCommand;
import org.talentflow.app.cli.FlowsCommand;
import org.talentflow.app.cli.IngestCommand;
import org.talentflow.app.cli.MovesCommand;
import org.talentflow.app.cli.NetCommand;
import org.talentflow.app.cli.WatchCommand;
import org.talentflow.app.cli.WatchlistCommand;
import org.talentflow.app.cli.ServeCommand;
import org.talentflow.app.cli.OrgCommand;
import org.talentflow.app.cli.PersonCommand;
import org.talentflow.app.cli.ReextractCommand;

/** The talentflow command line. */
@Command(name = "talentflow", mixinStandardHelpOptions = true, version = "talentflow 0.1.0",
        description = "Career moves from news articles, with their evidence.",
        subcommands = {ExtractCommand.class, IngestCommand.class, ReextractCommand.class, MovesCommand.class,
                PersonCommand.class, OrgCommand.class, FlowsCommand.class, NetCommand.class, WatchlistCommand.class,
                ExportCommand.class, WatchCommand.class, ServeCommand.class, EvalCommand.class, DemoCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("talentflow: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return 1;
                })
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
