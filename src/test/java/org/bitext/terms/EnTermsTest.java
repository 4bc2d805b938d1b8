package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** English term candidates: noun phrases with their joiners, never a clause. */
class EnTermsTest {

    private final EnTerms terms = new EnTerms();

    @Test
    void aPastVerbEndsTheNounPhrase() {
        Map<String, String> c = terms.candidates("The delegation thanked the Committee for its report.");
        assertFalse(c.containsKey("delegation thanked the committee"), c.toString());
        assertTrue(c.containsKey("delegation") && c.containsKey("committee"), c.toString());
    }

    @Test
    void britishSpellingsTheWordClassListMistakesForVerbsStayInside() {
        // en-lexicon lists "programme" as a verb only; it is the noun here.
        Map<String, String> c = terms.candidates("It adopted a comprehensive programme of work.");
        assertEquals("comprehensive programme of work", c.get("comprehensive programme of work"));
    }

    @Test
    void aCapitalizedNameKeepsItsVerbAndFunctionWords() {
        Map<String, String> c = terms.candidates("the Global Initiative to Combat Nuclear Terrorism met");
        assertTrue(c.containsKey("global initiative to combat nuclear terrorism"), c.toString());
    }

    @Test
    void surfacesAreNormalizedToSingleSpacesAsTheRegularExpressionDoes() {
        assertEquals("weapons of mass destruction",
                terms.candidates("weapons  of\tmass\n destruction.").get("weapon of mass destruction"));
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = r.nextInt(12); j > 0; j--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(s.replaceAll("\\s+", " "), EnTerms.oneSpace(s), () -> "for '" + s + "'");
        }
    }
}
