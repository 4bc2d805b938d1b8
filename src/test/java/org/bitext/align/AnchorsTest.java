package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Anchors of a long text: rare shared tokens, one increasing chain, strays dropped, a band that holds them. */
class AnchorsTest {

    private final List<String> en = new ArrayList<>();
    private final List<String> zh = new ArrayList<>();
    /** Chinese sentence index of each item number (the sentence that carries the number). */
    private final Map<Integer, Integer> zhOf = new HashMap<>();

    /** 1,500 numbered items; every fourth Chinese item is split in two, every seventh English item has no number. */
    AnchorsTest() {
        for (int k = 0; k < 1500; k++) {
            int item = 4000 + k;
            en.add(k % 7 == 3 ? "This item has no number in English." : "Item " + item + " of the list is approved.");
            zhOf.put(item, zh.size());
            zh.add("清单第" + item + "项获得批准。");
            if (k % 4 == 0) {
                zh.add("该项已经审议。");
            }
        }
        // a stray: English item 300 also cites item 5300, which sits a thousand sentences further on
        en.set(300, "Item 4300 of the list is approved, as is item 5300.");
    }

    private int[][] anchors() {
        LexicalFeatures f = new LexicalFeatures(en, zh, Translations.none(), LanguageData.get());
        return Anchors.find(f, 0, en.size(), 0, zh.size());
    }

    @Test
    void anchorsAreTheRarePairsInOneIncreasingChainWithoutTheStray() {
        int[][] anchors = anchors();
        assertTrue(anchors.length >= 1200, "anchors: " + anchors.length);
        for (int k = 0; k < anchors.length; k++) {
            int i = anchors[k][0] - 1;
            int j = anchors[k][1] - 1;
            if (k > 0) {
                assertTrue(anchors[k][0] > anchors[k - 1][0] && anchors[k][1] > anchors[k - 1][1], "anchor " + k);
            }
            int item = 4000 + i;
            assertEquals(zhOf.get(item), j, "English sentence " + i + " anchored to Chinese " + j);
        }
    }

    @Test
    void theBandHoldsTheCornersAndEveryAnchor() {
        int[][] anchors = anchors();
        Band band = Anchors.band(List.of(anchors), en.size(), zh.size());
        assertTrue(band.contains(0, 0));
        assertTrue(band.contains(en.size(), zh.size()));
        for (int[] a : anchors) {
            assertTrue(band.contains(a[0], a[1]), "anchor " + a[0] + "," + a[1]);
            assertTrue(band.contains(a[0] - 1, a[1] - 1), "before anchor " + a[0] + "," + a[1]);
        }
        // linear in the text, not its square
        assertTrue(band.cells < 60L * en.size(), "cells: " + band.cells);
    }

    @Test
    void noSharedRareTokensMeansNoAnchors() {
        List<String> plainEn = new ArrayList<>();
        List<String> plainZh = new ArrayList<>();
        for (int k = 0; k < 500; k++) {
            plainEn.add("The committee approved the list.");
            plainZh.add("委员会批准了清单。");
        }
        LexicalFeatures f = new LexicalFeatures(plainEn, plainZh, Translations.none(), LanguageData.get());
        assertEquals(0, Anchors.find(f, 0, plainEn.size(), 0, plainZh.size()).length);
    }
}
