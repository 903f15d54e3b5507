import { describe, expect, it } from 'vitest';
import { framePadding } from './map-context';

describe('framePadding', () => {
	it('is the room around the frame inside the map area, in whole pixels', () => {
		const area = { width: 800, height: 600 };
		const frame = { left: 8.4, top: 64.6, width: 723.2, height: 489.1 };
		expect(framePadding({ area, frame })).toEqual({ top: 65, left: 8, right: 68, bottom: 46 });
	});
});
