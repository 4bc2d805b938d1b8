package org.bitext.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.bitext.text.Language;
import org.junit.jupiter.api.Test;

/** Front matter laid out as in official UN PDFs (header first, "(Signed)" first, job number, annex). */
class FrontMatterLayoutTest {

    private static final String OFFICIAL = """
            Conference on Disarmament                                    CD/1937
                                                                         24 August 2012

                                                                         Original: English

            Letter dated 22 August 2012 from the Permanent Representative of
            Turkey addressed to the Secretary-General of the Conference on
            Disarmament transmitting the full text of the Istanbul Statement
            adopted at the ministerial meeting of the Non-Proliferation and
            Disarmament Initiative held in Istanbul on 16 June 2012

                  I have the honour to enclose herewith the Istanbul Statement adopted at the
            ministerial meeting of the Non-Proliferation and Disarmament Initiative held in
            Istanbul on 16 June 2012.
                  I should be grateful if this letter could be issued as an official document of
            the Conference on Disarmament.

                                                             (Signed) Oğuz Demiralp
                                                                        Ambassador
                                                          Permanent Representative

            GE.12-62116  (E)    270812    280812
            *1262116*
            Please recycle

            2   CD/1937

            Annex

                  Istanbul Statement of the Foreign Ministers of the Non-Proliferation
                                 and Disarmament Initiative

                                   Istanbul, 16 June 2012

            1.    We, the Foreign Ministers of Australia, Canada, Chile, Germany, Japan, Mexico,
            the Netherlands, Poland, Turkey and the United Arab Emirates, reaffirm our
            commitment to the Treaty.
            2.    We are determined to promote universal adherence to the NPT.
                                                                                           3
            CD/1937
            It is our goal.
            """;

    @Test
    void officialEnglishLayout() {
        Document d = Segmenter.segment("official", OFFICIAL, null);
        assertEquals(Language.EN, d.language());
        assertEquals(List.of(BlockKind.HEADER, BlockKind.LETTER_TITLE, BlockKind.LETTER, BlockKind.LETTER,
                BlockKind.SIGNATURE, BlockKind.OTHER, BlockKind.TITLE, BlockKind.PLACE_DATE),
                d.frontMatter().stream().map(Block::kind).toList());
        assertEquals("Conference on Disarmament                                    CD/1937 24 August 2012",
                d.text(d.frontMatter().get(0).span()));
        assertEquals("(Signed) Oğuz Demiralp Ambassador Permanent Representative", d.text(d.frontMatter().get(4).span()));
        assertEquals("Istanbul Statement of the Foreign Ministers of the Non-Proliferation and Disarmament Initiative",
                d.text(d.frontMatter().get(6).span()));
        assertEquals(List.of(1, 2), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("We are determined to promote universal adherence to the NPT. It is our goal.",
                d.text(d.paragraph(2).span()));
        assertFalse(d.text().contains("GE.12") || d.text().contains("recycle") || d.text().contains("1262116"));
    }

    @Test
    void chineseHeaderFirstLayout() throws IOException {
        String text = """
                联 合 国                                              CD/1937

                裁军谈判会议                                         2012年8月24日
                                                                       中文
                                                                       原文：英文

                2012 年 8 月 22 日土耳其常驻代表致裁军谈判会议秘书长的信，其中转交
                伊斯坦布尔声明全文

                    我谨附上伊斯坦布尔声明。
                    谨请将此信作为裁军谈判会议的正式文件印发。

                                                      常驻代表
                                                      大使
                                                      奥乌兹·德米拉尔普(签名)

                附件

                        “不扩散和裁军倡议”外交部长的伊斯坦布尔声明

                                     2012年6月16日，伊斯坦布尔

                """;
        // The real body, so that the layout (line width, blank lines) is that of a real document.
        String corpus = Files.readString(GoldAlignment.CORPUS.resolve("CD-1937.zh.txt"), StandardCharsets.UTF_8);
        Document d = Segmenter.segment("official", text + corpus.substring(corpus.indexOf("1. 我们")), null);
        assertEquals(Language.ZH, d.language());
        assertEquals(24, d.paragraphs().size());
        List<BlockKind> kinds = d.frontMatter().stream().map(Block::kind).toList();
        assertEquals(List.of(BlockKind.HEADER, BlockKind.LETTER_TITLE, BlockKind.LETTER, BlockKind.LETTER,
                BlockKind.SIGNATURE, BlockKind.OTHER, BlockKind.TITLE, BlockKind.PLACE_DATE), kinds,
                d.frontMatter().stream().map(b -> d.text(b.span())).toList().toString());
        assertEquals("常驻代表 大使 奥乌兹·德米拉尔普(签名)", d.text(d.frontMatter().get(4).span()));
    }
}
