package org.bitext.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bitext.Bitext;
import org.bitext.align.Bead;
import org.bitext.align.BeadFile;
import org.bitext.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bitext align}: aligns a Chinese translation with its English original (or two pre-segmented files). */
@Command(name = "align", description = "Align a Chinese document with its English original.")
final class AlignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "2", paramLabel = "FILE", description = "ZH EN, or SRC TGT with --presegmented.")
    List<Path> files;

    @Option(names = "--presegmented", description = "Inputs hold one sentence per line; prints beads.")
    boolean presegmented;

    @Option(names = "--src-lang", defaultValue = "en", description = "Language of SRC with --presegmented: en|zh.")
    String srcLang;

    @Override
    public Integer call() throws Exception {
        if (presegmented) {
            List<Bead> beads = Bitext.alignPresegmented(files.get(0), files.get(1), Language.parse(srcLang));
            spec.commandLine().getOut().print(BeadFile.format(beads));
            spec.commandLine().getOut().flush();
            return 0;
        }
        throw new UnsupportedOperationException("document alignment is not available yet");
    }
}
