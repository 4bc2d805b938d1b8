package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Abbreviation definitions in Chinese and English, on sentences of CD/1937 and hostile variants. */
class DefinitionsTest {

    private static List<Definitions.Definition> zh(String s) {
        return Definitions.chinese(ZhTerms.normalize(s));
    }

    @Test
    void chineseLongFormIsTheShortestCoveringLeftContext() {
        List<Definitions.Definition> d = zh("我们欢迎在维也纳举行的 2015年《不扩散条约》审议大会筹备委员会(筹委会)第一届会议");
        assertEquals(1, d.size());
        assertEquals("筹备委员会", d.get(0).longForm());
        assertEquals("筹委会", d.get(0).shortForm());
        d = zh("立即开始谈判一项禁止生产用于核武器和其他核爆炸装置的裂变材料的条约（禁产条约）。");
        assertEquals("禁止生产用于核武器和其他核爆炸装置的裂变材料的条约", d.get(0).longForm());
        assertEquals("禁产条约", d.get(0).shortForm());
    }

    @Test
    void chineseTitlesKeepTheirBrackets() {
        List<Definitions.Definition> d = zh("我们坚定致力于《全面禁止核试验条约》(《禁核试条约》)的生效");
        assertEquals("《全面禁止核试验条约》", d.get(0).longForm());
        assertEquals("《禁核试条约》", d.get(0).shortForm());
    }

    @Test
    void chineseNonDefinitionsAndUnbalancedBracketsAreIgnored() {
        assertTrue(zh("常驻代表 大使 奥乌兹·德米拉尔普(签名)").isEmpty());
        assertTrue(zh("第1540(2004)号决议").isEmpty());
        assertTrue(zh("筹备委员会(筹委会").isEmpty());
        assertTrue(zh("筹委会)和(").isEmpty());
    }

    @Test
    void englishSchwartzHearstWithTitleExtension() {
        List<Definitions.Definition> d = Definitions.english(
                "and reaffirm our strong support for the Treaty on the Non-Proliferation of Nuclear Weapons (NPT), which");
        assertEquals("Treaty on the Non-Proliferation of Nuclear Weapons", d.get(0).longForm());
        assertEquals("NPT", d.get(0).shortForm());
        d = Definitions.english("at the first session of the Preparatory Committee (PrepCom) for the 2015 NPT RevCon");
        assertEquals("Preparatory Committee", d.get(0).longForm());
        d = Definitions.english("the continuing stalemate in the Conference on Disarmament (CD).");
        assertEquals("Conference on Disarmament", d.get(0).longForm());
    }

    @Test
    void englishAcronymWithoutSpelledLongFormIsKeptAsShortFormOnly() {
        List<Definitions.Definition> d = Definitions.english("a treaty banning the production of fissile material"
                + " for nuclear weapons or other nuclear explosive devices (FMCT) on the basis of");
        assertEquals(1, d.size());
        assertNull(d.get(0).longForm());
        assertEquals("FMCT", d.get(0).shortForm());
    }

    @Test
    void englishNonDefinitionsAndUnbalancedBracketsAreIgnored() {
        assertTrue(Definitions.english("Permanent Representative (Signed)").isEmpty());
        assertTrue(Definitions.english("resolution 1540 (2004).").isEmpty());
        assertTrue(Definitions.english("Preparatory Committee (PrepCom").isEmpty());
        assertTrue(Definitions.english("PrepCom) and (").isEmpty());
    }
}
