import { describe, expect, it } from 'vitest';
import { embedCode, embedFrame, EMBED_SIZE, heightScript, HEIGHT_MESSAGE, oembed } from './embed-code';

const target = { src: 'https://vertskommunekartet.no/embed/kommune/rauma?år=2019&kategori=under', title: 'Kart: «Rauma» & "co"' };

describe('embedFrame', () => {
	it('puts the iframe in a 3:2 wrapper at least 480 px tall, sized by the wrapper', () => {
		const html = embedFrame(target);
		expect(html).toMatch(/^<div class="vertskommunekartet" style="position:relative;width:100%;aspect-ratio:3\/2;min-height:480px">/);
		expect(html).toContain('style="position:absolute;inset:0;width:100%;height:100%;border:0"');
		expect(html).toContain(`width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}"`);
		expect(html).toContain('data-vertskommunekartet');
		expect(html).toMatch(/<\/iframe><\/div>$/);
	});

	it.each([
		[
			'the address, percent-encoded and with & escaped',
			'src="https://vertskommunekartet.no/embed/kommune/rauma?%C3%A5r=2019&#38;kategori=under"'
		],
		['the title, with quotes and ampersands escaped', 'title="Kart: «Rauma» &#38; &#34;co&#34;"']
	])('escapes %s', (_what, expected) => expect(embedFrame(target)).toContain(expected));

	it('refuses what is not an absolute address', () => {
		expect(() => embedFrame({ src: '/embed', title: 'Kart' })).toThrow();
	});
});

describe('heightScript', () => {
	const script = heightScript('https://vertskommunekartet.no/embed');

	it('listens only to the site’s origin and to its own message type', () => {
		expect(script).toContain('e.origin!=="https://vertskommunekartet.no"');
		expect(script).toContain(`d.type!=="${HEIGHT_MESSAGE}"`);
		expect(script).toContain('typeof d.height!=="number"');
	});

	it('is a single inline script', () => {
		expect(script).toMatch(/^<script>[^<]*<\/script>$/);
	});
});

describe('embedCode', () => {
	it('is the frame, then the script', () => {
		expect(embedCode(target)).toBe(`${embedFrame(target)}\n${heightScript(target.src)}`);
	});
});

describe('oembed', () => {
	it('answers with a rich oEmbed 1.0 whose html is the snippet and whose thumbnail is the share image', () => {
		const answer = oembed({
			...target,
			providerName: 'Vertskommunekartet',
			providerUrl: 'https://vertskommunekartet.no/',
			thumbnail: 'https://vertskommunekartet.no/share/rauma.png'
		});
		expect(answer).toEqual({
			type: 'rich',
			version: '1.0',
			title: target.title,
			provider_name: 'Vertskommunekartet',
			provider_url: 'https://vertskommunekartet.no/',
			html: embedCode(target),
			width: 720,
			height: 480,
			thumbnail_url: 'https://vertskommunekartet.no/share/rauma.png',
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
	});
});
