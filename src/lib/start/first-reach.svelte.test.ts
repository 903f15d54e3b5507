// When the app starts, and what the pointer did before: in a real browser (the component project
// in vite.config.ts), with the events a visitor's browser sends.
import { afterEach, describe, expect, it } from 'vitest';
import { firstReach, stopRecordingPointer, takeEarlyPointer } from './first-reach';

const frames = async (count: number) => {
	for (let i = 0; i < count; i++) await new Promise(requestAnimationFrame);
};

function addTarget(): HTMLElement {
	const target = document.createElement('div');
	target.style.cssText = 'width: 200px; height: 200px';
	document.body.append(target);
	return target;
}

const pointer = (target: Element, type: string, x: number, y: number) =>
	target.dispatchEvent(
		type === 'click'
			? new MouseEvent('click', { bubbles: true, clientX: x, clientY: y })
			: new PointerEvent(type, { bubbles: true, clientX: x, clientY: y, pointerType: 'mouse' })
	);

afterEach(() => {
	stopRecordingPointer();
	takeEarlyPointer();
	(document.activeElement as HTMLElement | null)?.blur();
	document.body.replaceChildren();
});

describe('firstReach', () => {
	it('waits while the visitor only reads, and resolves at the first key press', async () => {
		let reached = false;
		const reach = firstReach().then(() => (reached = true));
		await frames(3);
		expect(reached).toBe(false);
		document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Tab' }));
		await reach;
		expect(reached).toBe(true);
	});

	it('resolves at the first pointer movement', async () => {
		const target = addTarget();
		const reach = firstReach();
		pointer(target, 'pointermove', 50, 60);
		await expect(reach).resolves.toBeUndefined();
	});

	it('resolves at once when focus is already inside the page', async () => {
		const input = document.createElement('input');
		document.body.append(input);
		input.focus();
		await expect(firstReach()).resolves.toBeUndefined();
	});
});

describe('takeEarlyPointer', () => {
	it('keeps where the pointer clicked, not where it moved afterwards, and gives it once', async () => {
		const target = addTarget();
		const reach = firstReach();
		pointer(target, 'pointermove', 10, 10);
		pointer(target, 'pointerdown', 20, 30);
		pointer(target, 'click', 20, 30);
		pointer(target, 'pointermove', 90, 90);
		await reach;
		stopRecordingPointer();
		expect(takeEarlyPointer()).toEqual({ target, clientX: 20, clientY: 30, pointerType: 'mouse', clicked: true });
		expect(takeEarlyPointer()).toBeNull();
	});

	it('keeps the last place of a pointer that only moved', async () => {
		const target = addTarget();
		const reach = firstReach();
		pointer(target, 'pointermove', 10, 10);
		pointer(target, 'pointermove', 40, 50);
		await reach;
		stopRecordingPointer();
		expect(takeEarlyPointer()).toMatchObject({ clientX: 40, clientY: 50, clicked: false });
	});

	it('stops following the pointer once the app has started', async () => {
		const target = addTarget();
		const reach = firstReach();
		pointer(target, 'pointermove', 10, 10);
		await reach;
		stopRecordingPointer();
		pointer(target, 'click', 70, 80);
		expect(takeEarlyPointer()).toMatchObject({ clientX: 10, clientY: 10, clicked: false });
	});
});
