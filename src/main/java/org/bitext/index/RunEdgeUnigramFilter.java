package org.bitext.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * After {@link CJKBigramFilter} with unigrams: keeps the unigrams of the first and the last character of each
 * run of Han characters and drops the ones inside a run, whose character is already the first half of a
 * bigram at the same position. Positions are unchanged (a dropped unigram's increment moves to its bigram).
 *
 * <p>Why: unigrams were half of the Chinese tokens, and indexing cost goes by tokens. What still finds a
 * character: a phrase that puts a lone character next to a non-Han token ({@code 第3条}) finds it at a run
 * edge, where it is kept; any other occurrence of character c is the unigram c (run end) or a bigram starting
 * with c, which is how {@link HanPhraseQuery} looks a lone character up.
 */
final class RunEdgeUnigramFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

    /** The previous token read was a bigram: a unigram now is not the first of its run. */
    private boolean afterBigram;
    /** A token read ahead, to be returned by the next call (after the held unigram). */
    private State pending;
    /** The input is exhausted (it was, while looking ahead). */
    private boolean exhausted;

    // The unigram held while looking ahead (copied, not captured: most are dropped, so no State per character).
    private final char[] held = new char[2];
    private int heldLength;
    private int heldStart;
    private int heldEnd;
    private int heldInc;

    RunEdgeUnigramFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            afterBigram = CJKBigramFilter.DOUBLE_TYPE.equals(type.type());
            return true;
        }
        if (exhausted || !input.incrementToken()) {
            return false;
        }
        if (!afterBigram || !CJKBigramFilter.SINGLE_TYPE.equals(type.type()) || term.length() > held.length) {
            afterBigram = CJKBigramFilter.DOUBLE_TYPE.equals(type.type());
            return true; // the first unigram of a run, a bigram, or another token
        }
        // A unigram after a bigram: inside its run unless no bigram follows at its position.
        heldLength = term.length();
        System.arraycopy(term.buffer(), 0, held, 0, heldLength);
        heldStart = offset.startOffset();
        heldEnd = offset.endOffset();
        heldInc = posInc.getPositionIncrement();
        if (input.incrementToken()) {
            if (CJKBigramFilter.DOUBLE_TYPE.equals(type.type()) && posInc.getPositionIncrement() == 0) {
                posInc.setPositionIncrement(heldInc);
                return true; // afterBigram stays true
            }
            pending = captureState();
        } else {
            exhausted = true;
        }
        clearAttributes();
        term.copyBuffer(held, 0, heldLength);
        offset.setOffset(heldStart, heldEnd);
        posInc.setPositionIncrement(heldInc);
        posLen.setPositionLength(1);
        type.setType(CJKBigramFilter.SINGLE_TYPE);
        afterBigram = false;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        afterBigram = false;
        pending = null;
        exhausted = false;
    }
}
