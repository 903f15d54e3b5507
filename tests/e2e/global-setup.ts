import type { TestProject } from 'vitest/node';
import { startStaticServer } from './serve';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

/** One static server over build/ for all end-to-end test files. */
export default async function setup(project: TestProject) {
	const server = await startStaticServer('build');
	project.provide('baseURL', server.url);
	return () => server.close();
}
