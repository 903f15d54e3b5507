/**
 * What the map shows, in one sentence for the polite live region: the selected kommune (nominated
 * or a winner that year, and its class, or not nominated), the year and the class filter.
 */
import { yearMarks, type YearFilter } from './award-history';
import { KATEGORI_LABEL, type Kategori } from './nominees';
import type { KommuneRecord } from './kommune-record';
import type { ViewParams } from './url-state';

function shown(år: YearFilter, kategori: Kategori | null): string {
	const klasse = kategori ? ` ${KATEGORI_LABEL[kategori]}` : '';
	if (år === 2021) return kategori ? `Viser nominerte${klasse}.` : 'Viser alle seks nominerte.';
	if (år === 'alle') return `Viser alle nominerte 2019–2025${kategori ? `,${klasse}` : ''}.`;
	return `Viser de nominerte i ${år}${kategori ? `,${klasse}` : ''}.`;
}

export function describeView(selected: Pick<KommuneRecord, 'nummer' | 'navn'> | null, { kategori, år }: ViewParams): string {
	const filter = shown(år, kategori);
	if (!selected) return filter;
	const mark = yearMarks(år).find((each) => each.nummer === selected.nummer);
	if (!mark) return `${selected.navn} er valgt: ikke nominert${år === 'alle' ? '' : ` i ${år}`}. ${filter}`;
	const status =
		år === 'alle' ? `nominert ${mark.years.join(' og ')}${mark.vinner ? ', vinner' : ''}` : mark.vinner ? 'vinner' : 'nominert';
	const klasse = mark.kategori ? `, ${KATEGORI_LABEL[mark.kategori]}` : '';
	return `${selected.navn} er valgt: ${status}${klasse}. ${filter}`;
}
