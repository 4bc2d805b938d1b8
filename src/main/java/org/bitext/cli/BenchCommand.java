package org.bitext.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bitext bench STAGE}: benchmarks of speed and memory, one subcommand per stage. */
@Command(name = "bench", description = "Benchmarks (speed, memory) of each stage; figures go into the README.",
        subcommands = {
            BenchSegmentCommand.class,
            BenchReadCommand.class,
            BenchAlignCommand.class,
            BenchIndexCommand.class,
            BenchTermsCommand.class,
            BenchServeCommand.class,
            BenchLookupCommand.class,
            BenchParagraphsCommand.class
        })
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
