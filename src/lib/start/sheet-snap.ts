/** The heights a phone's bottom sheet snaps to (Sheet.svelte), also before the app has started (start/early-gestures.ts). */
export type SheetHeight = 'peek' | 'half' | 'full';

/** About the share of the explorer's height each snap point covers (the CSS in (map)/+layout.svelte says exactly). */
export const SHEET_COVER: Record<SheetHeight, number> = { peek: 0.42, half: 0.62, full: 1 };

/** The snap point nearest a sheet covering `share` of the explorer's height. */
export function nearestSheetHeight(share: number): SheetHeight {
	return (Object.keys(SHEET_COVER) as SheetHeight[]).reduce((best, h) =>
		Math.abs(SHEET_COVER[h] - share) < Math.abs(SHEET_COVER[best] - share) ? h : best
	);
}

/** The sheet's height while dragged to `height` CSS pixels: between a fifth of the explorer and all of it. */
export function draggedSheetHeight(height: number, total: number): number {
	return Math.min(total, Math.max(total * 0.2, height));
}
