/**
 * What the map shows, in one sentence for the polite live region: the selected kommune (nominated
 * or a winner that year, and its class, or not nominated), the edition and the class filter.
 */
import { yearMarks } from '../award/award-history';
import { KATEGORI_LABEL } from '../award/nominees';
import type { KommuneRecord } from '../kommuner/kommune-record';
import type { Filter } from '../url/paths';
import { HISTORY_RANGE } from '../pages/page-text';

function shown({ år, kategori }: Filter): string {
	const klasse = kategori ? `, ${KATEGORI_LABEL[kategori]}` : '';
	return år === 'alle' ? `Viser alle nominerte ${HISTORY_RANGE}${klasse}.` : `Viser de nominerte i ${år}${klasse}.`;
}

export function describeMap(selected: Pick<KommuneRecord, 'nummer' | 'navn'> | null, filter: Filter): string {
	const { år } = filter;
	if (!selected) return shown(filter);
	const mark = yearMarks(år).find((each) => each.nummer === selected.nummer);
	if (!mark) return `${selected.navn} er valgt: ikke nominert${år === 'alle' ? '' : ` i ${år}`}. ${shown(filter)}`;
	const as = mark.navn === selected.navn ? '' : ` som ${mark.navn}`;
	const status =
		år === 'alle'
			? `nominert ${mark.years.join(' og ')}${as}${mark.vinner ? ', vinner' : ''}`
			: `${mark.vinner ? 'vinner' : 'nominert'}${as}`;
	const klasse = mark.kategori ? `, ${KATEGORI_LABEL[mark.kategori]}` : '';
	return `${selected.navn} er valgt: ${status}${klasse}. ${shown(filter)}`;
}
