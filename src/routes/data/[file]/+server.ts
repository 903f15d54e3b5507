import { error } from '@sveltejs/kit';
import { DATA_FILES, dataFileBody } from '$lib/award/open-data';
import type { EntryGenerator, RequestHandler } from './$types';

// Written at build time: /data/nominerte-2021.csv and the others src/lib/award/open-data.ts lists.
export const prerender = true;

export const entries: EntryGenerator = () => DATA_FILES.map((file) => ({ file: file.name }));

export const GET: RequestHandler = ({ params }) => {
	const file = DATA_FILES.find((each) => each.name === params.file);
	const body = file && dataFileBody(file.name);
	if (!file || body === undefined) error(404, 'Ingen slik fil.');
	return new Response(body, { headers: { 'Content-Type': `${file.type}; charset=utf-8` } });
};
