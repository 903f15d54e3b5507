/**
 * Share images (1200 × 630 PNG) made at build time: for each overview state, Norway with its
 * nominees, the result and the list; for each kommune ever nominated, Norway with the kommune
 * highlighted, its latest nomination, class and the winner's mark. Drawn as SVG from the boundary
 * data and rendered with resvg. Names are measured in the font the image is drawn in and shrunk or
 * wrapped to fit.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import topologyText from '$lib/generated/kommuner.topo.json?raw';
import type { BoundaryTopology } from '../kommuner/boundaries';
import { kategoriColour, MAP_COLOURS } from '../map/kategori-colours';
import { kommuneByNummer } from '../kommuner/geography';
import { KATEGORI_LABEL, type Kategori } from '../award/nominees';
import {
	AWARD_EDITIONS,
	editionOf,
	everNominated,
	formatDate,
	historyOf,
	listNames,
	resultSentence,
	winnersOf
} from '../award/award-history';
import { awardName, classHeading, HISTORY_RANGE, overviewHeading } from '../pages/page-text';
import type { Filter } from '../url/paths';
import { escapeXml, svgMap } from '../map/svg-map';

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

/** A kommune drawn on an image: where, in which class colour, and whether it won. */
interface Highlight {
	nummer: string;
	kategori: Kategori;
	vinner: boolean | null;
}

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
function mapSvg(highlighted: readonly Highlight[], ring = false): string {
	const nominees = highlighted
		.map((n) => {
			const shape = `<path d="${map.kommune(n.nummer)}" fill="${kategoriColour(n.kategori)}" stroke="${INK}" stroke-width="0.75"/>`;
			const [x, y] = map.point(kommuneByNummer(n.nummer)!.labelPoint);
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

/** A class's swatch and name at `y`. */
function classLine(y: number, kategori: Kategori): string {
	const label = `Kommuner ${KATEGORI_LABEL[kategori]}`;
	const fitted = fitText(label, TEXT_WIDTH - 42, 28, 20, false);
	return (
		`<rect x="${TEXT_X}" y="${y - 24}" width="28" height="28" rx="3" fill="${kategoriColour(kategori)}" stroke="${INK}"/>` +
		text(TEXT_X + 42, y, fitted.size, label)
	);
}

/**
 * The image for a kommune ever nominated, as SVG: its latest nomination ("Vinner av Årets
 * vertskommune 2023"), its name, county and class that year, the winner's badge, and its earlier
 * nominations. Undefined for a kommune never nominated.
 */
export function kommuneShareSvg(nummer: string): string | undefined {
	const history = historyOf(nummer);
	const latest = history.at(-1);
	if (!latest) return undefined;
	const { nomination, edition } = latest;
	const name = fitText(nomination.navn, TEXT_WIDTH, 88, 56);
	const lineHeight = Math.round(name.size * 1.1);
	let y = 200;
	const nameLines = name.lines
		.map((line) => {
			y += lineHeight;
			return text(TEXT_X, y - Math.round(name.size * 0.2), name.size, line, 'font-weight="bold"');
		})
		.join('');
	y += 45;
	const county = text(TEXT_X, y, 30, nomination.fylke);
	y += 55;
	const kategori = classLine(y, nomination.kategori);
	y += 30;
	const badge = nomination.vinner ? winnerBadge(y, `Vinner ${edition.kunngjort ? formatDate(edition.kunngjort) : latest.year}`) : '';
	const earlier = history.slice(0, -1).map((entry) => `${entry.year}${entry.nomination.vinner ? ' (vinner)' : ''}`);
	const also = earlier.length ? text(TEXT_X, y + (badge ? 84 : 30), 24, `Også nominert ${listNames(earlier)}`, `fill="${MUTED}"`) : '';
	const [first, second] = splitAwardName(awardName(latest.year));
	return document(
		mapSvg([{ nummer, kategori: nomination.kategori, vinner: nomination.vinner }], true) +
			text(TEXT_X, 96, 26, nomination.vinner ? 'Vinner av' : 'Nominert til', `fill="${MUTED}"`) +
			text(TEXT_X, 136, 30, first, 'font-weight="bold"') +
			text(TEXT_X, 174, 30, second, 'font-weight="bold"') +
			nameLines +
			county +
			kategori +
			badge +
			also +
			footer
	);
}

/** The award's name over two lines: "Årets vertskommune for" / "næringsutvikling 2021", "Årets vertskommune" / "2023". */
function splitAwardName(name: string): [string, string] {
	const at = name.lastIndexOf(' for ');
	if (at !== -1) return [name.slice(0, at + 4), name.slice(at + 5)];
	const year = name.lastIndexOf(' ');
	return [name.slice(0, year), name.slice(year + 1)];
}

/** A row of the list on an overview image: a swatch, a name, and a star with "Vinner" for a winner. */
function row(y: number, kategori: Kategori, name: string, vinner: boolean | null, size = 30): string {
	const width = textWidth(name, size);
	return (
		`<rect x="${TEXT_X}" y="${y - 24}" width="26" height="26" rx="3" fill="${kategoriColour(kategori)}" stroke="${INK}"/>` +
		text(TEXT_X + 40, y, size, name, 'font-weight="bold"') +
		(vinner
			? star(TEXT_X + 40 + width + 24, y - 11, 13, `fill="#f2c230" stroke="${INK}" stroke-width="1.5"`) +
				text(TEXT_X + 40 + width + 44, y, 24, 'Vinner', 'font-weight="bold"')
			: '')
	);
}

/**
 * The image for an overview state, as SVG: its nominees on the map, the edition's name and class,
 * the result, and the list (every edition's winners, for all years).
 */
export function overviewShareSvg(filter: Filter): string {
	const klasse = classHeading(filter);
	const heading =
		filter.år === 'alle' ? [overviewHeading(filter), klasse ?? 'Alle nominerte og vinnere'] : splitAwardName(awardName(filter.år));
	let body: string;
	let highlighted: Highlight[];
	if (filter.år === 'alle') {
		const all = everNominated(filter.kategori);
		highlighted = all.map(({ mark, history }) => ({
			nummer: mark.nummer,
			kategori: history.at(-1)!.nomination.kategori,
			vinner: mark.vinner
		}));
		body =
			text(TEXT_X, 214, 22, `${all.length} kommuner nominert ${HISTORY_RANGE}; vinnerne:`, `fill="${MUTED}"`) +
			AWARD_EDITIONS.map((edition, i) => {
				const winners = winnersOf(edition).filter((n) => !filter.kategori || n.kategori === filter.kategori);
				const line = `${edition.year}: ${winners.length ? listNames(winners.map((n) => n.navn)) : 'ikke kjent'}`;
				return text(TEXT_X, 262 + i * 42, fitText(line, TEXT_WIDTH, 28, 18).size, line, 'font-weight="bold"');
			}).join('');
	} else {
		const edition = editionOf(filter.år)!;
		const shown = edition.nominerte.filter((n) => !filter.kategori || n.kategori === filter.kategori);
		highlighted = shown.map((n) => ({ nummer: n.kommune.nummer, kategori: n.kategori, vinner: n.vinner }));
		body =
			text(TEXT_X, 214, 22, klasse ?? `De ${shown.length === 6 ? 'seks' : shown.length} nominerte`, `fill="${MUTED}"`) +
			shown.map((n, i) => row(262 + i * 46, n.kategori, n.navn, n.vinner)).join('');
	}
	const result = filter.år === 'alle' ? '' : resultSentence(editionOf(filter.år)!, filter.kategori).replace(/\.$/, '');
	return document(
		mapSvg(highlighted) +
			text(TEXT_X, 96, fitText(heading[0], TEXT_WIDTH, 30, 20).size, heading[0], 'font-weight="bold"') +
			text(TEXT_X, 134, fitText(heading[1], TEXT_WIDTH, 30, 20).size, heading[1], 'font-weight="bold"') +
			(result ? text(TEXT_X, 180, fitText(result, TEXT_WIDTH, 26, 18, false).size, result, `fill="${INK}"`) : '') +
			body +
			footer
	);
}

/** The image for an overview state. */
export function overviewShareImage(filter: Filter): Buffer {
	return toPng(overviewShareSvg(filter));
}

/** The image for a kommune ever nominated; undefined for the others. */
export function kommuneShareImage(nummer: string): Buffer | undefined {
	const svg = kommuneShareSvg(nummer);
	return svg === undefined ? undefined : toPng(svg);
}
