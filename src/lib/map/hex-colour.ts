/** Red, green and blue (0–255) of a `#rrggbb` colour, as the colour constants are written. */
export function hexToRgb(hex: string): [number, number, number] {
	const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!match) throw new Error(`Not a #rrggbb colour: ${JSON.stringify(hex)}`);
	return [parseInt(match[1], 16), parseInt(match[2], 16), parseInt(match[3], 16)];
}
