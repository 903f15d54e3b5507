/**
 * The code other sites paste to embed the map, and the oEmbed answer that gives CMSs the same code.
 *
 * The snippet is an iframe in a wrapper with a fixed aspect ratio (3:2, at least 480 px tall),
 * which is all a page without scripts gets, and a few lines of script that let the embed set its
 * own height: the embed page posts `{ type: 'vertskommunekartet:height', height }` to its parent
 * (src/lib/embed/embed-height.ts) whenever its content's height changes, and the script sets the
 * wrapper to that height. Only messages from the site's origin and from the snippet's own iframe
 * count.
 */

/** The `type` of the message an embed posts to its parent with its height in CSS pixels. */
export const HEIGHT_MESSAGE = 'vertskommunekartet:height';

/** An embed's message to its parent: `{ type: 'vertskommunekartet:height', height: 612 }`. */
export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	/** The height of the embed's content in CSS pixels, rounded up. */
	height: number;
}

/** The size the snippet starts at and oEmbed announces; 3:2, the wide embed's own proportion. */
export const EMBED_SIZE = { width: 720, height: 480 } as const;

/** Marks the snippet's iframes, so its script finds them. */
const FRAME_ATTRIBUTE = 'data-vertskommunekartet';

const escapeAttribute = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface EmbedTarget {
	/** Absolute URL of the embed page, e.g. "https://vertskommunekartet.no/embed/kommune/rauma?år=2019". */
	src: string;
	/** What the map shows, for the iframe's title (screen readers announce it). */
	title: string;
}

/**
 * The iframe code for a page that has no script: the wrapper keeps the embed at 3:2.
 *
 *   embedFrame({ src: 'https://vertskommunekartet.no/embed', title: 'Kart' })
 *   // '<div class="vertskommunekartet" style="…aspect-ratio:3/2…"><iframe src="…" …></iframe></div>'
 */
export function embedFrame({ src, title }: EmbedTarget): string {
	const url = new URL(src).href;
	return (
		`<div class="vertskommunekartet" style="position:relative;width:100%;aspect-ratio:3/2;min-height:${EMBED_SIZE.height}px">` +
		`<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" ` +
		`loading="lazy" allow="fullscreen" ${FRAME_ATTRIBUTE} ` +
		`style="position:absolute;inset:0;width:100%;height:100%;border:0"></iframe></div>`
	);
}

/** The script that lets the embed set the wrapper's height; harmless if several snippets bring it. */
export function heightScript(siteOrigin: string): string {
	const origin = JSON.stringify(new URL(siteOrigin).origin);
	return (
		`<script>addEventListener("message",function(e){var d=e.data;` +
		`if(e.origin!==${origin}||!d||d.type!==${JSON.stringify(HEIGHT_MESSAGE)}||typeof d.height!=="number"||!(d.height>0))return;` +
		`document.querySelectorAll("iframe[${FRAME_ATTRIBUTE}]").forEach(function(f){if(f.contentWindow!==e.source)return;` +
		`var s=f.parentNode.style;s.aspectRatio="auto";s.minHeight="0";s.height=Math.ceil(d.height)+"px"})});</script>`
	);
}

/** The whole snippet: the iframe in its wrapper, then the height script. */
export function embedCode(target: EmbedTarget): string {
	return `${embedFrame(target)}\n${heightScript(target.src)}`;
}

/** An oEmbed 1.0 answer of type "rich" (https://oembed.com, section 2.3.4). */
export interface OEmbedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

export interface OEmbedPage extends EmbedTarget {
	/** The site's name and its absolute address. */
	providerName: string;
	providerUrl: string;
	/** Absolute URL of the page's share image (1200 × 630). */
	thumbnail: string;
}

export function oembed({ src, title, providerName, providerUrl, thumbnail }: OEmbedPage): OEmbedRich {
	return {
		type: 'rich',
		version: '1.0',
		title,
		provider_name: providerName,
		provider_url: providerUrl,
		html: embedCode({ src, title }),
		width: EMBED_SIZE.width,
		height: EMBED_SIZE.height,
		thumbnail_url: thumbnail,
		thumbnail_width: 1200,
		thumbnail_height: 630
	};
}
