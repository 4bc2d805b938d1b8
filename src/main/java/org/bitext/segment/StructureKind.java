package org.bitext.segment;

/**
 * What a body paragraph is in the structure of a UN document, in either language. The aligner pairs
 * paragraphs of the same kind and address as anchors (an article heading with an article heading, the
 * third preambular paragraph with the third), and search hits show the address.
 */
public enum StructureKind {
    /** A section heading ("I. Introduction", "一、导言", "A. Nuclear testing", "Preamble"/"序言"). */
    HEADING,
    /** An article heading ("Article 17", "第十七条"); the paragraphs after it are numbered from 1 again. */
    ARTICLE,
    /** An annex heading ("Annex", "Annex II", "附件", "附件二"); numbering restarts in an annex. */
    ANNEX,
    /** The organ that acts in a resolution ("The General Assembly," / "大会，"). */
    ORGAN,
    /** A preambular paragraph opening with a participle or "Whereas" (Recalling … , / 回顾…，). */
    PREAMBULAR,
    /** A numbered (operative) paragraph, "1." / "1．", or an article's paragraph ("1." ⇄ "㈠"). */
    NUMBERED,
    /** A sub-item "(a)", "(i)", "(一)", "㈠" inside a numbered paragraph. */
    ITEM,
    /** Any other paragraph of running text. */
    TEXT,
    /** A footnote, kept apart from the running text. */
    FOOTNOTE
}
