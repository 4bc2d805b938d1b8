package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding of documents as they arrive, and the one-line errors for input that is not text. */
class TextLoaderTest {

    private static final Path ZH = Path.of("src/test/resources/corpus/CD-1937.zh.txt");

    @TempDir
    Path dir;

    private String utf8() throws IOException {
        return Files.readString(ZH, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void utf8WithAndWithoutBomDecodeTheSame() throws IOException {
        byte[] plain = utf8().getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        DecodedText a = TextLoader.load(write("a.txt", plain), null);
        DecodedText b = TextLoader.load(write("b.txt", bom), null);
        assertEquals(a.text(), b.text());
        assertEquals(StandardCharsets.UTF_8, b.charset());
        assertFalse(b.text().startsWith("\uFEFF"));
    }

    @Test
    void gb18030IsDetectedWhenBytesAreNotUtf8() throws IOException {
        Charset gb = Charset.forName("GB18030");
        DecodedText d = TextLoader.load(write("gb.txt", utf8().getBytes(gb)), null);
        assertEquals(gb, d.charset());
        assertEquals(utf8(), d.text());
    }

    @Test
    void big5TraditionalChineseIsDetected() throws IOException {
        String traditional = Transliterator.getInstance("Simplified-Traditional")
                .transliterate(utf8());
        Charset big5 = Charset.forName("Big5");
        // Keep what Big5 can encode, so that the file is valid Big5 throughout.
        StringBuilder sb = new StringBuilder();
        traditional.codePoints().filter(c -> big5.newEncoder().canEncode(Character.toString(c)))
                .forEach(sb::appendCodePoint);
        String text = sb.toString();
        DecodedText d = TextLoader.load(write("big5.txt", text.getBytes(big5)), null);
        assertEquals("Big5", d.charset().name());
        assertEquals(text, d.text());
    }

    @Test
    void utf16WithBomInBothByteOrders() throws IOException {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] body = ("\uFEFF" + utf8()).getBytes(cs);
            DecodedText d = TextLoader.load(write("u16.txt", body), null);
            assertEquals(utf8(), d.text(), cs.name());
        }
    }

    @Test
    void crlfAndCrBecomeLf() throws IOException {
        String text = utf8();
        String crlf = text.replace("\n", "\r\n");
        assertEquals(text, TextLoader.load(write("crlf.txt", crlf.getBytes(StandardCharsets.UTF_8)), null).text());
        String cr = text.replace("\n", "\r");
        assertEquals(text, TextLoader.load(write("cr.txt", cr.getBytes(StandardCharsets.UTF_8)), null).text());
    }

