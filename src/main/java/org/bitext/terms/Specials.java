package org.bitext.terms;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Terms looked up in every unit whatever their frequency: the definitions' and glossary's forms.
 *
 * @param zh Chinese keys (normalized)
 * @param en English keys with the display form the definition or glossary spelled out
 */
public record Specials(Set<String> zh, Map<String, String> en) implements Serializable {

    public Specials {
        zh = Set.copyOf(zh);
        en = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(en));
        if (zh.contains("") || en.containsKey("")) {
            throw new IllegalArgumentException("special terms must not be empty");
        }
    }

    /** None. */
    public static final Specials NONE = new Specials(Set.of(), Map.of());
}
