/**
 * Which kommuner the map marks (colours, and gives a marker while small): the nominees the filter
 * shows, and the selected kommune if it is a nominee, whatever the filter.
 */
import { nomineeByNummer, nomineesIn, type Kategori } from './nominees';

export interface Mark {
	kategori: Kategori;
	vinner: boolean;
}

export function mapMarks(kategori: Kategori | null, selected: string | null): Map<string, Mark> {
	const shown = nomineesIn(kategori);
	const selectedNominee = selected ? nomineeByNummer(selected) : undefined;
	if (selectedNominee && !shown.includes(selectedNominee)) shown.push(selectedNominee);
	return new Map(shown.map((n) => [n.nummer, { kategori: n.kategori, vinner: Boolean((n as { vinner?: boolean }).vinner) }]));
}
