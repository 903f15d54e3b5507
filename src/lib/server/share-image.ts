/**
 * Share images (1200 × 630 PNG) made at build time: Norway with the kommune highlighted, its name
 * and class, and the winner's mark. Drawn as SVG from the boundary data and rendered with resvg.
 * Names are measured in the font the image is drawn in and shrunk or wrapped to fit.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import topologyText from '$lib/generated/kommuner.topo.json?raw';
import type { BoundaryTopology } from '../boundaries';
import { kategoriColour, MAP_COLOURS } from '../kategori-colours';
import { kommuneOf } from '../geography';
import { AWARD, NOMINEES, KATEGORI_LABEL, type Nominee } from '../nominees';
import { editionOf, formatDate, listNames } from '../award-history';
import { escapeXml, svgMap } from '../svg-map';

const WIDTH = 1200;
const HEIGHT = 630;
/** The text column right of the map. */
const TEXT_X = 620;
export const TEXT_WIDTH = WIDTH - TEXT_X - 40;
const INK = '#1d1a16';
const MUTED = '#5a544b';
const FONT_FAMILY = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
const FONT: ResvgRenderOptions['font'] = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' };

export const ATTRIBUTION = 'Kartgrunnlag: © Kartverket (CC BY 4.0)';

const topology = JSON.parse(topologyText) as BoundaryTopology;
const map = svgMap(topology, 520, HEIGHT, 24);
const announced = formatDate(editionOf(AWARD.year)!.kunngjort!);

/** A five-pointed star centred on (x, y), `r` from the centre to a point. */
function star(x: number, y: number, r: number, extra = ''): string {
	const points = Array.from({ length: 10 }, (_, i) => {
		const angle = -Math.PI / 2 + (i * Math.PI) / 5;
		const radius = i % 2 === 0 ? r : r * 0.45;
		return `${(x + radius * Math.cos(angle)).toFixed(1)},${(y + radius * Math.sin(angle)).toFixed(1)}`;
	});
	return `<polygon points="${points.join(' ')}" ${extra}/>`;
}

/** Nominees in their class colour; with `ring`, a circle draws the eye to a small kommune; winners get a star. */
function mapSvg(highlighted: readonly Nominee[], ring = false): string {
	const nominees = highlighted
		.map((n) => {
			const shape = `<path d="${map.kommune(n.nummer)}" fill="${kategoriColour(n.kategori)}" stroke="${INK}" stroke-width="0.75"/>`;
			const [x, y] = map.point(kommuneOf(n).labelPoint);
			const circle = ring ? `<circle cx="${x}" cy="${y}" r="22" fill="none" stroke="${INK}" stroke-width="3"/>` : '';
			const mark = n.vinner
				? star(x + (ring ? 30 : 14), y - (ring ? 22 : 12), ring ? 16 : 11, `fill="#f2c230" stroke="${INK}" stroke-width="2"`)
				: '';
			return shape + circle + mark;
		})
		.join('');
	return (
		`<rect width="560" height="${HEIGHT}" fill="${MAP_COLOURS.sea}"/>` +
		`<g transform="translate(20 0)"><path d="${map.land}" fill="${MAP_COLOURS.land}"/>` +
		`<path d="${map.countyBorders}" fill="none" stroke="${MAP_COLOURS.countyBorder}" stroke-width="1"/>` +
		nominees +
		`</g>`
	);
}

function text(x: number, y: number, size: number, content: string, extra = ''): string {
	return `<text x="${x}" y="${y}" font-size="${size}" ${extra}>${escapeXml(content)}</text>`;
}

const widths = new Map<string, number>();

/** Width in pixels of `content` at 100 px, in the font the images are drawn in. */
function widthAt100(content: string, bold: boolean): number {
	const key = `${bold ? 'b' : 'n'}${content}`;
	let width = widths.get(key);
	if (width === undefined) {
		const svg =
			`<svg xmlns="http://www.w3.org/2000/svg" width="8000" height="200" font-family="${FONT_FAMILY}">` +
			text(0, 150, 100, content, bold ? 'font-weight="bold"' : '') +
			`</svg>`;
		const box = new Resvg(svg, { font: FONT }).getBBox();
		width = box ? box.x + box.width : 0;
		widths.set(key, width);
	}
	return width;
}

/** Width in pixels of `content` at `size` px: what the image will take. */
export function textWidth(content: string, size: number, bold = true): number {
	return (widthAt100(content, bold) * size) / 100;
}

export interface FittedText {
	lines: string[];
	/** Font size in px. */
	size: number;
}

/**
 * The largest size, up to `maxSize`, at which `content` fits `maxWidth` on one line; where that
 * would be below `minSize`, the best split over two lines (at a space or after a hyphen) if that
 * is larger. A single word too long even at `minSize` shrinks further, so nothing is ever cut.
 * `fitText('Vestre Toten', 540, 88, 56)` → one line at 76 px.
 */
