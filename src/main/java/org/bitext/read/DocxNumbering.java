package org.bitext.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.impl.values.XmlValueOutOfRangeException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word's automatic numbering of a .docx (word/numbering.xml) as Word displays it. A paragraph names a
 * numbering instance ({@code w:num}, by numId) and a level; the instance points to an abstract definition
 * ({@code w:abstractNum}) whose levels give start, format, level text and restart rule. Instances of one
 * abstract definition share their counters (a list continues across them), except an instance that overrides
 * a level's start ({@code w:lvlOverride/w:startOverride}), which is a list of its own starting again.
 * Not thread-safe: it counts as the document is read in order.
 */
final class DocxNumbering {

    private final XWPFNumbering numbering;
    private final Map<String, ListCounters> counters = new HashMap<>();
    private final Map<BigInteger, ListCounters.Level[]> levelsByNum = new HashMap<>();
    private final Set<String> unknownFormats = new HashSet<>();
    private boolean broken;

    DocxNumbering(XWPFNumbering numberingOrNull) {
        this.numbering = numberingOrNull;
    }

    /** The label a paragraph with this numId and level shows ("1.", "(a)", "一、"), and its suffix; or null. */
    Label label(BigInteger numId, int ilvl) {
        if (numbering == null || numId == null || numId.signum() == 0 || ilvl < 0 || ilvl >= ListCounters.LEVELS) {
            return null; // numId 0 switches numbering off
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null) {
            return null;
        }
        ListCounters.Level[] levels;
        try {
            levels = levels(numId, num);
        } catch (XmlValueOutOfRangeException e) {
            broken = true; // a malformed numbering.xml: numbers are left out, and a warning says so
            return null;
        }
        if (levels == null || levels[ilvl] == null || !NumberFormats.isNumber(levels[ilvl].numFmt())) {
            return null;
        }
        if (!NumberFormats.isKnown(levels[ilvl].numFmt())) {
            unknownFormats.add(levels[ilvl].numFmt());
        }
        CTNum ct = num.getCTNum();
        boolean ownList = ct.sizeOfLvlOverrideArray() > 0;
        String key = ownList ? "num " + numId : "abstract " + ct.getAbstractNumId().getVal();
        ListCounters c = counters.get(key);
        if (c == null) {
            c = new ListCounters();
            counters.put(key, c);
        }
        String text = c.next(ilvl, levels);
        return text.isEmpty() ? null : new Label(text, levels[ilvl].suffix());
    }

    /** True when some numbering definition could not be read (its numbers are left out). */
    boolean broken() {
        return broken;
    }

    /** Word number formats met that are shown as decimal here (for a warning). */
    Set<String> unknownFormats() {
        return unknownFormats;
    }

    /** A displayed number and what follows it: "\t" (Word's default), " " or "". */
    record Label(String text, String suffix) {
    }

    private ListCounters.Level[] levels(BigInteger numId, XWPFNum num) {
        ListCounters.Level[] cached = levelsByNum.get(numId);
        if (cached != null) {
            return cached;
        }
        CTNum ct = num.getCTNum();
        if (ct.getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abs = numbering.getAbstractNum(ct.getAbstractNumId().getVal());
        if (abs == null) {
            return null;
        }
        CTAbstractNum a = abs.getCTAbstractNum();
        ListCounters.Level[] levels = new ListCounters.Level[ListCounters.LEVELS];
        for (CTLvl lvl : a.getLvlArray()) {
            put(levels, lvl);
        }
        for (CTNumLvl o : ct.getLvlOverrideArray()) {
            int i = o.getIlvl().intValue();
            if (o.getLvl() != null) {
                put(levels, o.getLvl());
            }
            if (o.getStartOverride() != null && i >= 0 && i < ListCounters.LEVELS && levels[i] != null) {
                ListCounters.Level l = levels[i];
                levels[i] = new ListCounters.Level(o.getStartOverride().getVal().intValue(), l.numFmt(), l.lvlText(),
                        l.restartAfterOrMinus1(), l.legal(), l.suffix());
            }
        }
        levelsByNum.put(numId, levels);
        return levels;
    }

    private static void put(ListCounters.Level[] levels, CTLvl lvl) {
        int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
        if (i < 0 || i >= ListCounters.LEVELS) {
            return;
        }
        int start = lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 0;
        String fmt = lvl.isSetNumFmt() ? lvl.getNumFmt().getVal().toString() : "decimal";
        String text = lvl.isSetLvlText() ? lvl.getLvlText().getVal() : null;
        int restart = lvl.isSetLvlRestart() ? lvl.getLvlRestart().getVal().intValue() : -1;
        boolean legal = lvl.isSetIsLgl() && onOff(lvl.getDomNode(), "isLgl");
        levels[i] = new ListCounters.Level(start, fmt, text, restart, legal, suffix(lvl.getDomNode()));
    }

    /** w:suff (tab, space, nothing), read from the XML: the schema class for it is not in poi-ooxml-lite. */
    private static String suffix(Node lvl) {
        String v = childVal(lvl, "suff");
        if (v == null || v.equals("tab")) {
            return "\t";
        }
        return v.equals("space") ? " " : "";
    }

    private static boolean onOff(Node parent, String name) {
        String v = childVal(parent, name);
        return v == null || !(v.equals("0") || v.equals("false") || v.equals("off"));
    }

    private static String childVal(Node parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                for (int k = 0; k < e.getAttributes().getLength(); k++) {
                    Node at = e.getAttributes().item(k);
                    if ("val".equals(at.getLocalName())) {
                        return at.getNodeValue();
                    }
                }
                return null;
            }
        }
        return null;
    }
}
