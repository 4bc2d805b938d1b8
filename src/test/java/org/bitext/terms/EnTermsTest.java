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
}
