package org.bitext.web;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Re-encodes a browser screenshot as a 256-colour PNG (palette of the most frequent colours, nearest-colour
 * mapping) so the README's screenshot stays small: a page of flat colours and anti-aliased text loses
 * nothing visible.
 */
final class CompactPng {

    private CompactPng() {
    }

    static void write(byte[] png, Path out) throws IOException {
        BufferedImage src = ImageIO.read(new ByteArrayInputStream(png));
        int w = src.getWidth();
        int h = src.getHeight();
        Map<Integer, Integer> freq = new HashMap<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                freq.merge(src.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        int[] palette = freq.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(256)
                .mapToInt(Map.Entry::getKey).toArray();
        byte[] r = new byte[palette.length];
        byte[] g = new byte[palette.length];
        byte[] b = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        BufferedImage dst = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, palette.length, r, g, b));
        Map<Integer, Integer> nearest = new HashMap<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = src.getRGB(x, y) & 0xffffff;
                int idx = nearest.computeIfAbsent(c, k -> closest(k, palette));
                dst.getRaster().setSample(x, y, 0, idx);
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(dst, "png", out.toFile());
    }

    private static int closest(int c, int[] palette) {
        int best = 0;
        long bestDist = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long dr = ((c >> 16) & 0xff) - ((palette[i] >> 16) & 0xff);
            long dg = ((c >> 8) & 0xff) - ((palette[i] >> 8) & 0xff);
            long db = (c & 0xff) - (palette[i] & 0xff);
            long d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (d < bestDist) {
                bestDist = d;
                best = i;
            }
        }
        return best;
    }
}
