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
 * After {@link CJKBigramFilter} without unigrams: adds the unigram of the last character of each run of
 * bigrams, one position after the run's last bigram, where the filter with unigrams would have put it. A
 * lone character is already a unigram. The positions of all tokens are those of the filter with unigrams.
 *
 * <p>Why: unigrams were half of the Chinese tokens, and indexing cost goes by tokens. Every occurrence of a
 * character c is thus either the unigram c (at a run's end) or a bigram starting with c, which is how
 * {@link HanPhraseQuery} looks up a character that no bigram of the query covers. Reading one token ahead
 * keeps each bigram in plain fields, copied once, not in a captured state: a state is captured once per run.
 */
final class RunEndUnigramFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

    /** The bigram being returned: the run's last character, returned next as a unigram when it ends a run. */
    private Bigram ended = new Bigram();
    private boolean haveEnded;
    /** The next bigram of the same run, read ahead (the two buffers swap roles instead of copying). */
    private Bigram ahead = new Bigram();
    private boolean haveAhead;
    /** A token other than a continuing bigram, read ahead, returned after the unigram. */
    private State pending;
    /**
     * The input returned false while reading ahead: it must not be asked again (the TokenStream contract;
     * CJKBigramFilter keeps the same flag for the same reason).
     */
    private boolean exhausted;

    RunEndUnigramFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (haveEnded) {
            haveEnded = false;
            int first = Character.charCount(Character.codePointAt(ended.chars, 0));
            clearAttributes();
            term.copyBuffer(ended.chars, first, ended.length - first);
            // The character's own offsets, as CJKBigramFilter gives them, where a character is as long in the
            // text as in the term; inside a token whose folding changed its length they are approximate. The
            // index keeps no offsets, and highlighting re-analyses with every unigram (exact offsets).
            offset.setOffset(Math.max(ended.start, ended.end - (ended.length - first)), ended.end);
            posInc.setPositionIncrement(1);
            type.setType(CJKBigramFilter.SINGLE_TYPE);
            return true;
        }
        if (haveAhead) {
            haveAhead = false;
            Bigram b = ended;
            ended = ahead;
            ahead = b;
        } else {
            if (pending != null) {
                restoreState(pending);
                pending = null;
            } else if (exhausted || !input.incrementToken()) {
                exhausted = true;
                return false;
            }
            if (!CJKBigramFilter.DOUBLE_TYPE.equals(type.type())) {
                return true;
            }
            ended.save(this);
        }
        // The bigram in `ended` ends its run unless the next token is the run's next bigram.
        if (!input.incrementToken()) {
            exhausted = true;
            haveEnded = true;
        } else if (continuesRun()) {
            ahead.save(this);
            haveAhead = true;
        } else {
            pending = captureState();
            haveEnded = true;
        }
        ended.restore(this);
        return true;
    }

    /**
     * Whether the token read ahead is the next bigram of the run of {@link #ended}: it starts inside that
     * bigram (offsets are not character arithmetic: a token that folding made shorter or longer, such as
     * half-width katakana with a voicing mark, gives all its characters the token's offsets) and begins with
     * its last character.
     */
    private boolean continuesRun() {
        if (!CJKBigramFilter.DOUBLE_TYPE.equals(type.type()) || posInc.getPositionIncrement() != 1
                || offset.startOffset() >= ended.end) {
            return false;
        }
        int last = Character.charCount(Character.codePointAt(ended.chars, 0));
        int n = ended.length - last;
        if (term.length() < n) {
            return false;
        }
        char[] b = term.buffer();
        for (int i = 0; i < n; i++) {
            if (b[i] != ended.chars[last + i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        haveAhead = false;
        haveEnded = false;
        pending = null;
        exhausted = false;
    }

    /** A bigram's term, offsets and increment, copied out of the attributes. */
    private static final class Bigram {
        final char[] chars = new char[4];
        int length;
        int start;
        int end;
        int increment;

        void save(RunEndUnigramFilter f) {
            length = Math.min(f.term.length(), chars.length);
            System.arraycopy(f.term.buffer(), 0, chars, 0, length);
            start = f.offset.startOffset();
            end = f.offset.endOffset();
            increment = f.posInc.getPositionIncrement();
        }

        void restore(RunEndUnigramFilter f) {
            f.clearAttributes();
            f.term.copyBuffer(chars, 0, length);
            f.offset.setOffset(start, end);
            f.posInc.setPositionIncrement(increment);
            f.posLen.setPositionLength(1);
            f.type.setType(CJKBigramFilter.DOUBLE_TYPE);
        }
    }
}
