/**
 * The six nominees for «Årets vertskommune for næringsutvikling» 2021 and the award facts,
 * taken word for word from KS's press release (shared/content/ks-nho-vertskommune-2021-nominerte.txt).
 * nominees.test.ts proves every text here appears verbatim in that file. Who won comes from the
 * award's history (shared/content/kaaringen-2019-2025.json, through the generated module).
 */
import { AWARD_EDITIONS } from '../generated/award-history';
import { AWARD_YEAR } from './award-year';

export type Kategori = 'under' | 'over';

export const KATEGORIER: readonly Kategori[] = ['under', 'over'];

/** The class in words, as the release names it: "under 15 000 innbyggere". */
export const KATEGORI_LABEL: Readonly<Record<Kategori, string>> = {
	under: 'under 15\u00a0000 innbyggere',
	over: 'over 15\u00a0000 innbyggere'
};

export interface Nominee {
	/** Kommunenummer in the 2020–2023 structure, as in the boundary data. */
	nummer: string;
	navn: string;
	/** URL slug of the kommune's page, as geography.ts derives it (a unit test checks). */
	slug: string;
	/** County when nominated (2021). */
	fylke2021: string;
	kategori: Kategori;
	/** The jury's justification, one string per paragraph, word for word. */
	begrunnelse: readonly string[];
	/** Whether it won its class on 2 March 2021, as the award's history states. */
	vinner: boolean;
}

export { AWARD_YEAR };

const nominations2021 = AWARD_EDITIONS.find((edition) => edition.year === AWARD_YEAR)?.nominerte ?? [];

/** Whether the history names the kommune (by its 2020–2023 number) a winner in 2021. */
const wonIn2021 = (nummer: string) => nominations2021.some((n) => n.kommune.nummer === nummer && n.vinner === true);

const RELEASE_NOMINEES: readonly Omit<Nominee, 'vinner'>[] = [
	{
		nummer: '5443',
		slug: 'batsfjord',
		navn: 'Båtsfjord',
		fylke2021: 'Troms og Finnmark',
		kategori: 'under',
		begrunnelse: [
			'Båtsfjord har de senere årene klart å etablere stabilitet i folketall i en periode hvor distriktene jevnt over opplever befolkningsnedgang. En av årsakene til denne demografiske "kjerringa mot strømmen"-utviklingen må kunne tilskrives at Båtsfjord kommune over tid har samarbeidet tett og konstruktivt med næringslivet, blant annet med vekt på å utarbeide kommuneplaner for næringsutvikling.',
			'Båtsfjord kommune var tidlig ute og definerte deler av næringslivet som en klynge. Arena Fish 365 ble etablert som prosjekt i 2016, og ved inngangen til 2021 er Arena Fish sammen med Arena Torsk en klynge på Arena Pro nivå. Det er sterkt av en liten kommune i havgapet, og dokumentasjon på at systematisk samarbeid og utnyttelse av lokale fortrinn over tid gir resultater.'
		]
	},
	{
		nummer: '3443',
		slug: 'vestre-toten',
		navn: 'Vestre Toten',
		fylke2021: 'Innlandet',
		kategori: 'under',
		begrunnelse: [
			'Industrien og Vestre Toten kommune har samhandlet tett gjennom 125 år. Fra å ha én statseid bedrift i kommunen samhandler kommunen i dag med 5-10 store og mellomstore bedrifter. Kommunen legger vekt på å være en forutsigbar tilrettelegger innen plan- og byggesaksbehandling, eksempelvis gjennom tidlig dialog med næringslivet. Videre har kommunen påtatt seg en aktiv tilretteleggerrolle overfor næringslivet gjennom gjensidig forpliktende samarbeidsavtaler.',
			'Innlandets største klynge av eksportbedrifter er etablert i kommunen, og Vestre Totens arbeid for å være en god vertskommune må kunne tilskrives en del av æren for at industrien på Raufoss har bedrifter som vel så gjerne kunne vært etablert andre steder i verden.',
			'Vestre Toten er sammen med tre andre kommuner aktive for å utvikle næringslivet i Gjøvikregionen og det er utarbeidet et eget næringsutviklingsprogram.'
		]
	},
	{
		nummer: '1539',
		slug: 'rauma',
		navn: 'Rauma',
		fylke2021: 'Møre og Romsdal',
		kategori: 'under',
		begrunnelse: [
			'Rauma kommune har over tid, gjennom bruk av faste felles møteplasser, samarbeidet tett med næringslivet om god nærings- og samfunnsutvikling. Dette samarbeidet har ført til etablering av ulike selskaper, aktiviteter og tettstedutvikling. Eksempler er Nordveggen AS, Romsdalen AS og Utrøna innovasjonssenter.',
			'Kommunen kan vise til solid vekst i antall arbeidsplasser i næringslivet de siste årene. Næringslivet er variert, samtidig som kommunen har stått i spissen for en tydelig og målrettet reiselivsutvikling. Gjennom godt samarbeid har kommunen og næringslivet utviklet en helhetlig satsing som preger hele kommunen. Kommunen og næringsliv har klart å utnytte særegne geografiske egenskaper, og samtidig lagt vekt på utvikling av en helhetlig og god bo- og arbeidsmarkedsregion. Et av virkemidlene som er tatt i bruk er samordnet utlysning av ledige stillinger i både kommunen og næringslivet.'
		]
	},
	{
		nummer: '4602',
		slug: 'kinn',
		navn: 'Kinn',
		fylke2021: 'Vestland',
		kategori: 'over',
		begrunnelse: [
			'Kinn kommune ble etablert 01.01.20 som resultat av sammenslåing av kommunene Flora og Vågsøy. Kinn kommune er delt i to geografisk, men arbeider aktivt for at digitale verktøy og annen infrastruktur skal binde sammen den nye kommunen. Kinn har klart å bruke kommunesammenslåingen til å satse på samfunnsutvikling på lag med næringslivet, med\u00a0vekt på infrastruktur, sentrumsutvikling og privat/offentlig samarbeid som sentrale nøkler.',
			'Kinn kommune har det første året\u00a0lagt vekt på at den nye kommunen gjennom plan- og byggesaksbehandling skal framstå samlet og attraktiv overfor næringslivet. Konkret er det etablert felles møte- og dialogplasser for at alle deler av næringslivet i den nye kommunen skal oppleve seg sett og som en del av fellesskapet.'
		]
	},
	{
		nummer: '3006',
		slug: 'kongsberg',
		navn: 'Kongsberg',
		fylke2021: 'Viken',
		kategori: 'over',
		begrunnelse: [
			'Kongsberg kommune har sammen med næringslivet gjennom mange år med systematisk arbeid utviklet et betydelig teknologi- og industrimiljø, der også akademia inngår som en sentral medspiller.',
			'Til tross for et etablert samarbeid mellom kommune og næringsliv, viser Kongsberg kommune et stadig ønske om videre utvikling, og i 2019 ble det vedtatt en ny næringsstrategi frem mot 2030 og som blant annet vektlegger samarbeid mellom kommune, utdanning og næringsliv. Næringsstrategien viser seg konkret gjennom piloter, eksempelvis «Industri 4.0».',
			'Kommunen utnytter virkemiddelapparatet aktivt og bistår andre til å komme i posisjon til det samme. Her kan nevnes TechnipFMC som har mottatt 28 millioner i støtte fra Innovasjon Norge.',
			'Kongsberg har etablert felles møteplasser med næringslivet hvor planer og strategier kan formes i fellesskap.'
		]
	},
	{
		nummer: '4203',
		slug: 'arendal',
		navn: 'Arendal',
		fylke2021: 'Agder',
		kategori: 'over',
		begrunnelse: [
			'Arendal vektlegger næringslivsdialogen der politikere og administrasjon har regelmessige samtaler med næringslivsledere for å oppnå gjensidig forståelse og utvikle felles initiativ. Kommunen har utviklet en offensiv næringsplan der blant annet systematisk kunnskapsinnhenting blant kommunens bedrifter om hvordan næringslivet oppfatter kommunen som tilrettelegger for næringslivet legges til grunn.',
			'Ved siden av betydelige investeringer i næringsarealer, tar kommunen en rekke institusjonelle initiativ som fokuserer på læring og erfaringsutveksling som en driver i næringsutviklingen. Sørlandet Kunnskapshavn, Eureka kompetanse, Vitensenteret Sørlandet, Gründeruka Agder, internasjonal skole, SMB-forum og TEDxArendal er alle eksempler på hvordan en kommune kan understøtte et kompetansebasert næringsliv.',
			'Kommunen har tatt en tydelig rolle som regional utviklingsmotor og jobber bevisst med utvikling av en vekstkultur. At arbeidet gir frukter vises nå sist ved at Morrow Batteries valgte Arendal og Eyde Industripark som sted for etablering av sin nye batterifabrikk på Sørlandet.'
		]
	}
];

