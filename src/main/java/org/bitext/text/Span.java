package org.bitext.text;

/**
 * A half-open range {@code [start, end)} of char offsets into a text. Stages hand spans to each other
 * instead of copied strings, so every piece of output can be traced back to where it came from.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("Span start must be >= 0, was " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("Span end must be >= start (" + start + "), was " + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }

    /** The covered text of {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
