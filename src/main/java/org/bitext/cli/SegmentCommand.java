package org.bitext.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bitext.Bitext;
import org.bitext.format.DocumentFormats;
import org.bitext.segment.Document;
import org.bitext.text.Language;
import org.bitext.text.TextLayout;
import org.bitext.text.TextLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bitext segment FILE}: prints the front matter, numbered paragraphs and sentences of a document. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Segment a document (text extracted from PDF) into front matter, paragraphs and sentences.")
final class SegmentCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The document (NAME.zh.txt or NAME.en.txt).")
    Path file;

    @Option(names = "--lang", defaultValue = "auto", paramLabel = "auto|zh|en",
            description = "Language of the document; auto decides by script (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of FILE (default: detected; UTF-8, UTF-16 with BOM, GB18030 ...).")
    String encoding;

    @Option(names = "--layout", defaultValue = "auto", converter = LayoutOption.class,
            paramLabel = LayoutOption.NAMES,
            description = "How lines make paragraphs; auto decides from the text (default: ${DEFAULT-VALUE}).")
    TextLayout layout;

    @Override
    public Integer call() {
        Language language = lang.equalsIgnoreCase("auto") ? null : parseLanguage(lang);
        Charset charset = encoding == null ? null : TextLoader.charset(encoding);
        Document document = Bitext.segment(file, language, charset, layout);
        String out = format == Format.JSON ? DocumentFormats.toJson(document) : DocumentFormats.toText(document);
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private Language parseLanguage(String s) {
        try {
            return Language.parse(s);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--lang: expected auto, zh or en, got '" + s + "'");
        }
    }
}
