/**
 * Share images (1200 × 630 PNG) made at build time: Norway with the kommune highlighted, its name
 * and class. Drawn as SVG from the boundary data and rendered with resvg.
 */
import { Resvg } from '@resvg/resvg-js';
import topologyText from '$lib/generated/kommuner.topo.json?raw';
import type { BoundaryTopology } from '../boundaries';
import { kategoriColour, MAP_COLOURS } from '../kategori-colours';
import { kommuneOf } from '../geography';
import { AWARD, NOMINEES, KATEGORI_LABEL, type Nominee } from '../nominees';
import { escapeXml, svgMap } from '../svg-map';

const WIDTH = 1200;
const HEIGHT = 630;
const topology = JSON.parse(topologyText) as BoundaryTopology;
const map = svgMap(topology, 520, HEIGHT, 24);

/** Nominees in their class colour; with `ring`, a circle draws the eye to a small kommune. */
function mapSvg(highlighted: readonly Nominee[], ring = false): string {
	const nominees = highlighted
		.map((n) => {
			const shape = `<path d="${map.kommune(n.nummer)}" fill="${kategoriColour(n.kategori)}" stroke="#1d1a16" stroke-width="0.75"/>`;
			if (!ring) return shape;
			const [x, y] = map.point(kommuneOf(n).labelPoint);
			return shape + `<circle cx="${x}" cy="${y}" r="22" fill="none" stroke="#1d1a16" stroke-width="3"/>`;
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

function render(svgBody: string): Buffer {
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" ` +
		`font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" fill="#1d1a16">` +
		`<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>${svgBody}</svg>`;
	return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
}

const footer = text(620, 590, 22, 'Vertskommunekartet · Kartgrunnlag © Kartverket', 'fill="#5a544b"');

/** The image for one nominee's page. */
export function nomineeShareImage(nominee: Nominee): Buffer {
	return render(
		mapSvg([nominee], true) +
			text(620, 100, 26, 'Nominert til', 'fill="#5a544b"') +
			text(620, 140, 30, 'Årets vertskommune for', 'font-weight="bold"') +
			text(620, 178, 30, `næringsutvikling ${AWARD.year}`, 'font-weight="bold"') +
			text(620, 290, 88, nominee.navn, 'font-weight="bold"') +
			text(620, 345, 30, nominee.fylke2021) +
			`<rect x="620" y="395" width="28" height="28" rx="3" fill="${kategoriColour(nominee.kategori)}" stroke="#1d1a16"/>` +
			text(662, 419, 28, `Kommuner ${KATEGORI_LABEL[nominee.kategori]}`) +
			footer
	);
}

/** The image for the overview and the other kommuner: all six nominees. */
export function overviewShareImage(): Buffer {
	const rows = NOMINEES.map((n, i) => {
		const y = 245 + i * 50;
		return (
			`<rect x="620" y="${y - 24}" width="26" height="26" rx="3" fill="${kategoriColour(n.kategori)}" stroke="#1d1a16"/>` +
			text(660, y, 30, `${n.navn}`, 'font-weight="bold"') +
			text(900, y, 24, n.fylke2021, 'fill="#5a544b"')
		);
	}).join('');
	return render(
		mapSvg(NOMINEES) +
			text(620, 100, 30, 'Årets vertskommune for', 'font-weight="bold"') +
			text(620, 138, 30, `næringsutvikling ${AWARD.year}`, 'font-weight="bold"') +
			text(620, 180, 26, 'De seks nominerte', 'fill="#5a544b"') +
			rows +
			footer
	);
}
