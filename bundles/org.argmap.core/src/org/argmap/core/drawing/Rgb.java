package org.argmap.core.drawing;

import java.util.Locale;

/** A colour of the drawing, without any toolkit's colour type, so the painter runs headless. */
public record Rgb(int red, int green, int blue) {

	public Rgb {
		if ((red | green | blue) >>> 8 != 0) {
			throw new IllegalArgumentException(red + "," + green + "," + blue); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The colour written {@code #rrggbb}. */
	public static Rgb of(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return new Rgb(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}

	/** {@code #rrggbb}. */
	public String hex() {
		return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue); //$NON-NLS-1$
	}
}
