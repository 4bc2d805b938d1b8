package org.bitext.read;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.bitext.text.BadInputException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Reads a Word .docx (Apache POI XWPF) one block a line: paragraphs in document order with the numbers
 * Word's automatic numbering shows ({@link DocxNumbering}) in front, marked NUMBER_LABEL; heading styles
 * as HEADING; tables cell by cell in reading order (row by row), TABLE_CELL; footnotes after the body,
 * FOOTNOTE, in the order of their references, each opening with its number. A footnote reference in the
 * text is written as the number Word shows there (superscript on the page, glued to the word here, as it
 * comes out of a PDF). Headers, footers, comments and text boxes are not read.
 */
final class DocxReader {

    private DocxReader() {
    }

    static ExtractedText read(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XWPFDocument doc = new XWPFDocument(pkg)) {
            return new DocxReader.Run(doc).read(file);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new BadInputException(file, "not a readable Word document: " + e.getMessage(), e);
        } catch (EncryptedDocumentException e) {
            throw new BadInputException(file, "a password-protected Word file; save it without a password first", e);
        } catch (IOException | POIXMLException | IllegalStateException | IllegalArgumentException e) {
            throw new BadInputException(file, problem(e), e);
        }
    }

    /** A zip bomb is named as such (POI's ZipSecureFile refuses entries that inflate too far). */
    private static String problem(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return "refused: looks like a zip bomb (a part expands far more than documents do)";
            }
        }
        return "a damaged Word document: " + e.getMessage();
    }

    /** One reading of one document: the numbering counters and footnote numbers advance as it goes. */
    private static final class Run {
        private final XWPFDocument doc;
        private final DocxNumbering numbering;
        private final XWPFStyles styles;
        private final BlockWriter out = new BlockWriter();
        /** Footnote id → the number shown for it, in the order the body refers to them. */
        private final Map<BigInteger, Integer> footnoteNumbers = new LinkedHashMap<>();

        Run(XWPFDocument doc) {
            this.doc = doc;
            this.numbering = new DocxNumbering(doc.getNumbering());
            this.styles = doc.getStyles();
        }

        ExtractedText read(Path file) {
            for (IBodyElement e : doc.getBodyElements()) {
                element(e);
            }
            for (Map.Entry<BigInteger, Integer> ref : footnoteNumbers.entrySet()) {
                XWPFFootnote note = doc.getFootnoteByID(ref.getKey().intValue());
                if (note == null) {
                    continue;
                }
                // The note opens with the number its reference shows (Word's w:footnoteRef mark).
                StringBuilder text = new StringBuilder().append(ref.getValue());
                for (XWPFParagraph p : note.getParagraphs()) {
                    text.append(' ').append(runs(p));
                }
                out.footnote(text.toString());
            }
            if (!numbering.unknownFormats().isEmpty()) {
                out.warn(file + ": Word number formats " + numbering.unknownFormats() + " shown as decimal numbers");
            }
            if (numbering.broken()) {
                out.warn(file + ": a numbering definition is malformed; its paragraphs are read without numbers");
            }
            if (out.isEmpty()) {
                throw new BadInputException(file, "no text in the Word document");
            }
            return out.build(file, "docx");
        }

        private void element(IBodyElement e) {
            if (e instanceof XWPFParagraph p) {
                paragraph(p);
            } else if (e instanceof XWPFTable t) {
                table(t);
            } else if (e instanceof XWPFSDT sdt) {
                out.block(sdt.getContent().getText(), null, 0);
            }
        }

        private void paragraph(XWPFParagraph p) {
            String text = runs(p);
            int heading = headingLevel(p);
            BlockRole role = heading > 0 ? BlockRole.HEADING : null;
            DocxNumbering.Label label = numberLabel(p);
            if (label != null && BlockWriter.oneLine(text).isEmpty()) {
                // A numbered paragraph without text still shows its number ("Article 3" made by numbering).
                out.numbered(label.text(), "", "", role, heading);
            } else if (label != null) {
                out.numbered(label.text(), label.suffix(), text, role, heading);
            } else {
                out.block(text, role, heading);
            }
        }

        private void table(XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    StringBuilder text = new StringBuilder();
                    for (IBodyElement e : cell.getBodyElements()) {
                        if (e instanceof XWPFParagraph p) {
                            DocxNumbering.Label label = numberLabel(p);
                            String runs = runs(p);
                            if (!text.isEmpty()) {
                                text.append(' ');
                            }
                            if (label != null) {
                                text.append(label.text()).append(' ');
                            }
                            text.append(runs);
                        } else if (e instanceof XWPFTable nested) {
                            table(nested);
                        }
                    }
                    out.block(text.toString(), BlockRole.TABLE_CELL, 0);
                }
            }
        }

        /** The text of a paragraph's runs; a footnote reference becomes the number shown for it. */
        private String runs(XWPFParagraph p) {
            StringBuilder b = new StringBuilder();
            for (IRunElement r : p.getIRuns()) {
                if (r instanceof XWPFRun run) {
                    CTR ct = run.getCTR();
                    String text = run.text();
                    if (ct.sizeOfFootnoteReferenceArray() > 0) {
                        BigInteger id = ct.getFootnoteReferenceArray(0).getId();
                        // POI writes the reference as "[footnoteRef:N]"; Word shows the note's number instead.
                        text = text.replace("[footnoteRef:" + id + "]", "");
                        b.append(text);
                        int n = footnoteNumbers.computeIfAbsent(id, k -> footnoteNumbers.size() + 1);
                        b.append(n);
                    } else {
                        b.append(text);
                    }
                } else if (r instanceof XWPFSDT sdt) {
                    b.append(sdt.getContent().getText());
                }
            }
            return b.toString();
        }

        private DocxNumbering.Label numberLabel(XWPFParagraph p) {
            BigInteger numId = p.getNumID();
            BigInteger ilvl = p.getNumIlvl();
            if (numId == null) {
                CTNumPr styleNum = styleNumPr(p.getStyleID());
                if (styleNum != null && styleNum.getNumId() != null) {
                    numId = styleNum.getNumId().getVal();
                    ilvl = styleNum.getIlvl() == null ? null : styleNum.getIlvl().getVal();
                }
            }
            return numbering.label(numId, ilvl == null ? 0 : ilvl.intValue());
        }

        /** The numbering a paragraph style (or a style it is based on) gives its paragraphs. */
        private CTNumPr styleNumPr(String styleId) {
            for (int depth = 0; styleId != null && styles != null && depth < 10; depth++) {
                XWPFStyle s = styles.getStyle(styleId);
                if (s == null) {
                    return null;
                }
                CTPPrGeneral ppr = s.getCTStyle().getPPr();
                if (ppr != null && ppr.getNumPr() != null) {
                    return ppr.getNumPr();
                }
                styleId = s.getCTStyle().getBasedOn() == null ? null : s.getCTStyle().getBasedOn().getVal();
            }
            return null;
        }

        /** 1-9 for "heading N" styles (by name, as Word's built-in ones are named in every language), else 0. */
        private int headingLevel(XWPFParagraph p) {
            String id = p.getStyleID();
            if (id == null || styles == null) {
                return 0;
            }
            XWPFStyle s = styles.getStyle(id);
            String name = (s != null && s.getName() != null ? s.getName() : id).toLowerCase(Locale.ROOT);
            if (name.equals("title")) {
                return 1;
            }
            if (name.startsWith("heading") && name.length() > "heading".length()) {
                String digits = name.substring("heading".length()).strip();
                if (digits.length() == 1 && Character.isDigit(digits.charAt(0))) {
                    return digits.charAt(0) - '0';
                }
            }
            return 0;
        }
    }
}
