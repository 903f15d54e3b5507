/**
 * The camera, in CSS: the custom properties that fit the page's view into the frame (view-css.ts,
 * the same as the view's stylesheet sets), and, once the interactive map runs and shows that view
 * (or the visitor has moved it), its camera's, so the static layers and the labels follow it.
 */
import type { Attachment } from 'svelte/attachments';
import type { MapContext } from './map-context';
import { insetProperties, viewProperties } from './view-css';

/** Sets the view's and the camera's custom properties on a `.map-view` element. */
export function viewRoot(map: MapContext): Attachment<HTMLElement> {
	return (element) => {
		const { view, mapState } = map;
		for (const [name, value] of Object.entries({ ...viewProperties(view), ...(view.inset ? insetProperties(view.inset) : {}) }))
			element.style.setProperty(name, value);
		// Once the interactive map shows this page's box (or the visitor has moved it), the labels follow its camera.
		const cameraShowsView = !mapState.fitted || mapState.cameraBox?.every((value, i) => value === view.box[i]);
		if (mapState.camera && mapState.phase === 'interactive' && cameraShowsView) {
			element.style.setProperty('--s', `${mapState.camera.scale}px`);
			element.style.setProperty('--cx', String(mapState.camera.centre[0]));
			element.style.setProperty('--cy', String(mapState.camera.centre[1]));
		} else element.style.removeProperty('--s');
	};
}
