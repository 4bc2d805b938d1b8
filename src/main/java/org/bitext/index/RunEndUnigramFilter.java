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
 * After {@link CJKBigramFilter} with unigrams: keeps the unigram of the last character of each run of Han
 * characters (and of a lone character) and drops the others, each of which is the first half of the bigram at
 * its position. Positions are unchanged (a dropped unigram's increment moves to its bigram).
 *
 * <p>Why: unigrams were half of the Chinese tokens, and indexing cost goes by tokens. Every occurrence of a
 * character c is thus either the unigram c (at a run's end) or a bigram starting with c, which is how
 * {@link HanPhraseQuery} looks up a character that no bigram of the query covers.
 */
final class RunEndUnigramFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

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

    RunEndUnigramFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            return true;
        }
        if (exhausted || !input.incrementToken()) {
            return false;
        }
        if (!CJKBigramFilter.SINGLE_TYPE.equals(type.type()) || term.length() > held.length) {
            return true; // a bigram or another token
        }
        // A unigram: dropped if a bigram follows at its position (it is not the last of its run).
        heldLength = term.length();
        System.arraycopy(term.buffer(), 0, held, 0, heldLength);
        heldStart = offset.startOffset();
        heldEnd = offset.endOffset();
        heldInc = posInc.getPositionIncrement();
        if (input.incrementToken()) {
            if (CJKBigramFilter.DOUBLE_TYPE.equals(type.type()) && posInc.getPositionIncrement() == 0) {
                posInc.setPositionIncrement(heldInc);
                return true;
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
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        exhausted = false;
    }
}