export function fitText(content: string, maxWidth: number, maxSize: number, minSize: number, bold = true): FittedText {
	const sizeFor = (lines: string[]) => Math.min(maxSize, Math.floor((maxWidth * 100) / Math.max(...lines.map((l) => widthAt100(l, bold)))));
	const single = { lines: [content], size: sizeFor([content]) };
	if (single.size >= minSize) return single;
	let best = single;
	for (let i = 1; i < content.length; i++) {
		let lines: string[] | null = null;
		if (content[i] === ' ') lines = [content.slice(0, i).trimEnd(), content.slice(i + 1).trimStart()];
		else if (content[i - 1] === '-' && content[i] !== ' ') lines = [content.slice(0, i), content.slice(i)];
		if (!lines || lines.some((line) => line === '' || line === '–')) continue;
		const split = { lines, size: sizeFor(lines) };
		if (split.size > best.size) best = split;
	}
	return best;
}

function document(svgBody: string): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" ` +
		`font-family="${FONT_FAMILY}" fill="${INK}">` +
		`<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>${svgBody}</svg>`
	);
}

/** A share image's SVG as a PNG. */
export function toPng(svg: string): Buffer {
	return new Resvg(svg, { font: FONT }).render().asPng();
}

/** The site's name and the map attribution, at the foot of the text column. */
const footer =
	text(TEXT_X, 566, 20, 'Vertskommunekartet', `fill="${MUTED}" font-weight="bold"`) + text(TEXT_X, 596, 20, ATTRIBUTION, `fill="${MUTED}"`);

/** The winner's badge: a star and "Vinner 2. mars 2021", outlined, with its top at `y`. */
function winnerBadge(y: number, label: string): string {
	const size = 26;
	const width = 56 + textWidth(label, size);
	return (
		`<rect x="${TEXT_X}" y="${y}" width="${width.toFixed(0)}" height="44" rx="22" fill="#fff7d6" stroke="${INK}" stroke-width="2"/>` +
		star(TEXT_X + 26, y + 23, 13, `fill="#f2c230" stroke="${INK}" stroke-width="1.5"`) +
		text(TEXT_X + 46, y + 31, size, label, 'font-weight="bold"')
	);
}

/** The image for one nominee's page, as SVG. */
export function nomineeShareSvg(nominee: Nominee): string {
	const name = fitText(nominee.navn, TEXT_WIDTH, 88, 56);
	const lineHeight = Math.round(name.size * 1.1);
	let y = 200;
	const nameLines = name.lines
		.map((line) => {
			y += lineHeight;
			return text(TEXT_X, y - Math.round(name.size * 0.2), name.size, line, 'font-weight="bold"');
		})
		.join('');
	y += 45;
	const county = text(TEXT_X, y, 30, nominee.fylke2021);
	y += 55;
	const classLabel = `Kommuner ${KATEGORI_LABEL[nominee.kategori]}`;
	const classText = fitText(classLabel, TEXT_WIDTH - 42, 28, 28, false);
	const kategori =
		`<rect x="${TEXT_X}" y="${y - 24}" width="28" height="28" rx="3" fill="${kategoriColour(nominee.kategori)}" stroke="${INK}"/>` +
		text(TEXT_X + 42, y, classText.size, classLabel);
	y += 30;
	return document(
		mapSvg([nominee], true) +
			text(TEXT_X, 96, 26, nominee.vinner ? 'Vinner av' : 'Nominert til', `fill="${MUTED}"`) +
			text(TEXT_X, 136, 30, 'Årets vertskommune for', 'font-weight="bold"') +
			text(TEXT_X, 174, 30, `næringsutvikling ${AWARD.year}`, 'font-weight="bold"') +
			nameLines +
			county +
			kategori +
			(nominee.vinner ? winnerBadge(y, `Vinner ${announced}`) : '') +
			footer
	);
}

/** The image for the overview and the other kommuner, as SVG: all six nominees, the winners marked. */
export function overviewShareSvg(): string {
	const winners = NOMINEES.filter((n) => n.vinner).map((n) => n.navn);
	const rows = NOMINEES.map((n, i) => {
		const y = 262 + i * 46;
		const width = textWidth(n.navn, 30);
		return (
			`<rect x="${TEXT_X}" y="${y - 24}" width="26" height="26" rx="3" fill="${kategoriColour(n.kategori)}" stroke="${INK}"/>` +
			text(TEXT_X + 40, y, 30, n.navn, 'font-weight="bold"') +
			(n.vinner
				? star(TEXT_X + 40 + width + 24, y - 11, 13, `fill="#f2c230" stroke="${INK}" stroke-width="1.5"`) +
					text(TEXT_X + 40 + width + 44, y, 24, 'Vinner', 'font-weight="bold"')
				: '')
		);
	}).join('');
	return document(
		mapSvg(NOMINEES) +
			text(TEXT_X, 96, 30, 'Årets vertskommune for', 'font-weight="bold"') +
			text(TEXT_X, 134, 30, `næringsutvikling ${AWARD.year}`, 'font-weight="bold"') +
			text(TEXT_X, 180, 26, `${listNames(winners)} vant ${announced}`, `fill="${INK}"`) +
			text(TEXT_X, 214, 22, 'De seks nominerte', `fill="${MUTED}"`) +
			rows +
			footer
	);
}

/** The image for one nominee's page. */
export function nomineeShareImage(nominee: Nominee): Buffer {
	return toPng(nomineeShareSvg(nominee));
}

/** The image for the overview and the other kommuner. */
export function overviewShareImage(): Buffer {
	return toPng(overviewShareSvg());
}
