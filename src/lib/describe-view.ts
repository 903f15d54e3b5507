/** What a screen reader hears when the view changes: the selection and the filter, in Norwegian. */
import { nomineeByNummer, KATEGORI_LABEL, type Kategori } from './nominees';

export function describeView(selected: { nummer: string; navn: string } | null, kategori: Kategori | null): string {
	const filter = kategori ? `Viser nominerte ${KATEGORI_LABEL[kategori]}.` : 'Viser alle seks nominerte.';
	if (!selected) return filter;
	const nominee = nomineeByNummer(selected.nummer);
	return nominee
		? `${selected.navn} er valgt: nominert, ${KATEGORI_LABEL[nominee.kategori]}. ${filter}`
		: `${selected.navn} er valgt: ikke nominert. ${filter}`;
}
