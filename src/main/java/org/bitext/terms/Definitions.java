package org.bitext.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.text.Scripts;

/**
 * Finds abbreviation definitions, "long form (short form)", in one Chinese or English text, checking that
 * the short form fits the long one the Schwartz–Hearst way: its characters appear in order in the long form,
 * the first one at a word start, and the long form is the shortest left context that covers them.
 */
final class Definitions {

    /** One definition; {@code position} is the bracket's relative position in the text, in [0, 1]. */
    record Definition(String longForm, String shortForm, double position) {
    }

    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]{1,24})\\)");
    private static final Set<String> CONNECTORS = Set.of("of", "on", "the", "for", "and", "to", "against", "in");

    private Definitions() {
    }

    /** Chinese definitions of an NFKC-normalized text (full-width brackets already ASCII). */
    static List<Definition> chinese(String text) {
        List<Definition> out = new ArrayList<>();
        Matcher m = BRACKETS.matcher(text);
        while (m.find()) {
            String inner = m.group(1).strip();
            boolean titled = inner.startsWith("《") && inner.endsWith("》") && inner.length() > 2;
            String shortForm = titled ? inner.substring(1, inner.length() - 1) : inner;
            if (shortForm.length() < 2 || shortForm.length() > 10 || !shortForm.codePoints().allMatch(Scripts::isHan)) {
                continue;
            }
            String longForm = chineseLongForm(text.substring(0, m.start()), shortForm);
            if (longForm != null) {
                String shortOut = titled && longForm.startsWith("《") ? "《" + shortForm + "》" : shortForm;
                out.add(new Definition(longForm, shortOut, (double) m.start() / text.length()));
            }
        }
        return out;
    }

    private static String chineseLongForm(String before, String shortForm) {
        String b = before.stripTrailing();
        if (b.endsWith("》")) {
            int open = b.lastIndexOf('《');
            if (open >= 0) {
                String title = b.substring(open + 1, b.length() - 1);
                if (title.length() > shortForm.length() && coveredFrom(title, shortForm) >= 0) {
                    return "《" + title + "》";
                }
            }
            return null;
        }
        int runStart = b.length();
        while (runStart > 0 && Scripts.isHan(b.charAt(runStart - 1))) {
            runStart--;
        }
        String run = b.substring(runStart);
        int from = coveredFrom(run, shortForm);
        if (from < 0) {
            return null;
        }
        String longForm = run.substring(from);
        int lastChar = longForm.lastIndexOf(shortForm.charAt(shortForm.length() - 1));
        if (longForm.length() <= shortForm.length() || lastChar < longForm.length() - 3) {
            return null;
        }
        return longForm;
    }

    /**
     * Start of the shortest suffix of {@code text} that contains the characters of {@code shortForm} in
     * order, or -1. Matching greedily from the right gives the shortest suffix.
     */
    static int coveredFrom(String text, String shortForm) {
        int t = text.length() - 1;
        for (int s = shortForm.length() - 1; s >= 0; s--) {
            char c = shortForm.charAt(s);
            while (t >= 0 && text.charAt(t) != c) {
                t--;
            }
            if (t < 0) {
                return -1;
            }
            if (s > 0) {
                t--;
            }
        }
        return t;
    }

    /** English "full name (ABBR)" definitions. */
    static List<Definition> english(String text) {
        List<Definition> out = new ArrayList<>();
        Matcher m = BRACKETS.matcher(text);
        while (m.find()) {
            String shortForm = m.group(1).strip();
            if (!validEnglishShortForm(shortForm)) {
                continue;
            }
            String before = text.substring(0, m.start());
            int cut = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')),
                    Math.max(before.lastIndexOf(','), before.lastIndexOf(':')));
            cut = Math.max(cut, before.lastIndexOf(')'));
            String[] words = before.substring(cut + 1).strip().split("\\s+");
            int letters = (int) shortForm.codePoints().filter(Character::isLetterOrDigit).count();
            int window = Math.min(words.length, Math.min(letters + 5, letters * 2));
            String candidate = String.join(" ", List.of(words).subList(words.length - window, words.length));
            String longForm = schwartzHearst(shortForm, candidate);
            if (longForm != null) {
                longForm = extendTitle(longForm, List.of(words).subList(0, words.length - window), candidate);
                out.add(new Definition(longForm, shortForm, (double) m.start() / text.length()));
            } else if (EnTerms.isAcronym(shortForm)) {
                // A bracketed acronym whose long form does not spell it (FMCT after "a treaty banning the
                // production of fissile material..."): still a short form to pair with a Chinese definition.
                out.add(new Definition(null, shortForm, (double) m.start() / text.length()));
            }
        }
        return out;
    }

    private static boolean validEnglishShortForm(String s) {
        if (s.length() < 2 || s.length() > 10 || s.split("\\s+").length > 2) {
            return false;
        }
        return Character.isLetterOrDigit(s.charAt(0)) && s.codePoints().anyMatch(Character::isUpperCase)
                && s.codePoints().anyMatch(Character::isLetter) && !s.equals(s.substring(0, 1) + s.substring(1)
                .toLowerCase(Locale.ROOT));
    }

    /** The Schwartz–Hearst (2003) long-form match, or null. */
    static String schwartzHearst(String shortForm, String longCandidate) {
        String s = shortForm.toLowerCase(Locale.ROOT);
        String l = longCandidate.toLowerCase(Locale.ROOT);
        int si = s.length() - 1;
        int li = l.length() - 1;
        while (si >= 0) {
            char c = s.charAt(si);
            if (!Character.isLetterOrDigit(c)) {
                si--;
                continue;
            }
            while ((li >= 0 && l.charAt(li) != c)
                    || (si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)))) {
                li--;
            }
            if (li < 0) {
                return null;
            }
            li--;
            si--;
        }
        int start = l.lastIndexOf(' ', li) + 1;
        String longForm = longCandidate.substring(start).strip();
        return longForm.length() > shortForm.length() && longForm.contains(" ") ? longForm : null;
    }

    /**
     * Extends a title-case long form over connectors to a capitalized word ("Non-Proliferation of Nuclear
     * Weapons" becomes "Treaty on the Non-Proliferation of Nuclear Weapons"), which Schwartz–Hearst misses.
     */
    private static String extendTitle(String longForm, List<String> earlier, String candidate) {
        if (!Character.isUpperCase(longForm.charAt(0))) {
            return longForm;
        }
        String prefix = candidate.substring(0, candidate.length() - longForm.length()).strip();
        List<String> left = new ArrayList<>(earlier);
        if (!prefix.isEmpty()) {
            left.addAll(List.of(prefix.split("\\s+")));
        }
        int i = left.size() - 1;
        int best = left.size();
        while (i >= 0 && CONNECTORS.contains(left.get(i).toLowerCase(Locale.ROOT))) {
            i--;
            if (i >= 0 && Character.isUpperCase(left.get(i).charAt(0))
                    && !CONNECTORS.contains(left.get(i).toLowerCase(Locale.ROOT))) {
                best = i;
                i--;
            }
        }
        if (best == left.size()) {
            return longForm;
        }
        return String.join(" ", left.subList(best, left.size())) + " " + longForm;
    }
}
