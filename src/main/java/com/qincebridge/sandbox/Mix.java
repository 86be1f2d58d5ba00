package com.qincebridge.sandbox;

/**
 * The sandbox's only source of randomness: a SplitMix64 hash of a seed and a few parts.
 * Everything generated is a function of such a hash, so the same inputs always give the
 * same result, in any order and on any thread.
 */
final class Mix {

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private Mix() {
	}

	/** A well-mixed hash of the seed and the parts, in order. */
	static long of(long seed, long... parts) {
		long hash = mix(seed + GOLDEN);
		for (long part : parts) {
			hash = mix(hash + GOLDEN + mix(part));
		}
		return hash;
	}

	/** A well-mixed hash of the seed and a text. */
	static long of(long seed, String text) {
		long hash = seed;
		for (int i = 0; i < text.length(); i++) {
			hash = hash * 31 + text.charAt(i);
		}
		return of(seed, hash, text.length());
	}

	/**
	 * A decimal id: the prefix followed by digits from the hash, {@code length} in all.
	 */
	static String digits(String prefix, long hash, int length) {
		StringBuilder id = new StringBuilder(prefix);
		long rest = hash;
		while (id.length() < length) {
			rest = mix(rest);
			id.append(Long.toString(Math.floorMod(rest, 1_000_000_000L)));
		}
		return id.substring(0, length);
	}

	/** SplitMix64's finalizer: a bijection that spreads every input bit. */
	static long mix(long value) {
		long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** A double in [0, 1) taken from the hash's upper 53 bits. */
	static double unit(long hash) {
		return (hash >>> 11) * 0x1.0p-53;
	}

	/** An int in [0, bound) taken from the hash. */
	static int below(long hash, int bound) {
		return (int) ((hash >>> 1) % bound);
	}

}
