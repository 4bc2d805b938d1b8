package org.bitext.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.bitext.text.Language;
import org.bitext.text.Span;
import org.junit.jupiter.api.Test;

/** Line joining (spaces, CJK, hyphens) and the two sentence splitters, token by token. */
class UnwrapAndSentenceTest {

    private static String paragraph(String body, Language language) {
        Document d = Segmenter.segment("t", "1. " + body + "\n2. End.\n", language);
        return d.text(d.paragraph(1).span());
    }

    @Test
    void latinLinesJoinWithOneSpaceCjkLinesWithNone() {
        assertEquals("the essential basis for achieving", paragraph("the essential\nbasis for   \n  achieving", Language.EN));
        assertEquals("核不扩散问题，并重申我们对2014年会议", paragraph("核不扩散问题，并\n\n 重申我们对\n2014年会议", Language.ZH));
        assertEquals("在CD/1299号文件and Tobago", paragraph("在 CD/1299 号文件\nand\nTobago", Language.ZH));
    }

    @Test
    void softHyphensAreRemovedAndCompoundHyphensKept() {
        String text = "The Chair acknowl-\nedged the non-\nproliferation regime and the nuclear-\nweapon States, "
                + "Organi-\nzation and effec-\ntively on 26-\n27 March, Non-\nProliferation. No nuclear weapon was used.";
        assertEquals("The Chair acknowledged the non-proliferation regime and the nuclear-weapon States, "
                + "Organization and effectively on 26-27 March, Non-Proliferation. No nuclear weapon was used.",
                paragraph(text, Language.EN));
    }

    @Test
    void hyphenDecisionUsesEvidenceFromTheDocument() {
        // "confidence-building" appears elsewhere, so the line-end hyphen is a real one.
        String text = "A confidence-\nbuilding measure. Another confidence-building step. A well-\nknown text. "
                + "The coordi-\nnation of the coordination work. A cross -\nreference.";
        assertEquals("A confidence-building measure. Another confidence-building step. A well-known text. "
                + "The coordination of the coordination work. A cross - reference.", paragraph(text, Language.EN));
    }

    @Test
    void symbolsAndRangesBrokenAtALineEndJoinWithoutSpace() {
        assertEquals("See A/66/L.1/Rev.1 for 2010–2015 and the text – as agreed.",
                paragraph("See A/66/\nL.1/Rev.1 for 2010–\n2015 and the text –\nas agreed.", Language.EN));
    }

    private static List<String> sentences(SentenceSplitter splitter, String text) {
        List<Span> spans = new ArrayList<>();
        splitter.split(text, 0, text.length(), spans);
        return spans.stream().map(s -> s.of(text)).toList();
    }

    @Test
    void englishAbbreviationsAndSymbolsNeverSplit() {
        SentenceSplitter en = new EnglishSentenceSplitter();
        assertEquals(List.of("See No. 5 and para. 3 of resolution 66/44, e.g. in A/66/L.1/Rev.1 and CD/1299.",
                "Mr. Laajava, i.e. the facilitator, met Dr. Smith on the U.S. Rev. 2 text (Vol. 3, Art. 4).",
                "It ended?", "Yes!"),
                sentences(en, "See No. 5 and para. 3 of resolution 66/44, e.g. in A/66/L.1/Rev.1 and CD/1299. "
                        + "Mr. Laajava, i.e. the facilitator, met Dr. Smith on the U.S. Rev. 2 text (Vol. 3, Art. 4). "
                        + "It ended? Yes!"));
        assertEquals(List.of("We thank J. Laajava.", "He spoke."), sentences(en, "We thank J. Laajava. He spoke."));
        assertEquals(List.of("We welcome the report (RevCon).", "The CD must act; work continues."),
                sentences(en, "We welcome the report (RevCon). The CD must act; work continues."));
    }

    @Test
    void chineseSentencesEndAtStopsWithTheirClosingMarks() {
        SentenceSplitter zh = new ChineseSentenceSplitter();
        assertEquals(List.of("他说：“我们同意。”", "会议结束了吗？！", "是的（见第 66/44 号决议。）", "最后一句"),
                sentences(zh, "他说：“我们同意。”会议结束了吗？！ 是的（见第 66/44 号决议。）最后一句"));
        assertEquals(List.of("2012年 6月 16日，伊斯坦布尔"), sentences(zh, " 2012年 6月 16日，伊斯坦布尔 "));
    }
}
