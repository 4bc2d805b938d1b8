package org.bitext;

/**
 * The one facade over bitext's stages (text, segment, align, index, terms, search). The command line and
 * the web page are thin adapters over it and hold no logic of their own.
 */
public final class Bitext {

    // --- text + segment -------------------------------------------------------------------------

    // --- align + format -------------------------------------------------------------------------

    // --- index + search -------------------------------------------------------------------------

    // --- terms ----------------------------------------------------------------------------------
}
