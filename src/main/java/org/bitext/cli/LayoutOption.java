package org.bitext.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bitext.text.TextLayout;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --layout auto|hard-wrapped|hard-wrapped-spaced|paragraph-per-line|blank-line-blocks}; auto is null. */
final class LayoutOption implements ITypeConverter<TextLayout> {

    static final String NAMES = "auto|hard-wrapped|hard-wrapped-spaced|paragraph-per-line|blank-line-blocks";

    @Override
    public TextLayout convert(String value) {
        if (value.equalsIgnoreCase("auto")) {
            return null;
        }
        for (TextLayout l : TextLayout.values()) {
            if (name(l).equalsIgnoreCase(value) || l.name().equalsIgnoreCase(value)) {
                return l;
            }
        }
        throw new TypeConversionException("expected " + NAMES + ", got '" + value + "'");
    }

    static String name(TextLayout l) {
        return l.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String all() {
        return Arrays.stream(TextLayout.values()).map(LayoutOption::name).collect(Collectors.joining(", "));
    }
}
