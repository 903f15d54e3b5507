/** Another site's page, for the embed tests; the `otherSite` fixture (fixtures.ts) serves it from an origin of its own. */

/** An article page with `body` between two paragraphs, in a column as wide as a newspaper's. */
export function article(body: string): string {
	return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>En artikkel</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0 auto;max-width:720px;padding:0 0 40px;font-family:serif}</style></head>
<body><h1>En artikkel om kommunen</h1><p>Tekst før kartet.</p>
${body}
<p id="after">Tekst etter kartet.</p></body></html>`;
}