    @Test
    void explicitEncodingOverridesDetection() throws IOException {
        Path gb = write("gb.txt", utf8().getBytes(Charset.forName("GB18030")));
        assertEquals(utf8(), TextLoader.load(gb, Charset.forName("GB18030")).text());
        BadInputException e = assertThrows(BadInputException.class,
                () -> TextLoader.load(gb, StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("cannot be decoded as UTF-8 at byte offset "), e.getMessage());
        assertTrue(e.getMessage().startsWith(gb.toString()), e.getMessage());
    }

    @Test
    void emptyFileIsBadInput() throws IOException {
        Path p = write("empty.txt", new byte[0]);
        BadInputException e = assertThrows(BadInputException.class, () -> TextLoader.load(p, null));
        assertEquals(p + ": file is empty", e.getMessage());
        Path blank = write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8));
        assertThrows(BadInputException.class, () -> TextLoader.load(blank, null));
    }

    @Test
    void nulBytesAreBadInputWithTheirOffset() throws IOException {
        byte[] b = "1. Some text\n".getBytes(StandardCharsets.UTF_8);
        b[5] = 0;
        BadInputException e = assertThrows(BadInputException.class, () -> TextLoader.load(write("nul.txt", b), null));
        assertTrue(e.getMessage().contains("NUL byte at byte offset 5"), e.getMessage());
    }

    @Test
    void binaryIsBadInput() throws IOException {
        byte[] b = new byte[4096];
        new Random(42).nextBytes(b);
        BadInputException e = assertThrows(BadInputException.class, () -> TextLoader.load(write("bin.dat", b), null));
        assertTrue(e.getMessage().startsWith(dir.resolve("bin.dat").toString()), e.getMessage());
        // Random bytes without NULs: undecodable or control characters, never silently accepted.
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                b[i] = 1;
            }
        }
        assertThrows(BadInputException.class, () -> TextLoader.load(write("bin2.dat", b), null));
    }

    @Test
    void damagedUtf8IsReportedNotGuessed() throws IOException {
        byte[] b = utf8().getBytes(StandardCharsets.UTF_8);
        int at = 1000;
        while ((b[at] & 0xC0) != 0xC0) {
            at++; // the lead byte of a multi-byte character
        }
        b[at] = (byte) 0xFF;
        BadInputException e = assertThrows(BadInputException.class, () -> TextLoader.load(write("bad.txt", b), null));
        assertTrue(e.getMessage().contains("not valid UTF-8 at byte offset " + at), e.getMessage());
        // Latin-1 is any byte string: it is never guessed (issue 14: damaged UTF-8 became mojibake), only
        // decoded when --encoding says so.
        byte[] latin = "Caf\u00e9 cr\u00e8me, d\u00e9j\u00e0 vu: the d\u00e9l\u00e9gation met.\n"
                .repeat(20).getBytes(StandardCharsets.ISO_8859_1);
        BadInputException l = assertThrows(BadInputException.class,
                () -> TextLoader.load(write("latin.txt", latin), null));
        assertTrue(l.getMessage().contains("byte offset 3") && l.getMessage().contains("--encoding"), l.getMessage());
        assertTrue(TextLoader.load(write("latin.txt", latin), StandardCharsets.ISO_8859_1).text()
                .startsWith("Caf\u00e9 cr\u00e8me"));
    }

    @Test
    void englishWithOneBrokenByteIsAnErrorNotLatin1() throws IOException {
        byte[] good = "Mr. O\u011fuz spoke for the delegation.\n".getBytes(StandardCharsets.UTF_8);
        byte[] b = java.util.Arrays.copyOf(good, good.length + 1);
        System.arraycopy(good, 0, b, 0, good.length);
        b[good.length - 1] = (byte) 0xC4; // a lead byte with no continuation, then the final newline
        b[good.length] = '\n';
        BadInputException e = assertThrows(BadInputException.class, () -> TextLoader.load(write("oguz.en.txt", b),
                null));
        assertTrue(e.getMessage().contains("not valid UTF-8 at byte offset " + (good.length - 1)), e.getMessage());
    }

    @Test
    void legacyChineseIsStillDetected() throws IOException {
        byte[] gb = "我们要求所有核武器国家和未加入《不扩散条约》的国家立即停止生产用于核武器的裂变材料。\n".repeat(5)
                .getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertTrue(TextLoader.load(write("gb.zh.txt", gb), null).text().startsWith("我们要求"));
    }

    @Test
    void devicesFifosFoldersAndHugeFilesAreRefusedBeforeReading() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        for (Path p : java.util.List.of(Path.of("/dev/zero"), fifo, dir)) {
            BadInputException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(5), () -> assertThrows(BadInputException.class,
                            () -> TextLoader.load(p, null)));
            assertTrue(e.getMessage().contains("not a regular file") || e.getMessage().contains("folder"),
                    e.getMessage());
        }
        Path big = write("big.txt", "x".repeat(5000).getBytes(StandardCharsets.UTF_8));
        String before = System.getProperty(InputFiles.MAX_SIZE_PROPERTY);
        System.setProperty(InputFiles.MAX_SIZE_PROPERTY, "4096");
        try {
            BadInputException e = assertThrows(BadInputException.class, () -> TextLoader.load(big, null));
            assertTrue(e.getMessage().contains("too large") && e.getMessage().contains("--max-size"), e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(InputFiles.MAX_SIZE_PROPERTY);
            } else {
                System.setProperty(InputFiles.MAX_SIZE_PROPERTY, before);
            }
        }
    }

    @Test
    void missingFileIsBadInput() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> TextLoader.load(dir.resolve("nope.txt"), null));
        assertTrue(e.getMessage().endsWith("no such file"), e.getMessage());
    }

    @Test
    void unknownEncodingNameIsBadInput() {
        BadInputException e = assertThrows(BadInputException.class, () -> TextLoader.charset("no-such-charset"));
        assertEquals("unknown encoding 'no-such-charset'", e.getMessage());
    }

    @Test
    void languageIsDecidedByScript() throws IOException {
        assertEquals(Language.ZH, TextLoader.detectLanguage(utf8()));
        assertEquals(Language.EN, TextLoader.detectLanguage("The Conference on Disarmament (裁谈会) met."));
    }
}