export const NOMINEES: readonly Nominee[] = RELEASE_NOMINEES.map((nominee) => ({ ...nominee, vinner: wonIn2021(nominee.nummer) }));

/** Facts about the award for the introduction, each sentence as the release words it. */
export const AWARD = {
	title: 'Årets vertskommune for næringsutvikling',
	proposals: 26,
	winnersAnnounced: '2. mars 2021',
	source: 'KS og NHO',
	/** Paragraphs of the introduction: what the prize is for, who nominates, when the winners are named. */
	introduction: [
		'NHO og KS har nominert til sammen seks kommuner i to kategorier i kåringen av årets vertskommune for næringsutvikling.',
		'Kåringen er et samarbeide mellom KS og NHO. Prisen deles ut til kommunen på bakgrunn av enkelttiltak på et konkret område eller et godt helhetlig arbeid med bærekraftig næringsutvikling sammen med aktørene i næringslivet.',
		'Kommunene har selv sendt inn kandidater til årets vertskapskommune. KS og NHO mottok 26 forslag fra hele landet.',
		'Juryen, bestående av representanter fra NHO og KS, har nominert tre finalister i hver kategori. På Kommunalpolitisk toppmøte 2. mars 2021 kåres vinnerne.'
	]
} as const;

const byNummer = new Map(NOMINEES.map((nominee) => [nominee.nummer, nominee]));

/** The nominee with this 2020–2023 kommunenummer, or undefined for the other 350 kommuner. */
export function nomineeByNummer(nummer: string): Nominee | undefined {
	return byNummer.get(nummer);
}

/** Nominees of one class, or all six when `kategori` is null, in the release's order. */
export function nomineesIn(kategori: Kategori | null): Nominee[] {
	return NOMINEES.filter((nominee) => kategori === null || nominee.kategori === kategori);
}

/**
 * Previous and next nominee among those the filter shows, wrapping around. From a nominee the
 * filter hides, the steps lead into the shown ones.
 */
export function stepsFrom(nummer: string, kategori: Kategori | null): { previous: Nominee; next: Nominee } | null {
	const shown = nomineesIn(kategori);
	if (shown.length < 2) return null;
	const at = shown.findIndex((nominee) => nominee.nummer === nummer);
	if (at === -1) return { previous: shown[shown.length - 1], next: shown[0] };
	return { previous: shown[(at - 1 + shown.length) % shown.length], next: shown[(at + 1) % shown.length] };
}
