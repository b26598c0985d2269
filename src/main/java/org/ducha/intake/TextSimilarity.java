package org.ducha.intake;

import java.util.HashMap;
import java.util.Map;

/**
 * Similarity of two Chinese texts by character bigrams (SPEC §5 "Duplicates"): Chinese has no spaces
 * between words, so overlapping pairs of characters stand in for words. Whitespace and punctuation
 * are dropped and Latin letters lower-cased; the score is the Dice coefficient over the bigram
 * multisets, 2·|A∩B| / (|A|+|B|), from 0 (nothing shared) to 1 (the same text).
 */
final class TextSimilarity {

	private TextSimilarity() {
	}

	static double bigramDice(String a, String b) {
		Map<String, Integer> x = bigrams(a);
		Map<String, Integer> y = bigrams(b);
		int sizeX = x.values().stream().mapToInt(Integer::intValue).sum();
		int sizeY = y.values().stream().mapToInt(Integer::intValue).sum();
		if (sizeX == 0 || sizeY == 0) {
			return 0;
		}
		int shared = 0;
		for (Map.Entry<String, Integer> e : x.entrySet()) {
			shared += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
		}
		return 2.0 * shared / (sizeX + sizeY);
	}

	static Map<String, Integer> bigrams(String text) {
		StringBuilder kept = new StringBuilder();
		if (text != null) {
			text.codePoints()
				.filter(Character::isLetterOrDigit)
				.map(Character::toLowerCase)
				.forEach(kept::appendCodePoint);
		}
		Map<String, Integer> grams = new HashMap<>();
		int[] cps = kept.codePoints().toArray();
		for (int i = 0; i + 1 < cps.length; i++) {
			grams.merge(new String(cps, i, 2), 1, Integer::sum);
		}
		return grams;
	}
}
