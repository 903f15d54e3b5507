/**
 * What the map shows, in one sentence for the polite live region: the selected kommune (a nominee
 * and its class, or not nominated) and the class filter.
 */
import { KATEGORI_LABEL, nomineeByNummer, type Kategori } from './nominees';
import type { KommuneRecord } from './kommune-record';

export function describeView(selected: Pick<KommuneRecord, 'nummer' | 'navn'> | null, kategori: Kategori | null): string {
	const filter = kategori ? `Viser nominerte ${KATEGORI_LABEL[kategori]}.` : 'Viser alle seks nominerte.';
	if (!selected) return filter;
	const nominee = nomineeByNummer(selected.nummer);
	return nominee
		? `${selected.navn} er valgt: nominert, ${KATEGORI_LABEL[nominee.kategori]}. ${filter}`
		: `${selected.navn} er valgt: ikke nominert. ${filter}`;
}
