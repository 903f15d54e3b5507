/**
 * Estimated text widths for map labels, so the label layout is the same at build time and in the
 * browser, and needs no font loaded to run. The advance widths (per 1000 em) are DejaVu Sans and
 * DejaVu Sans Bold, what `system-ui` resolves to on Debian; the system fonts of macOS, Windows,
 * iOS and Android are narrower, so estimates from these widths are upper bounds there.
 * Measured with canvas measureText in Chromium 156 (scratch script, once).
 */

const CHARS = '0123456789 -.,()/abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅáčđŋšŧžÁČĐŊŠŦŽéöäüÖÄÜ–★';
const REGULAR = [
	636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 318, 361, 318, 318, 390, 390, 337, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278,
	579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 982, 612, 613, 684, 686, 698, 770, 632, 575, 775, 752,
	295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 974, 787, 684, 613, 550, 635, 634, 521, 392,
	525, 684, 698, 775, 748, 635, 611, 685, 615, 612, 613, 634, 787, 684, 732, 500, 896
];
const BOLD = [
	696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 348, 415, 380, 380, 457, 457, 365, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343,
	665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 1048, 687, 675, 774, 762, 734, 830, 683, 683, 821, 837,
	372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 1085, 850, 774, 675, 593, 716, 712, 595, 478,
	582, 774, 734, 838, 837, 720, 682, 725, 678, 687, 675, 712, 850, 774, 812, 500, 896
];

/** For characters outside the table: as wide as "M". */
const FALLBACK = { regular: REGULAR[CHARS.indexOf('M')], bold: BOLD[CHARS.indexOf('M')] };
const SAFETY = 1.04;

export interface TextStyle {
	/** Font size in CSS pixels. */
	size: number;
	bold: boolean;
	/** Extra space after each character, in em (CSS letter-spacing). */
	letterSpacing?: number;
	uppercase?: boolean;
}

/** Width in CSS pixels of one line of `text` in `style`, rounded up; a slight overestimate by design. */
export function textWidth(text: string, style: TextStyle): number {
	const widths = style.bold ? BOLD : REGULAR;
	const fallback = style.bold ? FALLBACK.bold : FALLBACK.regular;
	const shown = style.uppercase ? text.toUpperCase() : text;
	let total = 0;
	for (const char of shown) {
		const i = CHARS.indexOf(char);
		total += (i === -1 ? fallback : widths[i]) + (style.letterSpacing ?? 0) * 1000;
	}
	return Math.ceil(((total * style.size) / 1000) * SAFETY);
}
