/**
 * What went wrong when the browser could not load a page or a part of one, in words for visitors.
 * A failed request without an answer means no connection ("offline"); anything else (an error
 * status, an answer that is not what the app expects, a missing file after a new deploy) means the
 * page could not be loaded ("load").
 */
export type FailureKind = 'offline' | 'load';

export const FAILURE_TEXT: Record<FailureKind, { title: string; text: string }> = {
	offline: {
		title: 'Du ser ut til å være frakoblet',
		text: 'Siden kunne ikke hentes fordi nettleseren ikke får kontakt med nettstedet. Sjekk nettforbindelsen og prøv igjen.'
	},
	load: {
		title: 'Siden kunne ikke lastes',
		text: 'Noe gikk galt da siden skulle hentes. Prøv igjen, eller gå tilbake til kartet.'
	}
};

/**
 * The messages browsers give a fetch() that got no answer at all (Chromium, Firefox, Safari). A
 * module import that failed ("Failed to fetch dynamically imported module: …") is not among them:
 * online, that is more likely a file missing after a new deploy.
 */
const NO_ANSWER = /^(failed to fetch|networkerror when attempting to fetch resource\.?|load failed)$/i;

/**
 * @example failureKind(new TypeError('Failed to fetch'), true) // 'offline'
 * @example failureKind(new SyntaxError('Unexpected token <'), true) // 'load'
 */
export function failureKind(error: unknown, online: boolean): FailureKind {
	if (!online) return 'offline';
	return error instanceof TypeError && NO_ANSWER.test(error.message) ? 'offline' : 'load';
}
